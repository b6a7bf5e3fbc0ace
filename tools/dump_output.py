"""A readable text dump of a built .pptx or .docx, so a reviewer sees WHAT changed in a file,
not only that its hash did.

    python tools/dump_output.py out/ks2/live-streaming-ks2-slides.pptx

A deck: each slide's layout, then each shape's name, position and size (mm), alt text, and
its paragraphs with the size, bold and colour set on their runs; the speaker notes last. A
document: each paragraph with its style (and run sizes where set), tables row by row, the
headers and footers. Two dumps diff line by line (tools/sample_hashes.py --against does it);
``members`` lists the zip members two files differ in, for what the text does not show
(a picture, a theme colour, a style).
"""

from __future__ import annotations

import sys
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

EMU_PER_MM = 36000


def _mm(emu: int | None) -> str:
    return "-" if emu is None else f"{emu / EMU_PER_MM:.1f}"


def _line(text: str) -> str:
    """A paragraph on one line: its line breaks shown as ⏎."""
    return text.replace("\n", " ⏎ ").replace("\v", " ⏎ ")


def _run_marks(runs: Iterable[Any]) -> str:
    """" [18pt b #1F3864]": what a paragraph's runs set themselves (sizes, bold, colour),
    once each in order; empty when they inherit everything."""
    seen: list[str] = []
    for run in runs:
        font = run.font
        marks = []
        if font.size is not None:
            marks.append(f"{font.size.pt:g}pt")
        if font.bold:
            marks.append("b")
        try:
            rgb = font.color.rgb if font.color and font.color.type is not None else None
        except AttributeError:  # a theme colour has no rgb
            rgb = None
        if rgb is not None:
            marks.append(f"#{rgb}")
        mark = " ".join(marks)
        if mark and mark not in seen:
            seen.append(mark)
    return f" [{'; '.join(seen)}]" if seen else ""


def _shape_lines(shape: Any, depth: int = 1) -> Iterator[str]:
    pad = "  " * depth
    kind = shape.shape_type
    where = (f"{_mm(shape.left)},{_mm(shape.top)} {_mm(shape.width)}x{_mm(shape.height)}")
    descr = shape._element.xpath("./*[1]/p:cNvPr/@descr")  # alt text, as a screen reader has it
    alt = f" alt={descr[0]!r}" if descr else ""
    yield f"{pad}- {shape.name} ({getattr(kind, 'name', kind)}) @ {where}{alt}"
    if getattr(shape, "image", None) is not None and kind == 13:  # a picture: its bytes
        blob = shape.image.blob
        yield f"{pad}  picture {len(blob)} bytes crc {zlib.crc32(blob):08x}"
    if shape.has_text_frame:
        for p in shape.text_frame.paragraphs:
            if p.text.strip():
                yield f"{pad}  | {_line(p.text)}{_run_marks(p.runs)}"
    if getattr(shape, "has_table", False) and shape.has_table:
        for row in shape.table.rows:
            yield f"{pad}  row: " + " | ".join(_line(c.text) for c in row.cells)
    if kind == 6:  # a group: its members, indented
        for child in shape.shapes:
            yield from _shape_lines(child, depth + 1)


def dump_pptx(path: Path) -> list[str]:
    from pptx import Presentation

    deck = Presentation(str(path))
    lines = [f"deck {_mm(deck.slide_width)}x{_mm(deck.slide_height)} mm, "
             f"{len(deck.slides)} slides"]
    for n, slide in enumerate(deck.slides, 1):
        hidden = " hidden" if slide._element.get("show") == "0" else ""
        lines.append(f"slide {n}: layout {slide.slide_layout.name!r}{hidden}")
        for shape in slide.shapes:
            lines.extend(_shape_lines(shape))
        if slide.has_notes_slide:
            notes = slide.notes_slide.notes_text_frame
            for p in notes.paragraphs if notes is not None else ():
                if p.text.strip():
                    lines.append(f"  notes: {_line(p.text)}")
    return lines


def _docx_blocks(blocks: Iterable[Any], pad: str = "") -> Iterator[str]:
    """Paragraphs with their style, tables a cell at a time (each cell's paragraphs a line
    each, so one changed sentence is one changed line), nested tables indented."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in blocks:
        if isinstance(block, Paragraph):
            style = block.style.name if block.style is not None else "-"
            if block.text.strip():
                yield f"{pad}{style}: {_line(block.text)}{_run_marks(block.runs)}"
            elif block._p.xpath(".//w:br[@w:type='page']"):
                yield f"{pad}(page break)"
        elif isinstance(block, Table):
            yield f"{pad}table {len(block.rows)}x{len(block.columns)}"
            for r, row in enumerate(block.rows, 1):
                seen: list[Any] = []  # a merged cell is listed once
                for c, cell in enumerate(row.cells, 1):
                    if any(cell._tc is tc for tc in seen):
                        continue
                    seen.append(cell._tc)
                    yield f"{pad}  cell {r},{c}:"
                    yield from _docx_blocks(cell.iter_inner_content(), pad + "    ")


def dump_docx(path: Path) -> list[str]:
    from docx import Document

    doc = Document(str(path))
    lines = []
    for n, section in enumerate(doc.sections, 1):
        lines.append(f"section {n}: page {_mm(section.page_width)}x{_mm(section.page_height)} "
                     f"margins {_mm(section.top_margin)}/{_mm(section.right_margin)}/"
                     f"{_mm(section.bottom_margin)}/{_mm(section.left_margin)} mm")
        for name, part in (("header", section.header), ("footer", section.footer)):
            text = " / ".join(p.text for p in part.paragraphs if p.text.strip())
            if text and not part.is_linked_to_previous:
                lines.append(f"  {name}: {text}")
    lines.extend(_docx_blocks(doc.iter_inner_content()))
    return lines


def dump(path: Path) -> list[str]:
    """The file's text dump, a line a list item."""
    return dump_pptx(path) if path.suffix == ".pptx" else dump_docx(path)


def members(a: Path, b: Path) -> list[str]:
    """The zip members two files differ in: "~ ppt/slides/slide3.xml", "+ …" only in b,
    "- …" only in a."""
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        crc_a = {i.filename: i.CRC for i in za.infolist()}
        crc_b = {i.filename: i.CRC for i in zb.infolist()}
    return sorted([f"- {m}" for m in crc_a.keys() - crc_b.keys()]
                  + [f"+ {m}" for m in crc_b.keys() - crc_a.keys()]
                  + [f"~ {m}" for m in crc_a.keys() & crc_b.keys() if crc_a[m] != crc_b[m]],
                  key=lambda s: s[2:])


def main(argv: list[str]) -> None:
    if not argv:
        sys.exit("usage: python tools/dump_output.py FILE.pptx|FILE.docx ...")
    for name in argv:
        if len(argv) > 1:
            print(f"== {name}")
        print("\n".join(dump(Path(name))))


if __name__ == "__main__":
    main(sys.argv[1:])
