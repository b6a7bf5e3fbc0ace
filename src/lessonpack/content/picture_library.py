"""The picture library: illustrations addressed by name from content (``picture: rabbit``).

Built-in pictures are a vendored subset of Microsoft's Fluent Emoji (flat, MIT), in
``lessonpack/pictures/`` with their LICENSE, NOTICE and ``catalogue.yml`` (file and default
alt text per name); ``tools/vendor_pictures.py`` made them. A school or trainer adds or
replaces pictures with ``--content DIR``: every ``DIR/pictures/NAME.png`` (or ``.jpg``) is the
picture ``NAME``, its alt text from ``DIR/pictures/catalogue.yml`` when that names it, else
from its name ("school-gate" -> "School gate"). Their images are checked like logos
(``safety.logo_problem``: header first, no decompression bombs, big ones downscaled).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from lessonpack.caches import kept
from lessonpack.content.picture_words import NONE, PictureWords
from lessonpack.errors import Problem, problem_at
from lessonpack.io.safety import logo_bytes, logo_problem


@dataclass(frozen=True)
class Picture:
    """A picture from the library, with its alt text, as plans carry it."""

    name: str
    alt: str
    path: str  # the file; built-in pictures live inside the installed package
    sha1: str  # of the file: a kept slide with another picture of the same name differs


NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")
SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_PICTURES = 500  # per --content folder: a folder of holiday photos is a mistake


@dataclass(frozen=True)
class PictureLibrary:
    pictures: dict[str, Picture] = field(default_factory=dict)
    # The words that choose among them for the item being planned (its topic's
    # picture-words.yml, content/picture_words.py); none outside a plan.
    words: PictureWords = field(default_factory=lambda: NONE)

    def with_words(self, words: PictureWords) -> PictureLibrary:
        return self if words is self.words else replace(self, words=words)

    def get(self, name: str, alt: str = "") -> Picture | None:
        """The picture called ``name``, with ``alt`` as its alt text when given."""
        found = self.pictures.get(name)
        return replace(found, alt=alt) if found is not None and alt else found

    def names(self) -> list[str]:
        return sorted(self.pictures)


def _builtin_folder() -> Path:
    return Path(str(files("lessonpack") / "pictures"))


@lru_cache(maxsize=1)
def builtin_library() -> PictureLibrary:
    folder = _builtin_folder()
    # libyaml's C loader when PyYAML has it, as for content: the catalogue is read by every
    # build, and the pure-Python parser took most of the time of loading the library.
    catalogue = yaml.load((folder / "catalogue.yml").read_text(encoding="utf-8"),
                          Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    pictures = {}
    for name, entry in catalogue.items():
        path = folder / entry["file"]
        pictures[name] = Picture(name, entry["alt"], str(path),
                                     hashlib.sha1(path.read_bytes()).hexdigest())
    return PictureLibrary(pictures)


def _alt_from_name(name: str) -> str:
    return name.replace("-", " ").capitalize()


def _user_catalogue(folder: Path, problems: list[Problem]) -> dict[str, str]:
    """Alt text a school wrote for its own pictures: ``NAME: alt text`` or ``NAME: {alt: …}``."""
    path = folder / "catalogue.yml"
    if not path.is_file():
        return {}
    from lessonpack.content.yamlsource import read_yaml
    from lessonpack.io.paths import display_path

    shown = display_path(path)
    parsed = read_yaml(path, shown)
    problems.extend(parsed.problems)
    data = parsed.data if not parsed.problems else None
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(problem_at(shown, "LP113", "must map picture names to alt text",
                                   line=1, column=1))
        return {}
    out = {}
    for name, value in data.items():
        alt = value.get("alt") if isinstance(value, dict) else value
        if not isinstance(alt, str) or not alt.strip():
            line, column = parsed.position((name,))
            problems.append(problem_at(shown, "LP113", "needs alt text: what the picture "
                                       "shows, in a few words", line=line, column=column,
                                       field=str(name)))
            continue
        out[str(name)] = alt.strip()
    return out


def load_library(content_dirs: list[Path] | tuple[Path, ...], problems: list[Problem]
                 ) -> PictureLibrary:
    """The built-in pictures, then each content folder's ``pictures/``, a later folder's
    picture replacing an earlier one of the same name."""
    library = builtin_library()
    extra: dict[str, Picture] = {}
    for root in content_dirs:
        folder = Path(root) / "pictures"
        if not folder.is_dir():
            continue
        from lessonpack.io.paths import display_path

        alts = _user_catalogue(folder, problems)
        found = sorted(p for p in folder.iterdir()
                       if p.suffix.lower() in SUFFIXES and not p.name.startswith((".", "_")))
        if len(found) > MAX_PICTURES:
            problems.append(problem_at(display_path(folder), "LP113", f"holds {len(found)} "
                                       f"pictures; at most {MAX_PICTURES} are read"))
            found = found[:MAX_PICTURES]
        for path in found:
            shown = display_path(path)
            name = path.stem.lower()
            if not NAME.match(name):
                problems.append(problem_at(shown, "LP113", "picture names are lower-case "
                                           "letters, digits and hyphens (e.g. school-gate.png)"))
                continue
            why = logo_problem(path, shown) if path.is_file() else f"{shown} is not a file"
            if why is not None:
                problems.append(problem_at(shown, "LP113", why.removeprefix(shown).strip()))
                continue
            alt = alts.get(name) or alts.get(path.stem) or _alt_from_name(name)
            extra[name] = Picture(name, alt, str(path),
                                      hashlib.sha1(logo_bytes(path)).hexdigest())
    if not extra:
        return library
    return PictureLibrary({**library.pictures, **extra})


@kept(512, max_bytes=64 << 20)  # the built-in pictures' files (about 5 MB in all)
def _builtin_bytes(path: str) -> bytes:
    return Path(path).read_bytes()


def picture_bytes(picture: Picture) -> bytes:
    """The bytes to embed: a built-in picture as vendored; a school's own as checked (and,
    when very large, downscaled) by ``safety``."""
    if Path(picture.path).parent == _builtin_folder():
        return _builtin_bytes(picture.path)
    return logo_bytes(Path(picture.path))


# Content fields that name a library picture (a scenario's animal and watched show too).
PICTURE_FIELDS = frozenset({"picture", "animal", "star", "show_corner"})


def _picture_fields(value: object, loc: tuple[str | int, ...]
                    ) -> list[tuple[tuple[str | int, ...], str]]:
    """Every ``picture`` field set in a content item, with where it is."""
    from pydantic import BaseModel

    found = []
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            child = getattr(value, name)
            if name in PICTURE_FIELDS and isinstance(child, str):
                found.append(((*loc, name), child))
            else:
                found += _picture_fields(child, (*loc, name))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += _picture_fields(child, (*loc, i))
    return found


def unknown_pictures(index: Any, library: PictureLibrary) -> list[Problem]:
    """A ``picture:`` naming no picture of the library: one LP113 line each, with the names
    closest to it."""
    import difflib

    from lessonpack.content.yamlsource import format_field

    problems = []
    # Content items and the picture words of their topic folders (content/picture_words.py).
    for loaded in [*index.items.values(), *index.picture_words.values()]:
        for loc, name in _picture_fields(loaded.item, ()):
            if library.get(name) is not None:
                continue
            close = difflib.get_close_matches(name, library.names(), n=3, cutoff=0.6)
            hint = f"; did you mean {', '.join(close)}?" if close else (
                "; the names are in lessonpack/pictures/catalogue.yml, or add your own as "
                "DIR/pictures/NAME.png with --content DIR")
            line, column = loaded.parsed.value_position(loc)
            problems.append(problem_at(loaded.display, "LP113", f"no picture called {name!r}"
                                       + hint, line=line, column=column,
                                       field=format_field(loc)))
    return problems
