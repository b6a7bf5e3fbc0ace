"""Whether alt text says something: empty text, file names and the names Office gives shapes
by default ("Picture 3", "Chart 2") tell a screen-reader user nothing."""

from __future__ import annotations

import re

_FILE_NAME = re.compile(
    r".*\.(png|jpe?g|gif|bmp|tiff?|svg|emf|wmf|webp|heic|ico|pdf)$", re.IGNORECASE)
_DEFAULT_NAME = re.compile(
    r"(picture|image|graphic|chart|diagram|group|object|content placeholder|"
    r"picture placeholder|drawing|photo|img|grafik|bild|smartart|screenshot)[\s_-]*\d*",
    re.IGNORECASE)


def alt_text_problem(alt: str | None) -> str | None:
    """Why ``alt`` is not meaningful alt text, or None when it is fine."""
    text = " ".join((alt or "").split())
    if not text:
        return "has no alt text"
    if _FILE_NAME.fullmatch(text):
        return f'has a file name as alt text ("{text}")'
    if _DEFAULT_NAME.fullmatch(text):
        return f'has only a default name as alt text ("{text}")'
    return None
