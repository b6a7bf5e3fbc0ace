"""Regenerates the preview images shown in README.md from a real KS2 pack.

Run: python tools/make_readme_previews.py   (needs LibreOffice and pdftoppm)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lessonpack.build.preview import contact_sheet, preview  # noqa: E402
from lessonpack.cli import main as lessonpack  # noqa: E402

OUT = ROOT / "docs" / "previews"
WIDTH = 1400


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
        # Title, starter, scenario, quiz, task and help slides.
        picks = [slides[i] for i in (0, 5, 16, 9, 12, 39)]
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
