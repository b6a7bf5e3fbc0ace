"""Regenerates the preview images shown in README.md from a real KS2 pack.

Run: python tools/make_readme_previews.py   (needs LibreOffice and pdftoppm)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PIL import Image
from pptx import Presentation

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lessonpack.build.preview import contact_sheet, preview  # noqa: E402
from lessonpack.cli import main as lessonpack  # noqa: E402

OUT = ROOT / "docs" / "previews"
WIDTH = 1400
# The slides shown, by title (the deck's length changes as the lessons do, so never by
# number): the cover, a story's mock live stream, its big ideas as picture cards, a quick
# check's answer, the close look at a stream's clues, and the help slide.
PICKS = ("Live streams: watching safely and getting help", "Zainab is live",
         "Big ideas: Good attention, bad attention",
         "Answer: Which comment gives good attention?", "Mei’s stream, close up",
         "Who can help (1 of 2)")


def slide_titles(deck: Path) -> list[str]:
    """Each slide's title placeholder text ("" where it has none), in slide order."""
    titles = []
    for slide in Presentation(str(deck)).slides:
        title = slide.shapes.title
        titles.append(" ".join(title.text_frame.text.split()) if title is not None else "")
    missing = [t for t in PICKS if t not in titles]
    if missing:
        raise SystemExit(f"{deck.name}: no slide titled {missing} (PICKS in {Path(__file__).name})")
    return titles


def shrink(source: Path, target: Path, width: int = WIDTH) -> None:
    image = Image.open(source).convert("RGB")
    image = image.resize((width, round(image.height * width / image.width)), Image.LANCZOS)
    # A small palette keeps the committed PNGs small; flat slide colours survive it well.
    image.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        assert lessonpack(["build", "-k", "ks2", "--out", str(folder), "-q"]) == 0
        pack = folder / "live-streaming-ks2"
        result = preview([pack], folder / "png", dpi=50)
        pages = {src.name: png for src, png in result.pages.items()}
        slides = pages["live-streaming-ks2-slides.pptx"]
        titles = slide_titles(pack / "live-streaming-ks2-slides.pptx")
        picks = [slides[titles.index(title)] for title in PICKS]
        shrink(contact_sheet(picks, folder / "slides.png", columns=3), OUT / "ks2-slides.png")
        sheet = pages["live-streaming-ks2-worksheet.docx"][:3]
        plan = pages["live-streaming-ks2-lesson-plan.docx"][:1]
        letter = pages["live-streaming-ks2-letter-home.docx"][:1]
        shrink(contact_sheet([*sheet, *plan, *letter], folder / "docs.png", columns=5),
               OUT / "ks2-documents.png")
    for image in sorted(OUT.glob("*.png")):
        print(f"wrote {image.relative_to(ROOT)} ({image.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
