"""How much of each printed page a document uses, as LibreOffice lays it out.

Each .docx is converted to PDF by LibreOffice and every page rasterised in grey by poppler's
``pdftoppm`` at a low resolution. A page's *fill* is how far down its text area (between the
top and bottom margins of the document's own page set-up, so headers and footers never count)
the last inked pixel row lies: 0.0 an empty page, 1.0 a page used to its foot. Ink is anything
darker than a pale panel tint, so ruled writing lines, drawn shapes and shaded boxes count as
used, while the page's white does not.

Usable from tests (``measure``) and by hand: ``python tests/pagefill.py FILE_OR_DIR...`` prints
pages and fills per document.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DPI = 24
INK = 200  # grey level (0 black .. 255 white); pale panel fills (~240) are not ink


@dataclass(frozen=True)
class Layout:
    name: str
    fills: tuple[float, ...]
    # Each page's text as pdftotext reads it (what is printed on which side).
    texts: tuple[str, ...] = ()
    # Each page's lines as pdftotext -layout prints them (blank lines dropped).
    lines: tuple[tuple[str, ...], ...] = ()

    @property
    def pages(self) -> int:
        return len(self.fills)


def text_band(docx: Path) -> tuple[float, float]:
    """Top and bottom of the text area as fractions of the page height (last section)."""
    with zipfile.ZipFile(docx) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    sect = root.findall(f".//{W}sectPr")[-1]
    height = int(sect.find(f"{W}pgSz").get(f"{W}h"))
    margins = sect.find(f"{W}pgMar")
    top = abs(int(margins.get(f"{W}top")))
    bottom = abs(int(margins.get(f"{W}bottom")))
    return top / height, (height - bottom) / height


RULE_ZONE = 0.12  # header and footer rules are looked for this near the page's edges


def _is_rule(pixels, width: int, y: int) -> bool:
    """A row inked across most of the page: the rule under a header or over a footer."""
    return sum(pixels[x, y] < INK for x in range(width)) > 0.55 * width


def _page_fill(png: Path, band: tuple[float, float]) -> float:
    from PIL import Image  # python-pptx depends on Pillow

    image = Image.open(png).convert("L")
    width, height = image.size
    top, bottom = round(band[0] * height), round(band[1] * height)
    pixels = image.load()
    # A header with a logo, or a footer that wraps, may reach into the margin's text area:
    # the text area then ends at the footer's rule (and starts under the header's).
    zone = round(RULE_ZONE * height)
    header = next((y for y in range(zone) if _is_rule(pixels, width, y)), None)
    if header is not None:
        top = max(top, header + 1)
    footer = next((y for y in range(height - 1, height - zone, -1)
                   if _is_rule(pixels, width, y)), None)
    if footer is not None:
        bottom = min(bottom, footer - 1)
    # Skip a few columns at each side: some viewers draw a page border.
    for y in range(bottom - 1, top - 1, -1):
        if any(pixels[x, y] < INK for x in range(2, width - 2)):
            return (y + 1 - top) / (bottom - top)
    return 0.0


def measure(files: list[Path], soffice: str = "soffice") -> dict[str, Layout]:
    """Layout of each .docx (by file name) as LibreOffice prints it."""
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        subprocess.run(
            [soffice, "--headless", "--norestore",
             f"-env:UserInstallation=file://{tmpdir}/profile", "--convert-to", "pdf",
             "--outdir", str(tmpdir), *map(str, files)],
            check=True, capture_output=True, timeout=900)
        out = {}
        for f in files:
            pdf = tmpdir / f"{f.stem}.pdf"
            if not pdf.exists():
                raise AssertionError(f"LibreOffice could not convert {f.name}")
            prefix = tmpdir / f"{f.stem}-page"
            subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), "-png", str(pdf), str(prefix)],
                           check=True, capture_output=True, timeout=300)
            band = text_band(f)
            pages = sorted(tmpdir.glob(f"{f.stem}-page-*.png"),
                           key=lambda p: int(p.stem.rsplit("-", 1)[1]))
            text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                  text=True, timeout=300).stdout
            laid = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                  capture_output=True, text=True, timeout=300).stdout
            out[f.name] = Layout(f.name, tuple(round(_page_fill(p, band), 3) for p in pages),
                                 tuple(" ".join(t.split()) for t in text.split("\f")[:len(pages)]),
                                 tuple(tuple(line.strip() for line in page.splitlines()
                                             if line.strip())
                                       for page in laid.split("\f")[:len(pages)]))
        return out


def main(args: list[str]) -> int:
    files: list[Path] = []
    for arg in args:
        path = Path(arg)
        files += sorted(path.rglob("*.docx")) if path.is_dir() else [path]
    total = 0
    for name, layout in sorted(measure(files).items()):
        total += layout.pages
        fills = " ".join(f"{f:.2f}" for f in layout.fills)
        print(f"{layout.pages:3d}  {name}: {fills}")
    print(f"{total:3d}  pages in all")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
