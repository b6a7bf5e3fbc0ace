"""How lessonpack names a file to a user, in every message: brand, templates, content, build."""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: str | os.PathLike[str]) -> str:
    """Paths as a user would type them: relative to the working folder when inside it, else
    as given (``/srv/brand.yml``, never ``../../srv/brand.yml``)."""
    try:
        inside = Path(os.path.abspath(path)).relative_to(Path.cwd())
    except ValueError:  # outside the working folder, or on another drive (Windows)
        return os.fspath(path)
    return str(inside)
