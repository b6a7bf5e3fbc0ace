"""An example brand or school file (``example: true``) prints its made-up people and contacts
as fill-ins, highlighted yellow like "[DSL's name]", in every document and on the slides, so no
school can print them as if they were real, checked contacts. A real school's file (no
``example``) prints its contacts plain. Built for real and read back from the files."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pptx import Presentation

from lessonpack.cli import main
from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import HEAD_FIELD, example_values, fill_in_pattern
from lessonpack.content.school import School, apply_school
from lessonpack.render.fill_in_marks import TINT

ROOT = Path(__file__).resolve().parent.parent
OAKFIELD = ROOT / "examples/brands/oakfield-primary/brand.yml"
A_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _marked_docx(path: Path, needle: str) -> tuple[int, int]:
    """(highlighted, plain) counts of the w:t texts holding ``needle``, headers included."""
    doc = Document(str(path))
    stories = [doc.element.body] + [
        part._element for s in doc.sections for part in (s.header, s.footer)
        if not part.is_linked_to_previous]
    marked = plain = 0
    for story in stories:
        for t in story.iter(qn("w:t")):
            if needle not in (t.text or "").replace("\u00a0", " "):
                continue
            rpr = t.getparent().find(qn("w:rPr"))
            if rpr is not None and rpr.find(f"{qn('w:shd')}[@{qn('w:fill')}='{TINT}']") is not None:
                marked += 1
            else:
                plain += 1
    return marked, plain


def test_only_an_example_file_has_values_to_mark() -> None:
    real = Brand(org_name="Real School", dsl_name="Mrs Jo Real", phone="0113 222 4000")
    assert example_values(real) == ()
    # Without brackets (staff papers), only the planners' own fields: the head and phone
    # a parents' session routes to, the council's line. Nothing of a real school's file.
    staff = fill_in_pattern(real, brackets=False)
    assert staff is not None and staff.fullmatch(HEAD_FIELD)
    assert not staff.search("Mrs Jo Real, 0113 222 4000 [School name]")
    example = real.model_copy(update={
        "example": True, "safeguarding_contact": "Mrs Real's office; 0113 222 4001"})
    values = example_values(example)
    assert {"Mrs Jo Real", "Mrs Real", "0113 222 4000", "0113 222 4001"} <= set(values)
    # A part of a contact that names a place is marked where a plan prints it alone; so is
    # where the lead is found, however plainly put, as a help slide prints it under the
    # marked name ("School office"): a school adapting the example by hand kept the room.
    assert "Mrs Real's office" in values
    both = example.model_copy(update={"safeguarding_contact": "school office, room G14"})
    assert {"room G14", "school office", "School office"} <= set(example_values(both))
    # A way to reach them from elsewhere ends the place: nothing after it is a room.
    away = example.model_copy(update={"safeguarding_contact": "by the hall; 0113 222 4002, "
                                                              "staff room"})
    assert "By the hall" in example_values(away)
    assert "staff room" not in example_values(away)
    # The whole contact first, so a number inside it is not marked on its own.
    assert values.index("Mrs Real's office; 0113 222 4001") < values.index("0113 222 4001")
    pattern = fill_in_pattern(example, brackets=False)
    assert pattern is not None
    # As printed: curled apostrophe, phone groups held together by no-break spaces.
    assert pattern.fullmatch("Mrs Real\u2019s office; 0113\u00a0222\u00a04001")
    # A letter's bracket is no staff paper's field; the plan's line of who to reach is.
    assert not pattern.search("[School name]")
    assert pattern.fullmatch("[DSL's name]") and pattern.fullmatch("[where to find them]")


def test_a_real_school_on_an_example_trainer_still_marks_the_trainer_contacts() -> None:
    trainer = Brand(org_name="Example Team", example=True, website="www.team.example.org")
    school = School(name="Real Primary", dsl_name="Mrs Jo Real")
    applied = apply_school(trainer, school)
    assert applied.example
    assert "Mrs Jo Real" in example_values(applied)


@pytest.fixture(scope="module")
def oakfield_ks1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("oakfield")
    assert main(["build", "-k", "ks1", "--brand", str(OAKFIELD), "--out", str(out),
                 "--quiet", "-j", "1"]) == 0
    return out / "live-streaming-ks1"


@pytest.mark.parametrize(("document", "needle"), [
    ("live-streaming-ks1-letter-home.docx", "01632 960 214"),
    ("live-streaming-ks1-letter-home.docx", "Mrs Priya Shah"),
    ("live-streaming-ks1-letter-home.docx", "oakfield-primary.example.sch.uk"),
    ("live-streaming-ks1-letter-home.docx", "0306 999 0123"),
    ("live-streaming-ks1-lesson-plan.docx", "Mr Ben Adeyemi"),
    ("live-streaming-ks1-lesson-plan.docx", "01632 960 216"),
])
def test_example_contacts_print_highlighted_in_every_document(
        oakfield_ks1: Path, document: str, needle: str) -> None:
    marked, plain = _marked_docx(oakfield_ks1 / document, needle)
    assert marked and not plain, (document, needle, marked, plain)


def test_example_dsl_is_highlighted_on_the_help_slide(oakfield_ks1: Path) -> None:
    deck = Presentation(str(oakfield_ks1 / "live-streaming-ks1-slides.pptx"))
    runs = [r for slide in deck.slides for r in slide.shapes._spTree.iter(f"{A_NS}r")
            if "Mrs Shah" in r.findtext(f"{A_NS}t", "").replace("\u00a0", " ")]
    assert runs
    assert all(r.find(f"{A_NS}rPr/{A_NS}highlight") is not None for r in runs)


def test_a_real_file_prints_its_contacts_plain(tmp_path: Path) -> None:
    text = OAKFIELD.read_text(encoding="utf-8").replace("example: true\n", "")
    brand = tmp_path / "brand.yml"
    brand.write_text(text.replace("logo: logo.png", f"logo: {OAKFIELD.parent}/logo.png"),
                     encoding="utf-8")
    assert main(["build", "-k", "ks1", "-f", "docx", "--brand", str(brand), "--out",
                 str(tmp_path / "out"), "--quiet", "-j", "1"]) == 0
    letter = tmp_path / "out/live-streaming-ks1/live-streaming-ks1-letter-home.docx"
    marked, plain = _marked_docx(letter, "Mrs Priya Shah")
    assert plain and not marked


def test_new_school_and_brand_files_are_not_examples(tmp_path: Path) -> None:
    for kind in ("school", "brand"):
        assert main(["new", kind, str(tmp_path / kind)]) == 0
        written = next((tmp_path / kind).glob("*.yml")).read_text(encoding="utf-8")
        assert "\nexample:" not in written, kind


def test_a_long_choice_is_one_field_and_a_long_aside_is_none() -> None:
    """A choice the teacher strikes through (the secondary letters' part of RSHE) is marked
    whole; a bracketed aside longer than any field is left as the writer's words."""
    from lessonpack.content.fill_ins import FIELD, FIELD_MAX
    from lessonpack.plan.rse_sentence import CHOICE

    choice = CHOICE
    assert FIELD.findall(f"Lessons in {choice} begin") == [choice]
    aside = f"[{'an aside that runs on ' * (FIELD_MAX // 20)}]"
    assert len(aside) > FIELD_MAX + 2 and FIELD.findall(f"Text {aside} and [School name]") \
        == ["[School name]"]
    pattern = fill_in_pattern(None)
    assert pattern is not None and pattern.findall(choice) == [choice]


def test_every_fill_in_is_one_pattern_with_or_without_example_values() -> None:
    """``fill_ins`` is the pattern with the brackets always in it: a real brand's is the
    bracketed field alone, an example brand's adds its contacts."""
    from lessonpack.content.fill_ins import FIELD, fill_ins

    real = Brand(org_name="Real School", dsl_name="Mrs Jo Real")
    assert fill_ins(None) is FIELD and fill_ins(real) is FIELD
    example = fill_ins(real.model_copy(update={"example": True}))
    assert example.findall("Ask Mrs Jo Real or [DSL's name]") == ["Mrs Jo Real", "[DSL's name]"]
