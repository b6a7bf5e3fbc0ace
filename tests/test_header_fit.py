"""A document's header is one line: logo, the organisation's name and the document's label.
Northshire's long name ("Northshire Online Safety Team") beside its logo pushed the
KS2 worksheet's label ("Live streaming · Pupil worksheet") onto a second line; the line's type
is made smaller to fit (never clipped), and a header that fits keeps its style's size."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Emu

from lessonpack.check.measure import text_width
from lessonpack.cli import main
from lessonpack.render.docx import HEADER_GAP_PT, HEADER_MIN_PT

ROOT = Path(__file__).resolve().parent.parent
NORTHSHIRE = ROOT / "examples/brands/northshire-online-safety/brand.yml"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("header")
    # Northshire's own name fits one line at full size since the header logo shrank to
    # 6.5 mm: a longer team name (as councils' are) keeps the shrink being tested.
    brand = out / "brand.yml"
    brand.write_text(NORTHSHIRE.read_text(encoding="utf-8").replace(
        "org_name: Northshire Online Safety Team",
        "org_name: Northshire Council Children's Services Online Safety Team").replace(
        "logo: logo.png", f"logo: {NORTHSHIRE.parent / 'logo.png'}"), encoding="utf-8")
    assert main(["build", "-k", "ks2", "-f", "docx", "--quiet", "--out", str(out / "b"),
                 "--brand", str(brand)]) == 0
    return out / "b" / "live-streaming-ks2"


@pytest.fixture(scope="module")
def northshire(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("header-northshire")
    assert main(["build", "-k", "ks2", "-f", "docx", "--quiet", "--out", str(out),
                 "--brand", str(NORTHSHIRE)]) == 0
    return out / "live-streaming-ks2"


def _header(path: Path) -> tuple[list[tuple[str, float, bool]], float, float, float]:
    """The header's text runs (text, size in points, bold), the logo's width and the text
    width (points), and the header style's size."""
    document = docx.Document(str(path))
    section = document.sections[0]
    width = Emu(section.page_width - section.left_margin - section.right_margin).pt
    style = document.styles["LP Header"].font.size.pt
    # An example build's EXAMPLE mark is a line of its own above the header's.
    paragraph = next(p for p in section.header.paragraphs
                     if not p.text.startswith("EXAMPLE"))
    runs = [(run.text, (run.font.size.pt if run.font.size else style), bool(run.bold))
            for run in paragraph.runs if run.text.strip()]
    extent = section.header._element.find(".//" + qn("wp:extent"))
    logo = Emu(int(extent.get("cx"))).pt if extent is not None else 0.0
    return runs, logo, width, style


def test_a_long_name_and_the_label_fit_one_header_line(folder: Path) -> None:
    runs, logo, width, style = _header(folder / "live-streaming-ks2-worksheet.docx")
    texts = [text.strip() for text, _, _ in runs]
    assert texts == ["Northshire Council Children's Services Online Safety Team",
                     "Live streaming · Pupil worksheet"]
    sizes = {size for _, size, _ in runs}
    assert len(sizes) == 1 and HEADER_MIN_PT <= min(sizes) < style  # made smaller, one size
    used = logo + sum(text_width(text, "Arial", size, bold) for text, size, bold in runs)
    assert used <= width - HEADER_GAP_PT


def test_a_header_that_fits_keeps_its_size(northshire: Path) -> None:
    runs, _, _, style = _header(northshire / "live-streaming-ks2-worksheet.docx")
    assert runs and all(size == style for _, size, _ in runs)
