"""tools/dump_output.py and tools/sample_hashes.py's comparison: a changed deck or document
shows as the lines of text that changed and the zip members that did, so a reviewer sees what
changed, not only that a hash did."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from docx import Document
from pptx import Presentation

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_deck_dump_lists_each_slide_its_layout_shapes_and_notes(ks2_pack: Path) -> None:
    deck_file = next(ks2_pack.glob("*.pptx"))
    lines = _tool("dump_output").dump(deck_file)
    deck = Presentation(str(deck_file))
    assert lines[0].endswith(f"{len(deck.slides)} slides")
    slides = [line for line in lines if line.startswith("slide ")]
    assert len(slides) == len(deck.slides)
    first = deck.slides[0]
    assert slides[0] == f"slide 1: layout {first.slide_layout.name!r}"
    title = first.shapes.title
    assert title is not None and f"    | {title.text_frame.paragraphs[0].text}" in lines
    notes = first.notes_slide.notes_text_frame
    assert notes is not None and f"  notes: {notes.paragraphs[0].text}" in lines


def test_a_changed_document_shows_its_changed_line_and_member(ks2_pack: Path,
                                                              tmp_path: Path) -> None:
    plan = next(ks2_pack.glob("*lesson-plan.docx"))
    old, new = tmp_path / "old" / "a.docx", tmp_path / "new" / "a.docx"
    old.parent.mkdir()
    new.parent.mkdir()
    shutil.copy(plan, old)
    doc = Document(str(plan))
    first = next(p for p in doc.paragraphs if p.text.strip())
    was = first.text
    first.runs[0].text = "A changed title"
    for run in first.runs[1:]:
        run.text = ""
    doc.save(str(new))
    tool = _tool("sample_hashes")
    report = tool.compare({"a.docx": old}, {"a.docx": new}, "base", 0)
    assert report[0] == "~ a.docx"
    assert "    ~ word/document.xml" in report
    style = first.style.name if first.style is not None else "-"
    assert f"    -{style}: {was}" in report
    assert f"    +{style}: A changed title" in report
    assert tool.compare({"a.docx": old}, {"a.docx": old}, "base", 0) == []


def test_the_dump_runs_from_the_command_line(ks2_pack: Path) -> None:
    plan = next(ks2_pack.glob("*lesson-plan.docx"))
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "dump_output.py"), str(plan)],
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith("section 1: page 210.0x297.0")


def test_check_names_files_whose_bytes_are_not_the_baselines(ks2_pack: Path,
                                                             tmp_path: Path) -> None:
    tool = _tool("sample_hashes")
    out = tmp_path / "out" / "pack"
    out.mkdir(parents=True)
    plan = next(ks2_pack.glob("*lesson-plan.docx"))
    shutil.copy(plan, out / "a.docx")
    shutil.copy(plan, out / "b.docx")
    baseline = tmp_path / "hashes.txt"
    baseline.write_text("\n".join([tool.fonts_line(), f"{tool._sha(plan)}  pack/a.docx",
                                   f"{'0' * 64}  pack/b.docx"]) + "\n", encoding="utf-8")
    assert tool.check(tmp_path / "out", baseline) == ["differs from the baseline: pack/b.docx"]
    # A baseline file gone from a pack folder the check was given is named too.
    (out / "b.docx").unlink()
    assert tool.check(tmp_path / "out", baseline) == [
        f"missing from {tmp_path / 'out'}: pack/b.docx"]
    shutil.copy(plan, out / "c.docx")
    assert tool.check(tmp_path / "out", baseline) == [
        "not in the baseline: pack/c.docx", f"missing from {tmp_path / 'out'}: pack/b.docx"]
