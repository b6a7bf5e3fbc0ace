"""Where the built-in content and templates live, installed or in a source checkout."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path


@lru_cache(maxsize=1)
def builtin_root() -> Path:
    """Folder holding ``content/`` and ``templates/``.

    A wheel carries them as package data under ``lessonpack/_builtin``; an editable install or
    a plain source checkout finds them at the repository top level, two folders above ``src``.
    """
    packaged = Path(str(files("lessonpack"))) / "_builtin"
    if (packaged / "content").is_dir():
        return packaged
    return Path(__file__).resolve().parents[3]  # src/lessonpack/io/resources.py -> repository


def builtin_content() -> Path:
    return builtin_root() / "content"


def builtin_templates() -> Path:
    return builtin_root() / "templates"
