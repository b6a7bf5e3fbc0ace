"""Who plays whom in one deck: each named character keeps one figure of their age and
gender on every slide, and no two characters of a deck share a figure (one
grown man played Zainab's dad, Mei, a girl of nine, and the teenage boys)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lessonpack.plan import pictures as pics

if TYPE_CHECKING:
    from lessonpack.content.picture_library import Picture, PictureLibrary

# A kind of figure -> the library's figures of that kind, taken in turn.
POOLS: dict[str, tuple[str, ...]] = {
    "girl": ("girl", "girl-2", "girl-3"),
    "boy": ("boy", "boy-2"),
    "teen-boy": ("teen-boy", "teen-boy-2"),
    "dad": ("dad", "dad-2"),
    "grown-up": ("grown-up", "grown-up-2"),
}


# The figures in the emoji's default yellow. Beside a ball or among a row of pictures they
# read as the pictures they are; as the head of a child drawn in her room (a jumper, a
# chair, a desk) or on a call's camera, one read as a sticker on a drawn body: Year 6's Mei
# took the yellow girl (its first story is a boy's, so she was its first girl) where Year
# 4's, after Zainab, took a skin-toned one.
YELLOW = frozenset({"girl", "boy", "dad", "grown-up", "child", "person"})


class Casting:
    """The figures given so far in one deck, by character name."""

    def __init__(self) -> None:
        self._cast: dict[str, str] = {}

    def figure(self, library: PictureLibrary | None, kind: str, who: str,
               alt: str = "", *, toned: bool = False) -> Picture | None:
        """``who``'s figure: the one they had before, else the first of ``kind`` that no
        other character of the deck has (the last of the pool if all are taken); ``toned``:
        the first with a skin tone, for a figure drawn as a person on camera."""
        if who not in self._cast:
            pool = POOLS.get(kind, (kind,))
            if toned:
                pool = tuple(name for name in pool if name not in YELLOW) or pool
            taken = set(self._cast.values())
            self._cast[who] = next((name for name in pool if name not in taken), pool[-1])
        return pics.get(library, self._cast[who], alt)
