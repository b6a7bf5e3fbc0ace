"""Package parts of the decks lessonpack builds: pictures that know their size, and part
names handed out without walking the whole package each time.
"""

from __future__ import annotations

from typing import Any

from pptx.opc.packuri import PackURI
from pptx.parts.image import Image, ImagePart

from lessonpack.caches import BoundedCache

# SHA-1 of an image's bytes -> (its size in pixels, its dpi): a few dozen bytes an entry.
_IMAGE_PROPS: BoundedCache[str, tuple[tuple[int, int], tuple[int, int]]] = BoundedCache(4096)


class KnownImagePart(ImagePart):
    """An image part whose size and resolution are read once per image (by SHA-1, for the
    process): python-pptx opens the image with Pillow for each (its size, then its size and
    dpi again to scale it), for every picture placed, in every deck."""

    def _props(self) -> tuple[tuple[int, int], tuple[int, int]]:
        props = _IMAGE_PROPS.get(self.sha1)
        if props is None:
            image = Image.from_blob(self.blob)  # the library's own reading, once per image
            props = (image.size, image.dpi)
            _IMAGE_PROPS.put(self.sha1, props)
        return props

    @property
    def _px_size(self) -> tuple[int, int]:
        return self._props()[0]

    @property
    def _dpi(self) -> tuple[int, int]:
        return self._props()[1]

    @property
    def px_size(self) -> tuple[int, int]:
        """Width and height in pixels."""
        return self._props()[0]


def known_image_part(part: ImagePart) -> KnownImagePart:
    """``part`` (an image part of a package lessonpack opened) as a KnownImagePart."""
    if not isinstance(part, KnownImagePart):
        part.__class__ = KnownImagePart
    return part  # type: ignore[return-value]


def count_partnames(package: Any) -> None:
    """Make ``package.next_partname`` (of this package only) remember the names in use:
    the library's walks every relationship of the package to find them, once per notes
    slide and chart, which grows with the square of the slide count. The walk is made once
    and the names handed out since are remembered; the name chosen is the one the library
    would choose (count + 1, downwards to a free one). Only for a package that gains parts
    and loses none while it is being built."""
    used: set[str] = set()

    def next_partname(tmpl: str) -> PackURI:
        if not used:
            used.update(str(part.partname) for part in package.iter_parts())
        prefix = tmpl[: (tmpl % 42).find("42")]
        count = sum(1 for name in used if name.startswith(prefix))
        for n in range(count + 1, 0, -1):
            if tmpl % n not in used:
                used.add(tmpl % n)
                return PackURI(tmpl % n)
        raise AssertionError("a free part name always exists below count + 1")

    package.next_partname = next_partname
