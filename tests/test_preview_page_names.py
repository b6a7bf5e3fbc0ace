"""`lessonpack preview` names each file's page images after the file, and one file's pages are
never taken for another's in the same folder: a pack holds "…-letter-home.docx" beside
"…-letter-home-after.docx", whose names share a start."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from lessonpack.build.libreoffice import pdf_to_pngs

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")


def _pdf(path: Path, colours: list[str]) -> Path:
    pages = [Image.new("RGB", (200, 100), colour) for colour in colours]
    pages[0].save(path, save_all=True, append_images=pages[1:])
    return path


def _colour(png: Path) -> str:
    """The page's colour by its strongest channel (the renderer's exact values vary)."""
    image = Image.open(png).convert("RGB")
    pixel = image.getpixel((image.width // 2, image.height // 2))
    return ("red", "green", "blue")[max(range(3), key=lambda n: pixel[n])]


@pytest.mark.parametrize("after_first", [True, False])
@pytest.mark.parametrize("earlier_run", [True, False])
def test_a_files_pages_are_its_own(tmp_path: Path, after_first: bool, earlier_run: bool) -> None:
    letter = _pdf(tmp_path / "ks2-letter-home.pdf", ["red", "blue"])
    after = _pdf(tmp_path / "ks2-letter-home-after.pdf", ["green"])
    out = tmp_path / "png"
    out.mkdir()
    if earlier_run:
        (out / "ks2-letter-home-contact-sheet.png").write_bytes(b"an earlier run's sheet")
    order = [after, letter] if after_first else [letter, after]
    pages = {pdf.stem: pdf_to_pngs(pdf, out, dpi=20) for pdf in order}
    assert [p.name for p in pages["ks2-letter-home"]] == ["ks2-letter-home-01.png",
                                                          "ks2-letter-home-02.png"]
    assert [p.name for p in pages["ks2-letter-home-after"]] == ["ks2-letter-home-after-01.png"]
    assert [_colour(p) for p in pages["ks2-letter-home"]] == ["red", "blue"]
    assert _colour(pages["ks2-letter-home-after"][0]) == "green"
