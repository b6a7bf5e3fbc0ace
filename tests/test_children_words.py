"""The parents' handout gives the words children learn in the lessons, quoted from the
lessons themselves, for each key stage of the school's phase. The words are content
(``handout.words_at_home`` in parents.yml), read by the planner."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.model import Audience
from lessonpack.content.parents_model import Handout, HomeWords, ParentSession
from lessonpack.plan.parents.children_words import TITLE, TITLE_NAMED, all_through, words_box

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content/live-streaming"


def _flat(text: str) -> str:
    """Whitespace and quote marks as one: YAML folds lines, the handout prints curly quotes."""
    return " ".join(text.replace("\u201c", '"').replace("\u201d", '"').split())


def _session() -> ParentSession:
    session = load().items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    return session


WORDS = _session().handout.words_at_home


def test_the_session_gives_each_key_stages_words_youngest_first() -> None:
    assert [w.stage for w in WORDS] == [Audience.KS1, Audience.KS2, Audience.KS3,
                                        Audience.KS4]


@pytest.mark.parametrize("said", WORDS, ids=[w.stage.value for w in WORDS])
def test_every_sentence_is_the_lessons_own_words(said: HomeWords) -> None:
    """Each sentence of a key stage's words, and of its shorter all-through line, is in its
    lesson as the lesson says it ("No!", "Stop!" and "I'll tell!" each in the saying)."""
    lesson = _flat((CONTENT / f"{said.stage.value}.yml").read_text(encoding="utf-8"))
    for text in (said.words, said.short):
        for sentence in filter(None, re.split(r"(?<=[.!?\"])\s+", _flat(text))):
            assert sentence.rstrip(".") in lesson, \
                f"{sentence!r} is no longer in {said.stage.value}.yml"


def test_the_planner_prints_the_contents_words() -> None:
    """The handout's box is the session's words: a school's own session that words a key
    stage otherwise gets its words, and one that gives none gets no box."""
    own = [w.model_copy(update={"words": "Pause, then ask."}) if w.stage is Audience.KS3
           else w for w in WORDS]
    box = words_box(own, "secondary")
    assert box is not None and box.lines[0] == "Years 7 to 9: Pause, then ask."
    assert words_box([], "primary") is None


def test_two_entries_for_one_key_stage_are_refused() -> None:
    data = _session().handout.model_dump(mode="json")
    first, second, *_ = data["words_at_home"]
    data["words_at_home"] = [first, first]
    with pytest.raises(ValidationError, match="one entry a key stage, youngest first"):
        Handout.model_validate(data)
    data["words_at_home"] = [second, first]
    with pytest.raises(ValidationError, match="one entry a key stage, youngest first"):
        Handout.model_validate(data)


def _box(path: Path) -> str:
    body = Document(str(path)).element.body
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    start = next(i for i, t in enumerate(texts) if t in (TITLE, TITLE_NAMED))
    return " ".join(texts[start:start + 6])


def test_a_primary_schools_handout_has_its_key_stages_words(tmp_path: Path) -> None:
    assert main(["build", "-a", "parents", "--out", str(tmp_path), "-q", "-f", "docx", "-j", "1",
                 "--brand", str(ROOT / "examples/brands/oakfield-primary/brand.yml")]) == 0
    box = _box(next(tmp_path.rglob("*-handout.docx")))
    assert "Red: stop and tell" in box and "I’ll tell!" in box
    assert "Stop, Tell, Save, Report" in box
    assert "Years 7 to 9" not in box and "Don’t pay" not in box  # a primary school's parents
    # Oakfield names the classes taught (Year 2, Miss Cole; Year 4, Mr Okoro; Year 6, Mrs
    # Lin): parents of other years are not told their child learned these words, and Year 6
    # parents are not left out because Year 4 is named first.
    assert box.startswith(TITLE_NAMED)
    assert "Year 2 (Miss Cole): Green: OK." in box
    assert "Year 4 (Mr Okoro) and Year 6 (Mrs Lin): Red flags" in box
    assert "Years 1 and 2" not in box and "Years 3 to 6" not in box
    # Other years' families: not "for the classes above" (read as the older year groups).
    assert "Other year groups are not having these lessons now" in box
    assert "classes above" not in box


def test_a_school_naming_no_class_keeps_the_phase_years(tmp_path: Path) -> None:
    brand = tmp_path / "brand.yml"
    brand.write_text("org_name: Elm Primary School\nphase: primary\n", encoding="utf-8")
    assert main(["build", "-a", "parents", "--out", str(tmp_path / "out"), "-q", "-f", "docx",
                 "-j", "1", "--brand", str(brand)]) == 0
    box = _box(next(tmp_path.rglob("*-handout.docx")))
    assert box.startswith(TITLE) and "Years 1 and 2: Green: OK." in box
    assert "Years 3 to 6: Red flags" in box


def test_an_all_through_handout_gives_each_key_stage_a_line_under_the_title() -> None:
    """The title on a line of its own, then a key stage a line (run on after the title, the
    first line wrapped and left "Red: stop and tell." alone, read as a fifth item)."""
    box = words_box(WORDS, "all-through")
    assert box is not None and box.label == TITLE and box.panel
    first, *lines = box.text.split("\n")
    assert first == "" and lines == all_through(WORDS)
    assert lines[0] == "Years 1 and 2: Green: OK. Amber: stop and ask. Red: stop and tell."


def test_families_of_other_years_hear_who_answers_what() -> None:
    """A year group not taught this time has no lesson to ask its teacher about: the notes
    send families to the class teacher for what that class covers and to the DSL, by name,
    with a worry."""
    from lessonpack.content.brand import Brand
    from lessonpack.plan.parents.children_words import taught_note

    brand = Brand(org_name="Ashgrove Primary School", phase="primary",
                  dsl_name="Mrs Helen Okafor", classes=["Year 2, Mrs Ruth Evans"])
    said = taught_note((Audience.KS1, Audience.KS2), brand)
    assert "Year 2 (Mrs Evans)" in said
    assert "not having them this time" in said and "class teacher" in said
    assert "Mrs Helen Okafor, the school's DSL" in said
    assert "can say what the class has covered" not in said
    unnamed = taught_note((Audience.KS1,), brand.model_copy(update={"dsl_name": ""}))
    assert "the school's Designated Safeguarding Lead" in unnamed


def test_no_service_is_described_by_initials_families_do_not_know() -> None:
    """Take It Down's card said "a free NCMEC tool": the US organisation's initials mean
    nothing to a family in England, so its description says what runs it instead."""
    from lessonpack.api import load

    for helpline in load().facts.helplines:
        assert not re.search(r"\bNCMEC\b", helpline.what_for), helpline.id
