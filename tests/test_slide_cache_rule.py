"""The rule the slide cache (render/slide_cache.py) rests on, and every slide kind must keep:
a brand's colours never reach a slide's XML (drawings use theme colours, which live in the
theme part). Finished slides are reused across brands by plan, template, fonts and layout; a
kind that wrote a brand colour into a slide would build right alone and wrong in a batch or
a server. Two brands that differ only in colour must give byte-identical slide parts."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lessonpack import api
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Audience
from lessonpack.render import slide_cache

SLIDE = re.compile(r"ppt/slides/slide\d+\.xml$")
COLOURS = {"primary": "#7A1F5C", "secondary": "#1F7A5C", "accent": "#5C7A1F",
           "light": "#F3E9F0"}


def _slides(out: Path) -> dict[str, bytes]:
    parts: dict[str, bytes] = {}
    for deck in sorted(out.rglob("*-slides.pptx")):
        with zipfile.ZipFile(deck) as z:
            parts.update({f"{deck.name}:{n}": z.read(n) for n in z.namelist()
                          if SLIDE.match(n)})
    return parts


def test_brand_colours_never_reach_a_slides_xml(tmp_path: Path) -> None:
    audiences = [Audience.KS1, Audience.KS2, Audience.PARENTS]
    # Each build draws every slide: a slide kept from the first would hide the difference.
    slide_cache.forget()
    api.build(api.pack(audiences=audiences, formats=("pptx",)), out=tmp_path / "plain")
    slide_cache.forget()
    recoloured = DEFAULT_BRAND.model_copy(update=COLOURS)
    api.build(api.pack(audiences=audiences, formats=("pptx",)), out=tmp_path / "recoloured",
              brand=recoloured)
    plain, other = _slides(tmp_path / "plain"), _slides(tmp_path / "recoloured")
    assert plain and plain.keys() == other.keys()
    for name, xml in other.items():
        for colour in COLOURS.values():
            assert colour[1:].encode() not in xml.upper(), f"{name} holds brand colour {colour}"
        assert xml == plain[name], f"{name} differs when only the brand's colours do"
