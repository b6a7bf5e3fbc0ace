"""KS3 and KS4 draw their icons (ground rules, key words, help cards, timers, answer ticks)
as one-colour line icons, not the primary decks' emoji; a stream's props and characters are
the story's scene and keep theirs."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from built_decks import slides_file
from lessonpack.content.picture_library import Picture, builtin_library
from lessonpack.plan.pictures import plain

ICONS = ("Card ", "Help card ", "Task clock", "Answer ")


def _pictures(built_packs: Path, audience: str) -> list[tuple[str, str]]:
    """(shape name, SHA-1 of its image) for every picture of the deck, groups opened, with
    what is inside a drawn live stream left out."""
    deck = Presentation(str(built_packs / f"live-streaming-{audience}" /
                            slides_file(audience)))
    found: list[tuple[str, str]] = []

    def walk(shapes: Any) -> None:
        for sh in shapes:
            if sh.shape_type == 6:
                if sh.name != "Mock live stream":
                    walk(sh.shapes)
            elif sh.shape_type == 13:
                found.append((sh.name, hashlib.sha1(sh.image.blob).hexdigest()))
    for slide in deck.slides:
        walk(slide.shapes)
    return found


def _plain_sha1s() -> set[str]:
    library = builtin_library()
    return {library.pictures[n].sha1 for n in library.names() if n.startswith("plain-")}


@pytest.mark.parametrize("audience", ["ks3", "ks4"])
def test_secondary_icons_are_plain(built_packs: Path, audience: str) -> None:
    # The answer tick is the one filled tick of every deck (tests/test_answer_ticks.py).
    icons = [(n, s) for n, s in _pictures(built_packs, audience)
             if n.startswith(ICONS) and not n.endswith(" tick")]
    assert len(icons) >= 15, audience
    plain_ones = _plain_sha1s()
    assert [n for n, s in icons if s not in plain_ones] == [], audience


def test_primary_icons_stay_emoji(built_packs: Path) -> None:
    icons = [s for n, s in _pictures(built_packs, "ks2") if n.startswith(ICONS)]
    assert icons and not set(icons) & _plain_sha1s()


def test_a_schools_own_picture_is_kept() -> None:
    library = builtin_library()
    books = library.pictures["books"]
    assert plain(library, books).name == "plain-books"
    own = Picture("books", "Our library", "/school/books.png", "0" * 40)
    assert plain(library, own) is own
    # An alt text given for this use goes with the plain icon.
    used = Picture(books.name, "The characters, not us", books.path, books.sha1)
    assert plain(library, used).alt == "The characters, not us"
