"""No file a patch or merge tool leaves behind (``x.py.orig``, ``x.py.rej``) in the source,
content or templates: setuptools ships everything under the package, so one would reach every
user's install."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEFTOVER_SUFFIXES = (".orig", ".rej", ".BASE", ".LOCAL", ".REMOTE", ".BACKUP")


def test_no_patch_or_merge_leftovers_ship() -> None:
    found = [str(path.relative_to(ROOT))
             for folder in ("src", "content", "templates", "examples", "tools")
             for path in (ROOT / folder).rglob("*")
             if path.is_file() and path.suffix in LEFTOVER_SUFFIXES]
    assert not found, found
