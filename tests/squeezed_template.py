"""A real template shape for tests: python-pptx's own default template (10 x 7.5 in, 4:3,
MIT), its masters and layouts squeezed to a shorter slide, as a LibreOffice, Google Slides
or pandoc export of a short slide is laid out."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches


def squeezed_default(path: Path, height_in: float = 7.5) -> Path:
    """Saves python-pptx's default template at ``path``, ``height_in`` inches high."""
    prs = Presentation()
    scale = height_in / 7.5
    prs.slide_height = Inches(height_in)
    for master in prs.slide_masters:
        for tree in [master, *master.slide_layouts]:
            for shape in tree.shapes:
                if shape.top is not None:
                    shape.top, shape.height = int(shape.top * scale), int(shape.height * scale)
    prs.save(str(path))
    return path
