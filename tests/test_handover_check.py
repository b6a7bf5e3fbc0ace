"""The class teacher's handover passes lessonpack's own check in every look that makes one.

A trainer runs ``lessonpack check`` on the pack they built: a handover set under the
documents' floor (11 pt, LPC202) failed it, in files the trainer did not write. The sheet is
12 pt and one page (render/docx_styles.apply_handover_sizes); these tests keep both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import need_libreoffice
from lessonpack.check import Options, check_file
from lessonpack.cli import main
from pagefill import measure

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _errors(files: list[Path]) -> list[str]:
    return [str(f) for path in files for f in check_file(path, Options())
            if f.severity == "error"]


def _handovers(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*-handover.docx"))


def test_the_ashgrove_visit_passes_the_check(brightpath_at_ashgrove: Path) -> None:
    """The Northshire team's visit to Ashgrove (KS1, KS2, parents): the whole folder, its
    two handovers among it, with no error."""
    assert [p.name for p in _handovers(brightpath_at_ashgrove)] == [
        "live-streaming-ks1-handover.docx", "live-streaming-ks2-handover.docx"]
    files = sorted(p for p in brightpath_at_ashgrove.rglob("*")
                   if p.suffix in (".pptx", ".docx"))
    assert _errors(files) == []


@pytest.mark.parametrize("args", [
    # A trainer's own brand and templates, no school: the handover's blanks and "the DSL".
    pytest.param(["-k", "ks2", "--brand", str(EXAMPLES / "brands/brightpath-training/brand.yml"),
                  "--template", str(EXAMPLES / "templates/brightpath-training")],
                 id="brightpath-ks2"),
    # A secondary class's handover at a school (Ashgrove's file, its phase set aside).
    pytest.param(["-k", "ks3", "-k", "ks4", "--school-phase-mismatch-ok",
                  "--brand", str(EXAMPLES / "brands/northshire-online-safety/brand.yml"),
                  "--template", str(EXAMPLES / "templates/brightpath-training"),
                  "--school", str(EXAMPLES / "schools/ashgrove-primary/school.yml")],
                 id="ashgrove-ks3-ks4"),
])
def test_every_handover_passes_the_check(args: list[str], tmp_path: Path) -> None:
    assert main(["build", *args, "-j", "1", "-f", "docx", "-q", "--out", str(tmp_path)]) == 0
    handovers = _handovers(tmp_path)
    assert handovers
    assert _errors(handovers) == []
    # And one page still, as LibreOffice prints it.
    printed = measure(handovers, need_libreoffice())
    over = {n: lay.pages for n, lay in printed.items() if lay.pages != 1}
    assert not over, over
