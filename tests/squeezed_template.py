"""A real template shape for tests: python-pptx's own default template (10 x 7.5 in, 4:3,
MIT), its masters and layouts squeezed to a shorter slide, as a LibreOffice, Google Slides
or pandoc export of a short slide is laid out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.util import Inches


def squeezed_default(path: Path, height_in: float = 7.5) -> Path:
    """Saves python-pptx's default template at ``path``, ``height_in`` inches high."""
    prs = Presentation()
    scale = height_in / 7.5
    prs.slide_height = Inches(height_in)
    for master in prs.slide_masters:
        # Every box read before any is written, and written whole: a layout placeholder
        # that inherits its box from the master, given only a top and a height, was saved
        # 0 in wide, and decks were built on "Vertical Title and Text" (the one text layout
        # with a box of its own) with their titles rotated.
        boxes = [(shape, shape.left, shape.top, shape.width, shape.height)
                 for tree in [master, *master.slide_layouts] for shape in tree.shapes
                 if shape.top is not None]
        for shape, left, top, width, height in boxes:
            shape.left, shape.width = left, width
            shape.top, shape.height = int(top * scale), int(height * scale)
    prs.save(str(path))
    return path


def built_on(folder: Path, key_stage: str, template: Path, *options: str) -> Path:
    """Builds ``key_stage`` on ``template`` into ``folder``/out, one process (``options``:
    more build options); the pack's folder."""
    from lessonpack.cli import main

    out = folder / "out"
    assert main(["build", "-k", key_stage, "-q", "-j", "1", *options, "--out", str(out),
                 "--template", str(template)]) == 0
    return out / f"live-streaming-{key_stage}"


def slides_on(folder: Path, key_stage: str, template: Path) -> Path:
    """The slides alone of ``key_stage`` built on ``template`` into ``folder``: the deck's
    path (a wild template's tests read its deck, not its papers)."""
    pack = built_on(folder, key_stage, template, "-f", "pptx")
    return pack / f"live-streaming-{key_stage}-slides.pptx"


def saved(prs: Any, path: Path) -> Path:
    """``prs`` saved at ``path``; the path."""
    prs.save(str(path))
    return path


def placed(shape: Any, box: tuple[float, float, float, float]) -> None:
    """``shape`` moved to ``box`` (left, top, width and height, in inches), all four written:
    a placeholder given only some of them keeps inheriting the others from its master."""
    shape.left, shape.top, shape.width, shape.height = (Inches(v) for v in box)
