"""The documents a teacher prints: answers kept back, lettered quizzes, a picture-led KS1
sheet, a lesson plan that opens on its overview, letters that look like a school's."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from lessonpack.api import load
from lessonpack.content.brand import Brand, audiences_for_phase
from lessonpack.content.model import Audience
from lessonpack.plan.common import script, strip_codes

WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}wsp"


def _text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


def _lesson(audience: str):
    return next(i.item for i in load(()).items.values() if i.item.audience.value == audience
                and i.item.kind == "lesson")


def test_no_pupil_sheet_carries_an_answer(built_packs: Path) -> None:
    for ks in ("ks1", "ks2", "ks3", "ks4"):
        lesson = _lesson(ks)
        sheet = _text(built_packs / f"live-streaming-{ks}" / f"live-streaming-{ks}-worksheet.docx")
        plan = _text(built_packs / f"live-streaming-{ks}" /
                     f"live-streaming-{ks}-lesson-plan.docx")
        assert "Check your work" not in sheet and "Model answer" not in sheet
        for cycle in lesson.cycles:
            for criterion in cycle.feedback:  # success criteria give the answers away
                assert criterion not in sheet, criterion
                assert criterion in plan, criterion
            for prompt in cycle.task.prompts:
                assert prompt.model_answer not in sheet
        for q in lesson.exit_quiz:
            assert q.explanation not in sheet


def test_quiz_options_are_a_lettered_list_and_the_key_uses_the_letters(built_packs: Path
                                                                      ) -> None:
    pack = built_packs / "live-streaming-ks3"
    doc = Document(str(pack / "live-streaming-ks3-worksheet.docx"))
    options = [p for p in doc.paragraphs if p.style.name == "LP Option"]
    assert options and all(p._p.pPr.numPr is not None for p in options)
    numbering = doc.part.numbering_part.element
    num_id = options[0]._p.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(num_id).abstractNumId.val
    fmt = numbering.xpath(f'w:abstractNum[@w:abstractNumId="{abstract}"]/w:lvl/w:numFmt')
    assert fmt[0].get(qn("w:val")) == "upperLetter"
    # Each question restarts at A: one list instance per question.
    questions = sum(1 for p in doc.paragraphs if p.style.name == "LP Question")
    assert len({p._p.pPr.numPr.numId.val for p in options}) == questions
    lesson = _lesson("ks3")
    plan = _text(pack / "live-streaming-ks3-lesson-plan.docx")
    for q in lesson.exit_quiz:
        _shown, correct = q.arranged
        assert f"{chr(65 + correct)}: {q.correct_text}" in plan


def test_tick_boxes_are_a_real_list(built_packs: Path) -> None:
    doc = Document(str(built_packs / "live-streaming-ks2" /
                       "live-streaming-ks2-lesson-plan.docx"))
    boxes = [p for p in doc.paragraphs if p.style.name == "LP Checkbox"]
    assert boxes and not any(p.text.startswith("\u2610") for p in boxes)
    assert doc.styles["LP Checkbox"].element.pPr.numPr is not None


def test_key_stage_1_sheet_is_drawn_for_children_who_cannot_read(built_packs: Path) -> None:
    path = built_packs / "live-streaming-ks1" / "live-streaming-ks1-worksheet.docx"
    doc = Document(str(path))
    shapes = list(doc.element.body.iter(WPS))
    lesson = _lesson("ks1")
    cards = sum(len(c.task.sort.items) for c in lesson.cycles if c.task.sort)
    assert len(shapes) >= 3 * cards + 1 + 3  # circles, a hand, three faces
    descrs = [d.get("descr") for d in doc.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]
    assert all(descrs) and any("hand" in d for d in descrs)
    fills = {e.get("val") for e in doc.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}srgbClr")}
    assert {"2E9E4F", "F2A900", "D62828"} <= fills  # real green, amber and red
    text = _text(path)
    assert "For the adult:" in text and "Read aloud:" in text
    assert "Exit quiz" not in text  # done aloud with thumbs and fingers


def test_lesson_plan_opens_on_its_overview_and_labels_its_script(built_packs: Path) -> None:
    doc = Document(str(built_packs / "live-streaming-ks2" /
                       "live-streaming-ks2-lesson-plan.docx"))
    paragraphs = doc.paragraphs
    # The overview: everything in the body before "Before you teach", tables included.
    overview = []
    for el in doc.element.body:
        text = "".join(t.text or "" for t in el.iter(qn("w:t")))
        if text == "Before you teach":
            break
        overview.append(text)
    overview = "\n".join(overview)
    for part in ("Outcome:", "Timings", "Resources", "Safeguarding checklist"):
        assert part in overview, part
    labels = {r.text.strip() for p in paragraphs for r in p.runs if r.bold}
    assert any(label.startswith("Task") for label in labels)
    assert any(label.startswith("Watch for") for label in labels)
    codes = re.compile(r"\bS\d{1,3}[a-z]?\b")
    assert not [p.text for p in paragraphs if codes.search(p.text)]


def test_headings_are_built_on_words_own_heading_styles(built_packs: Path) -> None:
    doc = Document(str(built_packs / "live-streaming-ks2" /
                       "live-streaming-ks2-lesson-plan.docx"))
    title = doc.paragraphs[0]
    assert title.style.name == "LP Title" and title.style.base_style.name == "Heading 1"
    for n in (1, 2, 3):
        assert doc.styles[f"LP Heading {n}"].base_style.name == f"Heading {n}"


def test_letter_is_a_school_letter(tmp_path: Path, built_packs: Path) -> None:
    from lessonpack.cli import main

    brand = Path(__file__).parent.parent / "examples/brands/oakfield-primary/brand.yml"
    assert main(["build", "-k", "ks2", "--brand", str(brand), "--out", str(tmp_path), "-q",
                 "-j", "1"]) == 0
    path = tmp_path / "live-streaming-ks2" / "live-streaming-ks2-letter-home.docx"
    doc = Document(str(path))
    text = _text(path)
    for part in ("Oakfield Primary School", "Oak Lane", "01632 960 214", "Date:",
                 "Mrs Priya Shah", "Mr Tom Hughes", "Headteacher", "Reply slip:"):
        assert part in text, part
    assert "[" not in text  # every placeholder filled from the brand
    assert not "".join(p.text for p in doc.sections[0].footer.paragraphs).strip()
    default = _text(built_packs / "live-streaming-ks2" / "live-streaming-ks2-letter-home.docx")
    for placeholder in ("[School name]", "[School address]", "[Phone]", "[Name]",
                        "[name of the Designated Safeguarding Lead]"):
        assert placeholder in default, placeholder


def test_phase_leaves_other_key_stages_out_of_all_only() -> None:
    every = list(Audience)
    keep, out = audiences_for_phase("primary", every)
    assert keep == [Audience.KS1, Audience.KS2, Audience.PARENTS]
    assert out == [Audience.KS3, Audience.KS4]
    assert audiences_for_phase("secondary", every)[1] == [Audience.KS1, Audience.KS2]
    assert audiences_for_phase("all", every) == (every, [])
    assert Brand().phase == "all"


def test_build_all_with_a_primary_brand(tmp_path: Path, capsys) -> None:
    from lessonpack.cli import main

    brand = tmp_path / "brand.yml"
    brand.write_text("org_name: Test Primary\nphase: primary\n")
    assert main(["build", "--all", "--brand", str(brand), "--out", str(tmp_path / "o"),
                 "-j", "1", "-f", "docx"]) == 0
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == [
        "live-streaming-ks1", "live-streaming-ks2", "live-streaming-parents"]
    err = capsys.readouterr().err
    assert err.count("left out") == 1 and "ks3, ks4" in err and "-k ks3" in err
    assert main(["build", "-k", "ks4", "--brand", str(brand), "--out", str(tmp_path / "o"),
                 "-j", "1", "-f", "docx", "-q"]) == 0  # asked for by name: built


def test_source_codes_leave_prose_and_script_labels_are_found() -> None:
    codes = frozenset({"S46", "S48", "S41", "S11"})
    assert strip_codes("privately (PSHE Association, S46, S48).", codes) == \
        "privately (PSHE Association)."
    assert strip_codes("aloud (S46, S48).", codes) == "aloud."
    assert strip_codes("(UKCIS, paraphrased; S41)", codes) == "(UKCIS, paraphrased)"
    assert strip_codes("keep (this, that)", codes) == "keep (this, that)"
    steps = script("Say (3 min): hello.\n\nWatch for: quiet pupils.\n\nA plain sentence.")
    assert [s.label for s in steps] == ["Say (3 min):", "Watch for:", ""]
