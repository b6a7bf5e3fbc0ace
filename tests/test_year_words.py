"""A Year 7 class reads its own Report Remove words in every place pupils see them (slides,
sheet's help box, take-away cards), and so does a pack made for no one class (it may reach
Year 7); a Year 8 or 9 class keeps "nude"."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Audience
from lessonpack.plan.pack import plan_pack
from lessons import content_index, lesson_for, plan_strings

NOTES = frozenset({"notes"})  # pupils never see the teacher's notes
YEAR_7 = "a private picture of you"





def _pupil_texts(class_name: str) -> dict[str, str]:
    """The pack's pupils' files (deck, worksheet, cards) by name, as one text each."""
    brand = DEFAULT_BRAND.model_copy(update={"class_name": class_name})
    pack = plan_pack(lesson_for(Audience.KS3), content_index().facts, brand)
    files = [*pack.decks, *pack.documents]
    return {f.filename: " ".join(plan_strings(f, NOTES)).lower() for f in files
            if any(k in f.filename for k in ("slides", "worksheet", "cards"))}


def test_the_lesson_lists_year_7_words() -> None:
    assert any(w.years == "7" and w.words == "a nude of you"
               for w in lesson_for(Audience.KS3).year_words)


@pytest.mark.parametrize("class_name", ["Year 7 Ash", ""])
def test_year_7_words_in_every_pupils_file(class_name: str) -> None:
    texts = _pupil_texts(class_name)
    assert len(texts) == 3, sorted(texts)
    # Every file that says the lesson's words to Year 8 says Year 7's to Year 7 (the
    # worksheet's short help box names no image at all).
    older = _pupil_texts("Year 8 Elm")
    saying = [name for name, text in older.items() if "a nude of you" in text]
    assert len(saying) >= 2, sorted(older)
    for name, text in texts.items():
        assert (YEAR_7 in text) == (name in saying), name
        assert "a nude of you" not in text and "a nude image of you" not in text, name


@pytest.mark.parametrize("class_name", ["Year 8 Elm", "Year 9 Oak"])
def test_years_8_and_9_keep_the_lessons_words(class_name: str) -> None:
    for name, text in _pupil_texts(class_name).items():
        assert YEAR_7 not in text, name
    assert any("a nude of you" in t for t in _pupil_texts(class_name).values())


def test_only_text_pupils_read_is_rewritten() -> None:
    """Ids, picture names, the teacher's notes and the entries themselves keep their words:
    a lesson whose id or picture held the words would otherwise name a file that is not
    there."""
    from lessonpack.content.routes import YearWords
    from lessonpack.plan.year_words import for_year

    lesson = lesson_for(Audience.KS3)
    entry = YearWords(years="7", words="kai", say="a private picture of you")
    lesson = lesson.model_copy(update={"year_words": [entry]})
    said, _ = for_year(lesson, content_index().facts, 7)
    assert said.id == lesson.id and said.year_words == [entry]
    assert said.cycles[0].picture == lesson.cycles[0].picture
    assert said.cycles[0].notes == lesson.cycles[0].notes and "Kai" in said.cycles[0].notes
    stories = [c.scenario.story for c in said.cycles if c.scenario is not None]
    assert stories and all("Kai" not in s for s in stories)


def test_each_entry_is_said_once_never_rewritten_by_another() -> None:
    """Two entries where one's ``say`` holds the other's ``words``: the text is matched once,
    so the first replacement is not replaced again."""
    from lessonpack.content.routes import YearWords
    from lessonpack.plan.year_words import for_year

    lesson = lesson_for(Audience.KS3).model_copy(update={"year_words": [
        YearWords(years="7", words="a nude of you", say="a private picture of you"),
        YearWords(years="7", words="picture", say="photo")]})
    said, facts = for_year(lesson, content_index().facts, 7)
    lines = " ".join(line.text for line in said.take_away.lines) if said.take_away else ""
    assert "a private picture of you online" in lines and "private photo" not in lines
    young = " ".join(h.young_people for h in facts.helplines)
    assert "A private picture of you online" in young and "private photo" not in young


def test_the_threat_on_get_help_is_said_in_year_7_words(built_packs: Path) -> None:
    """Slide "Big ideas: Get help, help others" names the threat to share an image: in the
    pack for no one class (it may reach Year 7) it says "a private picture", as its help
    slide and cards do, and no slide a pupil sees says "nude"; Year 8 keeps "nudes"."""
    from built_decks import built_deck

    deck = built_deck(built_packs, "ks3")
    texts = [" ".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
             for slide in deck.slides]
    (get_help,) = [t for t in texts if "Big ideas: Get help, help others" in t]
    assert "Threat to share a private picture" in get_help, get_help
    assert not [t for t in texts if "nude" in t.lower()]
    assert "threat to share nudes" in _pupil_texts("Year 8 Elm")["live-streaming-ks3-slides.pptx"]
