"""PNG previews of built packs: a picture per slide or page, and a contact sheet per pack."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from lessonpack.build.libreoffice import convert_to_pdf, pdf_to_pngs
from lessonpack.errors import UserError, problem_at

OFFICE = {".pptx", ".docx"}
SHEET_COLUMNS = 6
SHEET_GAP = 8


@dataclass
class PreviewResult:
    pages: dict[Path, list[Path]] = field(default_factory=dict)
    sheets: list[Path] = field(default_factory=list)


def office_files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in OFFICE
                            and "preview" not in p.parts)
        elif path.suffix in OFFICE and path.is_file():
            found.append(path)
        else:
            raise UserError(problem_at(str(path), "LP182", "not a .pptx or .docx file, or a "
                                       "folder holding them"))
    return found


def _rgb(path: Path) -> Image.Image:
    """The picture in ``path`` in memory, its file closed again."""
    with Image.open(path) as image:
        rgb: Image.Image = image.convert("RGB")
    return rgb


def contact_sheet(pages: list[Path], target: Path, columns: int = SHEET_COLUMNS) -> Path:
    """All pages as thumbnails in a grid, with a thin border to show page edges."""
    images = [_rgb(p) for p in pages]
    width = max(i.width for i in images)
    height = max(i.height for i in images)
    rows = (len(images) + columns - 1) // columns
    cols = min(columns, len(images))
    sheet = Image.new("RGB", (cols * (width + SHEET_GAP) + SHEET_GAP,
                              rows * (height + SHEET_GAP) + SHEET_GAP), "#D9DDE3")
    draw = ImageDraw.Draw(sheet)
    for n, image in enumerate(images):
        x = SHEET_GAP + (n % columns) * (width + SHEET_GAP)
        y = SHEET_GAP + (n // columns) * (height + SHEET_GAP)
        sheet.paste(image, (x, y))
        draw.rectangle([x - 1, y - 1, x + image.width, y + image.height], outline="#9AA3AE")
    sheet.save(target, optimize=True)
    return target


def preview(paths: Iterable[Path], out_dir: Path | None = None, *, dpi: int = 60
            ) -> PreviewResult:
    """PNGs for every file (one LibreOffice run for all), then a contact sheet per folder.

    Default output: a ``preview/`` folder beside each file.
    """
    files = office_files(paths)
    if not files:
        raise UserError(problem_at("preview", "LP182", "no .pptx or .docx files found"))
    result = PreviewResult()
    with tempfile.TemporaryDirectory(prefix="lessonpack-preview-") as tmp:
        pdfs = convert_to_pdf(files, Path(tmp))
        for source, pdf in pdfs.items():
            target = out_dir or source.parent / "preview"
            result.pages[source] = pdf_to_pngs(pdf, target, dpi=dpi)
    by_folder: dict[Path, list[Path]] = {}
    for source, pages in result.pages.items():
        if pages:
            sheet = contact_sheet(pages, pages[0].parent / f"{source.stem}-contact-sheet.png")
            by_folder.setdefault(pages[0].parent, []).append(sheet)
    for folder, sheets in sorted(by_folder.items()):
        result.sheets.append(stack(sheets, folder / "contact-sheet.png"))
    return result


def stack(sheets: list[Path], target: Path, width: int = 1600) -> Path:
    """The pack's contact sheet: each file's sheet, one under the other, at one width."""
    images = []
    for path in sheets:
        image = _rgb(path)
        images.append(image.resize((width, round(image.height * width / image.width))))
    out = Image.new("RGB", (width, sum(i.height for i in images)), "#D9DDE3")
    top = 0
    for image in images:
        out.paste(image, (0, top))
        top += image.height
    out.save(target, optimize=True)
    return target
