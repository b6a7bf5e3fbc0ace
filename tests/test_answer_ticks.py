"""One answer tick in every deck (KS1/KS2 had a filled green tick, KS3/KS4
a small grey outline one): the filled tick, not made a plain line icon for 11-16s, and at 3:1
or more against its panel (WCAG's ratio for graphics) in every look. Decks are reopened and
the placed tick's pixels read."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

from PIL import Image
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from built_decks import slides_file
from lessonpack.contrast import contrast_ratio


def _ticks(deck: Path) -> tuple[list, str]:
    prs = Presentation(str(deck))
    theme = prs.slide_masters[0].part.part_related_by(RT.THEME).blob.decode()
    panel = dict(re.findall(r'<a:(lt2)><a:(?:srgbClr val|sysClr val="\w+" lastClr)="([0-9A-F]{6})"',
                            theme))["lt2"]
    ticks = [sh for s in prs.slides for sh in s.shapes
             if sh.shape_type == 13 and sh.name.startswith("Answer ") and sh.name.endswith(" tick")]
    return ticks, panel


def _filled(picture) -> tuple[str, float]:
    """The tick's commonest opaque colour and the share of the picture's square it covers (a
    filled disc about 70%; a line tick about 20%)."""
    image = Image.open(io.BytesIO(picture.image.blob)).convert("RGBA")
    counts = Counter({c[:3]: n for n, c in image.getcolors(1 << 20) if c[3] == 255})
    colour, n = counts.most_common(1)[0]
    return "".join(f"{v:02X}" for v in colour), n / (image.width * image.height)


def test_every_deck_has_the_one_filled_tick_readable_on_its_panel(
        built_packs: Path, brightpath_at_ashgrove: Path) -> None:
    decks = sorted([*built_packs.glob("*/*-slides.pptx"),
                    *brightpath_at_ashgrove.glob("*/*-slides.pptx")])
    looked = set()
    for deck in decks:
        ticks, panel = _ticks(deck)
        if not ticks:
            continue
        looked.add(deck.name)
        for tick in ticks:
            colour, share = _filled(tick)
            assert share > 0.5, f"{deck.name}: {tick.name} is a line tick ({share:.0%})"
            assert contrast_ratio(f"#{colour}", f"#{panel}") >= 3.0, (deck.name, colour, panel)
    assert {slides_file(k) for k in ("ks1", "ks2", "ks3", "ks4")} <= looked
