"""A school's parents' pack without a headteacher to phone is said before it is printed.

Riverside's example file named no head, so its 6pm session's route ("neither safeguarding
lead free: phone …") printed a bare field in the notes, and the build said nothing. The
build now warns (LP148), naming the file and the field to add; the pack's field stays, in
yellow, in the notes and the slide's notes alike."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pptx import Presentation

from lessonpack.build.look import prepare_look
from lessonpack.build.report import Report
from lessonpack.cli import main
from lessonpack.content.fill_ins import HEAD_FIELD, HEAD_PHONE_FIELD

ROOT = Path(__file__).resolve().parents[1]
RIVERSIDE = ROOT / "examples" / "brands" / "riverside-academy"


def _riverside(tmp_path: Path, *drop: str) -> Path:
    """A copy of the Riverside example brand without the lines naming ``drop``."""
    folder = tmp_path / "brand"
    folder.mkdir(parents=True)
    (folder / "logo.png").write_bytes((RIVERSIDE / "logo.png").read_bytes())
    lines = (RIVERSIDE / "brand.yml").read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not any(line.startswith(f"{d}:") for d in drop)]
    assert len(kept) == len(lines) - len(drop)
    (folder / "brand.yml").write_text("\n".join(kept) + "\n", encoding="utf-8")
    return folder / "brand.yml"


def _warnings(brand: Path, *, workshop: bool = True) -> list[str]:
    report = Report()
    prepare_look(brand_file=brand, parents_workshop=workshop, kinds=(), report=report)
    return [str(w) for w in report.warnings if w.code == "LP148"]


def test_a_parents_pack_without_the_head_s_phone_warns(tmp_path: Path) -> None:
    brand = _riverside(tmp_path, "headteacher", "headteacher_phone")
    said = _warnings(brand)
    assert len(said) == 1, said
    line = said[0]
    # One line: the file, the code as a warning, the field, and what to add.
    assert "\n" not in line
    assert re.search(r"brand\.yml.*warning\[LP148\] headteacher: ", line), line
    assert "add headteacher and headteacher_phone" in line
    assert "out of school hours" in line
    # Only for a build that makes the parents' pack: a lesson's own papers never phone the
    # head at 6pm.
    assert _warnings(brand, workshop=False) == []


def test_a_named_head_without_a_phone_warns_for_the_phone(tmp_path: Path) -> None:
    said = _warnings(_riverside(tmp_path / "a", "headteacher_phone"))
    assert len(said) == 1 and "warning[LP148] headteacher_phone: " in said[0], said
    assert "no phone for Mrs Angela Brooks (Headteacher)" in said[0]
    # The example as it is gives both: nothing to say.
    assert _warnings(RIVERSIDE / "brand.yml") == []


def _highlighted(runs: list[tuple[str, bool]], field: str) -> bool:
    # A field on a slide or in its notes is held whole by no-break spaces.
    return any(text.replace("\u00a0", " ") == field and marked for text, marked in runs)


@pytest.mark.integration
def test_the_head_field_is_yellow_in_the_notes_and_on_the_slide_notes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The built-in look's parents' pack: the field in the facilitator notes' disclosure box
    shaded as a letter's fields are, and in the title slide's speaker notes highlighted as the
    slides' fields are; a straight apostrophe, as every field prints (test_field_apostrophes)."""
    assert "'" in HEAD_FIELD and "'" in HEAD_PHONE_FIELD
    assert main(["build", "-a", "parents", "-f", "docx", "-f", "pptx", "-q", "-j", "1",
                 "--out", str(tmp_path)]) == 0
    notes = Document(str(next(tmp_path.rglob("*-facilitator-notes.docx"))))
    runs = [("".join(t.text or "" for t in r.iter(qn("w:t"))),
             bool(r.xpath("./w:rPr/w:shd"))) for r in notes.element.body.iter(qn("w:r"))]
    assert _highlighted(runs, HEAD_FIELD), [t for t, _ in runs if "headteacher" in t]
    deck = Presentation(str(next(tmp_path.rglob("*-slides.pptx"))))
    body = deck.slides[0].notes_slide.notes_text_frame._txBody
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    slide_runs = [(r.findtext(f"{a}t") or "", r.find(f"{a}rPr/{a}highlight") is not None)
                  for r in body.iter(f"{a}r")]
    assert _highlighted(slide_runs, HEAD_FIELD), slide_runs
    # The built-in look names no school file: the notes' "Fill in first" box asks for the
    # field, and the build has no file to point at.
    assert "LP148" not in capsys.readouterr().err
