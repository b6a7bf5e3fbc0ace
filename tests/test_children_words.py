"""The parents' handout gives the words children learn in the lessons, quoted from the
lessons themselves, for each key stage of the school's phase."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from lessonpack.cli import main
from lessonpack.content.model import Audience
from lessonpack.plan.children_words import ALL_THROUGH, QUOTED, TITLE, TITLE_NAMED, WORDS

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content/live-streaming"


def _flat(text: str) -> str:
    """Whitespace and quote marks as one: YAML folds lines, the handout prints curly quotes."""
    return " ".join(text.replace("\u201c", '"').replace("\u201d", '"').split())


@pytest.mark.parametrize("stage", list(QUOTED))
def test_every_quote_is_the_lessons_own_words(stage: Audience) -> None:
    lesson = _flat((CONTENT / f"{stage.value}.yml").read_text(encoding="utf-8"))
    lines = [_flat(line) for s, line in WORDS if s is stage]
    for quote in QUOTED[stage]:
        assert _flat(quote) in lesson, f"{quote!r} is no longer in {stage.value}.yml"
        assert any(_flat(quote) in line for line in lines), f"{quote!r} not on the handout"


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


def test_an_all_through_schools_line_quotes_the_lessons_too() -> None:
    quotes = [_flat(q) for stage in QUOTED.values() for q in stage]
    for line in ALL_THROUGH:
        # Each key stage's words under its own years ("Years 3 to 6: Stop, …").
        said = _flat(re.sub(r"Years? [0-9][^:]*: ", "", line))
        # Each sentence ("Green: OK.", "Stop, Tell, Save, Report.") is a quote's, or in one.
        for sentence in filter(None, (s.strip() for s in said.split("."))):
            assert any(sentence in q for q in quotes), sentence


def test_an_all_through_handout_gives_each_key_stage_a_line_under_the_title() -> None:
    """The title on a line of its own, then a key stage a line (run on after the title, the
    first line wrapped and left "Red: stop and tell." alone, read as a fifth item)."""
    from lessonpack.plan.children_words import ALL_THROUGH, TITLE, words_box

    box = words_box("all-through")
    assert box.label == TITLE and box.panel
    first, *lines = box.text.split("\n")
    assert first == "" and lines == list(ALL_THROUGH)


def test_families_of_other_years_hear_who_answers_what() -> None:
    """A year group not taught this time has no lesson to ask its teacher about: the notes
    send families to the class teacher for what that class covers and to the DSL, by name,
    with a worry."""
    from lessonpack.content.brand import Brand
    from lessonpack.plan.children_words import taught_note

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
