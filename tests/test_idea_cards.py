"""The big ideas as picture cards (kinds/idea_cards): every readers' learning cycle whose
content writes its ideas with their cards (``big_ideas``) shows them so in the built deck,
each card its picture (with alt text), its bold lead and its line, laid out inside the slide,
in our template and in trainers' templates of other shapes; a cycle whose ideas are lines
keeps the numbered rows. The kind
is planned by claiming the big ideas (tests/test_offered_parts.py), never by a planner line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.slide import Slide
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.check.measure import LINE, count_lines
from lessonpack.cli import main
from lessonpack.content.model import LearningCycle, Lesson
from lessonpack.geometry import EMU_PT
from lessonpack.kinds import registry
from lessonpack.kinds.idea_cards import IdeaCardsSlide, line_after_lead
from lessonpack.plan import year_words

ROOT = Path(__file__).resolve().parents[1]
KEY_STAGES = ("ks2", "ks3", "ks4")


def _cycles(key_stage: str) -> list[LearningCycle]:
    lesson = load().items[f"live-streaming-{key_stage}"].item
    assert isinstance(lesson, Lesson)
    return list(lesson.cycles)


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("idea-cards")
    assert main(["build", *[a for k in KEY_STAGES for a in ("-k", k)], "-f", "pptx",
                 "--out", str(out), "--quiet"]) == 0
    return out


def _deck(out: Path, key_stage: str) -> list[Slide]:
    path = out / f"live-streaming-{key_stage}" / f"live-streaming-{key_stage}-slides.pptx"
    return list(Presentation(str(path)).slides)


def _big_ideas(slides: list[Slide]) -> list[Slide]:
    return [s for s in slides if s.shapes.title is not None
            and s.shapes.title.text_frame.text.startswith("Big ideas")]


def _plain(text: str) -> str:
    """Text as content writes it: the deck sets typographic quotes."""
    return text.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))


def _shape(slide: Slide, name: str) -> Any:  # a python-pptx shape
    (found,) = [sh for sh in slide.shapes if sh.name == name]
    return found


def test_the_content_gives_every_older_cycle_its_cards() -> None:
    for key_stage in KEY_STAGES:
        for cycle in _cycles(key_stage):
            assert cycle.big_ideas and not cycle.explain, (key_stage, cycle.title)
            assert cycle.lines == [idea.line for idea in cycle.big_ideas]


@pytest.mark.parametrize("key_stage", KEY_STAGES)
def test_each_big_idea_is_a_card_with_its_picture_lead_and_line(decks: Path,
                                                                key_stage: str) -> None:
    slides = _big_ideas(_deck(decks, key_stage))
    # A pack for no one class says its key stage's first year's words (plan/year_words.py:
    # KS3's "Threat to share a private picture" for Year 7): the cards are the lesson so said.
    index = load()
    lesson = index.items[f"live-streaming-{key_stage}"].item
    assert isinstance(lesson, Lesson)
    cycles = list(year_words.for_year(lesson, index.facts, None)[0].cycles)
    assert len(slides) == len(cycles)
    for slide, cycle in zip(slides, cycles, strict=True):
        assert not [sh for sh in slide.shapes if sh.name.startswith("Check")]  # no rows
        for n, card in enumerate(cycle.big_ideas, 1):
            line = card.line
            lead = _shape(slide, f"Idea {n} lead")
            assert _plain(lead.text_frame.text) == card.lead
            assert all(r.font.bold for p in lead.text_frame.paragraphs for r in p.runs)
            text = _plain(_shape(slide, f"Idea {n} text").text_frame.text)
            assert text == line_after_lead(card.lead, line)
            assert card.lead.casefold() not in text.casefold()[:len(card.lead) + 1]
            picture = _shape(slide, f"Idea {n} picture")
            assert picture.shape_type == 13  # a picture, not a placeholder
            assert picture._element.nvPicPr.cNvPr.get("descr")  # alt text, read aloud
            # Picture and words inside their card.
            panel = _shape(slide, f"Idea {n}")
            for inner in (picture, lead):
                assert panel.left <= inner.left and inner.left + inner.width <= (
                    panel.left + panel.width), (key_stage, n, inner.name)
        assert not [sh for sh in slide.shapes if sh.name == f"Idea {len(cycle.lines) + 1}"]


def test_older_classes_see_line_icons(decks: Path) -> None:
    """11-16s' cards carry the grown-up line icons (the look's plain_icons), KS2's the
    colour ones the content names."""
    def pictures(key_stage: str) -> set[str]:
        return {_shape(s, f"Idea {n} picture")._element.nvPicPr.cNvPr.get("descr")
                for s in _big_ideas(_deck(decks, key_stage)) for n in (1, 2)}

    ks2, ks4 = pictures("ks2"), pictures("ks4")
    assert ks2 and ks4 and not ks2 & ks4


def test_a_lead_the_line_repeats_is_said_once() -> None:
    assert line_after_lead("Red flag", "Red flag: asks for private things.") == (
        "Asks for private things.")
    assert line_after_lead("Tell first", "Tell an adult you trust tonight: a parent.") == (
        "Tell an adult you trust tonight: a parent.")


def test_the_big_ideas_are_written_once() -> None:
    """Lines and cards are never two lists paired by place: a cycle gives its ideas as lines
    or as records (each line with its card), not both and not neither."""
    data = _cycles("ks3")[0].model_dump(exclude_defaults=True)
    lines = [idea["line"] for idea in data["big_ideas"]]
    for bad in ({**data, "explain": lines}, {k: v for k, v in data.items() if k != "big_ideas"}):
        with pytest.raises(ValidationError, match="give the big ideas once"):
            LearningCycle.model_validate(bad)
    as_lines = {k: v for k, v in data.items() if k != "big_ideas"}
    assert LearningCycle.model_validate({**as_lines, "explain": lines}).lines == lines


def test_reordered_ideas_keep_their_cards(decks: Path, tmp_path: Path) -> None:
    """An author who reorders the big ideas moves each card with its line: the deck's
    cards follow the new order, every lead still over its own line."""
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.plan.lesson_deck import plan_lesson_deck

    lesson = load().items["live-streaming-ks3"].item
    assert isinstance(lesson, Lesson)
    first = lesson.cycles[0]
    turned = first.model_copy(update={"big_ideas": first.big_ideas[::-1]})
    plan = plan_lesson_deck(lesson.model_copy(update={"cycles": [turned, *lesson.cycles[1:]]}),
                            load().facts, DEFAULT_BRAND)
    slide = next(s for s in plan.slides if s.title.startswith("Big ideas"))
    assert isinstance(slide.payload, IdeaCardsSlide)
    assert [(i.lead, i.line) for i in slide.payload.ideas] == [
        (b.lead, line_after_lead(b.lead, b.line)) for b in first.big_ideas[::-1]]


def test_a_cycle_without_cards_keeps_its_rows() -> None:
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.kinds.checklist import ChecklistSlide
    from lessonpack.plan.lesson_deck import plan_lesson_deck

    lesson = load().items["live-streaming-ks3"].item
    assert isinstance(lesson, Lesson)
    bare = lesson.model_copy(update={"cycles": [
        c.model_copy(update={"explain": c.lines, "big_ideas": []}) for c in lesson.cycles]})
    for plan, kind in ((lesson, IdeaCardsSlide), (bare, ChecklistSlide)):
        slides = [s for s in plan_lesson_deck(plan, load().facts, DEFAULT_BRAND).slides
                  if s.title.startswith("Big ideas")]
        assert slides and all(type(s.payload) is kind for s in slides)
    assert registry.by_name("idea_cards").claims is not None


@pytest.mark.parametrize("template", ["klee2-libreoffice", "google-slides-export",
                                      "pptx-blueprint-german"])
def test_the_cards_fit_trainers_templates_of_other_shapes(
        tmp_path: Path, template: str) -> None:
    """4:3, Google's 10 x 5.625 in and a German template: every card inside the slide,
    its words at 18 pt or more."""
    assert main(["build", "-k", "ks2", "-f", "pptx", "--template",
                 str(ROOT / "tests/fixtures/wild" / f"{template}.pptx"),
                 "--out", str(tmp_path), "--quiet"]) == 0
    deck = Presentation(str(tmp_path / "live-streaming-ks2/live-streaming-ks2-slides.pptx"))
    slides = _big_ideas(list(deck.slides))
    assert len(slides) == 3
    for slide in slides:
        for n in range(1, 5):
            panel = _shape(slide, f"Idea {n}")
            assert panel.left >= 0 and panel.left + panel.width <= deck.slide_width
            assert panel.top >= 0 and panel.top + panel.height <= deck.slide_height
            sizes = [r.font.size.pt for r in _shape(slide, f"Idea {n} text")
                     .text_frame.paragraphs[0].runs]
            assert sizes and min(sizes) >= 18


def test_an_arrangement_that_fits_beats_one_that_overruns(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """Two by two overruns and a row fits, both at the least size: the row is drawn and no
    misfit is said (the size alone once picked the first arrangement, overrunning)."""
    from lessonpack.kinds.idea_cards import drawing

    drawn: list[object] = []
    monkeypatch.setattr(drawing, "_columns", lambda count: (2, 4))
    monkeypatch.setattr(drawing, "_card", lambda slide, card, idea, chosen, *rest:
                        drawn.append(chosen))
    ideas = [object()] * 4
    monkeypatch.setattr(drawing, "_plan", lambda *a: drawing._Plan(
        [(0, 0, 1, 1)] * 4, False, 0, drawing.MIN_PT, (0, 0), a[2] == 4))
    said = drawing._draw(None, (0, 0, 1, 1), ideas, "Arial", None)  # type: ignore[arg-type]
    assert said == [] and len(drawn) == 4
    assert all(chosen.fits for chosen in drawn)  # type: ignore[attr-defined]


def test_a_lead_and_its_line_are_one_paragraph_to_the_evidence_rule() -> None:
    """LP179 reads a card's lead with its line, as a reader does: the lead may give the
    advice and its line the safeguard; advice with no safeguard on the card is flagged."""
    from dataclasses import replace

    from lessonpack.content.lint import evidence
    from lessonpack.content.loader import load_content

    ks4 = load_content([]).items["live-streaming-ks4"]
    lesson = ks4.item
    assert isinstance(lesson, Lesson)

    def said(lead: str, line: str) -> list[tuple[str, str]]:
        cycle = lesson.cycles[0]
        ideas = [cycle.big_ideas[0].model_copy(update={"lead": lead, "line": line}),
                 *cycle.big_ideas[1:]]
        cycles = [cycle.model_copy(update={"big_ideas": ideas}), *lesson.cycles[1:]]
        item = replace(ks4, item=lesson.model_copy(update={"cycles": cycles}))
        return [(p.code, p.field) for p in evidence._check(item)]

    assert said("Save the messages", "Never the image; report, then block.") == []
    ((code, field),) = said("Save the messages", "Report, then block.")
    assert code == "LP179" and "big_ideas" in field and field.endswith("line"), field


def test_no_card_heads_another_cards_line() -> None:
    """A big idea written "Red flag: …" is never under a card whose lead is another line's
    label: Year 6's first cycle once put "Red flag" over the unkind-comments line and "A
    grown-up helps" over the red-flag line, so the slide taught the opposite of the sort
    that follows it. (A lead may differ from its line's label: "Help others" heads
    "Watching: …".)"""
    for key_stage in KEY_STAGES:
        lesson = load().items[f"live-streaming-{key_stage}"].item
        assert isinstance(lesson, Lesson)
        for cycle in [*lesson.cycles, *lesson.route_cycles]:
            leads = {idea.lead: idea for idea in cycle.big_ideas}
            for idea in cycle.big_ideas:
                label = idea.line.partition(":")[0]
                owner = leads.get(label)
                assert owner is None or owner is idea, (key_stage, cycle.title, label)


def test_words_beside_a_picture_stay_clear_of_a_short_card_s_foot(tmp_path: Path) -> None:
    """smooth-black's 4:3 page, a third of it the title's glossy band: the big ideas' four
    lines at 18 pt ended on the cards' foot ("Childline, 0800 1111." 4 pt below it). With
    less room above and below the words they end inside the card, clear of its edge."""
    assert main(["build", "-a", "ks2", "-a", "ks4", "-f", "pptx", "--template",
                 str(ROOT / "tests/fixtures/wild/lo-cft-smooth-black.pptx"),
                 "--out", str(tmp_path), "--quiet"]) == 0
    checked = 0
    for deck_file in sorted(tmp_path.glob("*/*-slides.pptx")):
        for slide in _big_ideas(list(Presentation(str(deck_file)).slides)):
            for n in range(1, 5):
                panel, words = _shape(slide, f"Idea {n}"), _shape(slide, f"Idea {n} text")
                runs = words.text_frame.paragraphs[0].runs
                pt = runs[0].font.size.pt
                lines = count_lines(words.text_frame.text, "Arial", pt,
                                    words.width / EMU_PT - 7.2)
                foot = words.top + int(lines * pt * LINE * EMU_PT)
                assert foot <= panel.top + panel.height - int(0.07 * 914400), (deck_file, n)
                checked += 1
    assert checked >= 24  # KS2's and KS4's three slides of four cards
