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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    # How far down each page's text area its first ink is (0.0 at the top).
    tops: tuple[float, ...] = ()

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
    return _inked(png, band)[1]


def _inked(png: Path, band: tuple[float, float]) -> tuple[float, float]:
    """The first and the last inked row of the page's text area, as fractions of it from
    its top ((0.0, 0.0) for an empty page)."""
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
    rows = [y for y in range(top, bottom) if any(pixels[x, y] < INK for x in range(2, width - 2))]
    if not rows:
        return 0.0, 0.0
    return (rows[0] - top) / (bottom - top), (rows[-1] + 1 - top) / (bottom - top)


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
            inked = [_inked(p, band) for p in pages]
            out[f.name] = Layout(f.name, tuple(round(last, 3) for _first, last in inked),
                                 tuple(" ".join(t.split()) for t in text.split("\f")[:len(pages)]),
                                 tuple(tuple(line.strip() for line in page.splitlines()
                                             if line.strip())
                                       for page in laid.split("\f")[:len(pages)]),
                                 tuple(round(first, 3) for first, _last in inked))
        return out


def unanchored(docx: Path, folder: Path) -> Path:
    """A copy of ``docx`` in ``folder`` with its frames dropped (w:framePr: a letter's reply
    slip set at the page's foot), so the slip follows the text as it would flow. Its fill is
    then how far the letter reaches with the slip under it: at most 96%, the letter leaves
    a centimetre clear above the slip where the slip is set at the foot."""
    def drop_frames(root: Any) -> None:
        for frame in list(root.iter(f"{W}framePr")):
            frame.getparent().remove(frame)

    return _with_document(docx, folder, drop_frames)


def _with_document(docx: Path, folder: Path, edit: Callable[[Any], None]) -> Path:
    """A copy of ``docx`` in ``folder`` (same name), its word/document.xml changed by
    ``edit`` (given the parsed root); every other part as it was."""
    copy = folder / docx.name
    with zipfile.ZipFile(docx) as source, zipfile.ZipFile(copy, "w",
                                                          zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                root = etree.fromstring(data)
                edit(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                      standalone=True)
            target.writestr(item, data)
    return copy


def _split(docx: Path, folder: Path, framed: bool) -> Path:
    """A copy of ``docx`` in ``folder`` (same name) keeping only the body's framed paragraphs
    (``framed``: a letter's slip set at the page's foot, where it prints) or only the rest."""
    folder.mkdir(parents=True, exist_ok=True)

    def keep_one_side(root: Any) -> None:
        body = root.find(f"{W}body")
        for child in list(body):
            if child.tag != f"{W}sectPr" and \
                    (child.find(f"{W}pPr/{W}framePr") is not None) != framed:
                body.remove(child)

    return _with_document(docx, folder, keep_one_side)


def slip_room(files: list[Path], soffice: str = "soffice") -> dict[str, float]:
    """Millimetres of clear paper between a one-page letter's text and its reply slip set at
    the page's foot (the slip's first ink, the cut line, less the text's last), by file
    name: the letter and the slip are printed apart, so neither's ink hides the other's."""
    with tempfile.TemporaryDirectory() as tmp:
        text = measure([_split(f, Path(tmp) / "text", False) for f in files], soffice)
        slip = measure([_split(f, Path(tmp) / "slip", True) for f in files], soffice)
    room = {}
    for f in files:
        with zipfile.ZipFile(f) as z:
            sect = etree.fromstring(z.read("word/document.xml")).findall(f".//{W}sectPr")[-1]
        height_mm = int(sect.find(f"{W}pgSz").get(f"{W}h")) / 1440 * 25.4
        top, bottom = text_band(f)
        room[f.name] = round((slip[f.name].tops[0] - text[f.name].fills[0])
                             * (bottom - top) * height_mm, 1)
    return room


def main(args: list[str]) -> int:
    """``python tests/pagefill.py [--unanchored | --slip-room] FILE_OR_DIR...``"""
    flow, room = "--unanchored" in args, "--slip-room" in args
    args = [a for a in args if a not in ("--unanchored", "--slip-room")]
    files: list[Path] = []
    for arg in args:
        path = Path(arg)
        files += sorted(path.rglob("*.docx")) if path.is_dir() else [path]
    if room:
        for name, mm in sorted(slip_room(files).items()):
            print(f"{mm:5.1f} mm  {name}")
        return 0
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        if flow:
            files = [unanchored(f, Path(tmp)) for f in files]
        found = measure(files)
    for name, layout in sorted(found.items()):
        total += layout.pages
        fills = " ".join(f"{f:.2f}" for f in layout.fills)
        print(f"{layout.pages:3d}  {name}: {fills}")
    print(f"{total:3d}  pages in all")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
