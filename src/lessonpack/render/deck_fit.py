"""Shrinks placeholder text that would not fit its box, down to the 18 pt floor.

PowerPoint only re-fits text ("shrink on overflow") after a manual edit, so a generated deck
must already be the right size. We measure with real font metrics (lessonpack.check.measure).
The same measure holds a line's last two words together where its wrap would leave the last
one alone (``no_lone_word``: help cards, KS1's cover).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.shapes.placeholder import SlidePlaceholder
from pptx.util import Pt

if TYPE_CHECKING:
    # A slide placeholder's part is its slide's (python-pptx types it as any slide's).
    from pptx.parts.slide import SlidePart

    from lessonpack.content.brand import Brand

from lessonpack.check.measure import LINE, MIN_SLIDE_PT, count_lines, text_width
from lessonpack.geometry import EMU_PT
from lessonpack.render.ooxml import paragraph_xml
from lessonpack.render.ooxml.placeholders import find_ph, layout_notes, layout_placeholder

MIN_PT = MIN_SLIDE_PT


class TextMisfit(str):
    """Text that the build's own estimate could not fit at 18 pt (a placeholder's, a stand-in
    box's, or a drawing's card, row or step). On a trainer's template the slide is measured
    again as ``check`` measures it (render.deck_contrast.refit_text) and such misfits are
    replaced by what that finds; other misfits (a stream's comments left out) are kept.
    refit_text measures what is drawn on the slide itself (a row or card squeezed to no
    room included), not the text inside grouped drawings, so a group's misfit on a trainer's
    template is not reported: a known gap, docs/architecture.md "Known gaps"."""


_OWN_LVL1 = f"{qn('p:txBody')}/{qn('a:lstStyle')}/{qn('a:lvl1pPr')}"
_OWN_EXT = f"{qn('p:spPr')}/{qn('a:xfrm')}/{qn('a:ext')}"
# Size, bold, space before, bulleted: None where a style says nothing.
Style = tuple[float | None, bool | None, float | None, bool | None]


def level1_styles(ph: SlidePlaceholder) -> list[Any]:
    """Level-1 paragraph styles that apply to ``ph``, nearest first: its own, its layout
    placeholder's, the master placeholder's, then the master's title or body text style."""
    chain = []
    own = ph.element.find(_OWN_LVL1)
    if own is not None:
        chain.append(own)
    return chain + inherited_style(ph)[0]


def title_face(ph: SlidePlaceholder, run: Any, brand: Brand) -> str:
    """The face a title is shown in, as `check` measures it: the run's own, else the nearest
    its layout, master or master title style names (a LibreOffice template's layout names
    'Noto Sans Regular'); a theme font (+mj-lt, +mn-lt) or none is the brand's, which the
    theme holds (deck_theme)."""
    sources = [run.find(qn("a:rPr")), *(lvl.find(qn("a:defRPr")) for lvl in level1_styles(ph))]
    for source in sources:
        latin = source.find(qn("a:latin")) if source is not None else None
        face = latin.get("typeface") if latin is not None else None
        if face:
            if face.startswith("+mn"):
                return brand.body_font
            return brand.heading_font if face.startswith("+mj") else face
    return brand.heading_font


def inherited_attr(ph: SlidePlaceholder, name: str) -> str | None:
    """An attribute of the level-1 run defaults the placeholder inherits (e.g. "cap")."""
    for lvl in level1_styles(ph):
        rpr = lvl.find(qn("a:defRPr"))
        if rpr is not None and rpr.get(name):
            return rpr.get(name)
    return None


def inherited_style(ph: SlidePlaceholder, layout: Any = None
               ) -> tuple[list[Any], Style, tuple[int, int]]:
    """What ``ph`` takes from its layout and master: the level-1 styles (layout
    placeholder's, master placeholder's, the master's title or body style), what they say,
    and the inherited box size. Cached on the layout part for this render: every slide made
    from one layout shares it, and python-pptx's inheritance look-ups are slow."""
    layout_part = (layout if layout is not None else cast("SlidePart", ph.part).slide_layout).part
    cache: dict[tuple[str, str], tuple[list[Any], Style, tuple[int, int]]] = \
        layout_notes(layout_part, "styles")
    element = find_ph(ph.element)
    key = (element.get("idx", "0"), element.get("type", "obj"))
    if key in cache:
        return cache[key]
    chain = []
    base = layout_placeholder(ph)
    while base is not None:
        lvl = base.element.find(f".//{qn('a:lstStyle')}/{qn('a:lvl1pPr')}")
        if lvl is not None:
            chain.append(lvl)
        base = layout_placeholder(base)
    master = cast("SlidePart", ph.part).slide_layout.slide_master.element
    kind = ph.placeholder_format.type
    style = "p:titleStyle" if kind in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE) \
        else "p:bodyStyle"
    lvl = master.find(f"{qn('p:txStyles')}/{qn(style)}/{qn('a:lvl1pPr')}")
    if lvl is not None:
        chain.append(lvl)
    base = layout_placeholder(ph)
    size = (int(base.width or 0), int(base.height or 0)) if base is not None else (0, 0)
    cache[key] = (chain, _style_of(chain), size)
    return cache[key]


def inherits_size(ph: SlidePlaceholder) -> bool:
    """Whether the placeholder's own or an inherited list style sets a font size
    (LibreOffice's templates keep sizes only in sample text)."""
    return any(lvl.find(qn("a:defRPr")) is not None and lvl.find(qn("a:defRPr")).get("sz")
               for lvl in level1_styles(ph))


def _style_of(chain: list[Any]) -> Style:
    """What a chain of level-1 styles says, nearest first winning."""
    size, bold, space, bulleted = None, None, None, None
    for lvl in chain:
        rpr = lvl.find(qn("a:defRPr"))
        if size is None and rpr is not None and rpr.get("sz"):
            size = int(rpr.get("sz")) / 100
        if bold is None and rpr is not None and rpr.get("b") is not None:
            bold = rpr.get("b") in ("1", "true")
        spc = lvl.find(f"{qn('a:spcBef')}/{qn('a:spcPts')}")
        pct = lvl.find(f"{qn('a:spcBef')}/{qn('a:spcPct')}")
        if space is None and spc is not None:
            space = int(spc.get("val", "0")) / 100
        elif space is None and pct is not None:
            # A share of the line (PowerPoint's own templates say 20%): kept negative, and
            # turned into points once the size is known (needed_height).
            space = -int(pct.get("val", "0")) / 100_000
        if bulleted is None:
            if lvl.find(qn("a:buChar")) is not None or lvl.find(qn("a:buAutoNum")) is not None:
                bulleted = True
            elif lvl.find(qn("a:buNone")) is not None:
                bulleted = False
    return size, bold, space, bulleted


def layout_style(ph: SlidePlaceholder, layout: Any = None) -> tuple[float, bool, float, bool]:
    """Size, bold, space-before and whether it is bulleted, as inherited by the placeholder."""
    inherited = inherited_style(ph, layout)[1]
    own = ph.element.find(_OWN_LVL1)
    style = inherited if own is None else tuple(
        mine if mine is not None else theirs
        for mine, theirs in zip(_style_of([own]), inherited, strict=True))
    size, bold, space, bulleted = style
    return size or 24.0, bool(bold), space or 0.0, bool(bulleted)


def box_size(ph: SlidePlaceholder, layout: Any = None) -> tuple[int, int]:
    """Width and height in EMU: the placeholder's own, else its layout's (or master's)."""
    ext = ph.element.find(_OWN_EXT)
    if ext is not None:
        return int(ext.get("cx")), int(ext.get("cy"))
    return inherited_style(ph, layout)[2]


# The insets a text body that sets none has (a:bodyPr's defaults): 0.1 in at the sides,
# 0.05 in above and below, in EMU.
SIDE_INSET, END_INSET = 91440, 45720
_INSET_DEFAULTS = {"lIns": SIDE_INSET, "tIns": END_INSET, "rIns": SIDE_INSET,
                   "bIns": END_INSET}


_BODY_PR = f"{qn('p:txBody')}/{qn('a:bodyPr')}"


def insets(ph: SlidePlaceholder, layout: Any = None) -> tuple[float, float, float, float]:
    """Points of inner margin, left, top, right, bottom: as the placeholder's own text body
    says, else its layout's or master's, else PowerPoint's defaults (0.1 in, 0.05 in)."""
    own = ph.element.find(_BODY_PR)
    out = []
    for (name, default), theirs in zip(_INSET_DEFAULTS.items(), _inherited_insets(ph, layout),
                                       strict=True):
        value = (own.get(name) if own is not None else None) or theirs
        out.append(int(value if value is not None else default) / EMU_PT)
    return out[0], out[1], out[2], out[3]


def _inherited_insets(ph: SlidePlaceholder, layout: Any = None) -> tuple[str | None, ...]:
    """The insets the layout's and master's placeholders set (nearest first winning), None
    where neither does. Cached beside ``inherited_style``'s: looking up the base placeholders was
    most of the cost of fitting text, and it is the same for every slide of a layout."""
    layout_part = (layout if layout is not None else cast("SlidePart", ph.part).slide_layout).part
    cache: dict[tuple[str, str, str], tuple[str | None, ...]] = \
        layout_notes(layout_part, "insets")
    element = find_ph(ph.element)
    key = ("insets", element.get("idx", "0"), element.get("type", "obj"))
    found = cache.get(key)
    if found is None:
        bodies = []
        base = layout_placeholder(ph)
        while base is not None:
            bodies.append(base.element.find(_BODY_PR))
            base = layout_placeholder(base)
        found = cache[key] = tuple(
            next((b.get(name) for b in bodies if b is not None and b.get(name)), None)
            for name in _INSET_DEFAULTS)
    return found


def needed_height(paragraphs: list[tuple[str, bool]], family: str, size: float, width: float,
                  bold: bool, space: float) -> float:
    """Points of height the paragraphs take; each is (text, has bullet indent)."""
    total = 0.0
    for i, (text, indented) in enumerate(paragraphs):
        usable = width - (27 if indented else 0)
        total += count_lines(text, family, size, usable, bold) * size * LINE
        total += (space if space >= 0 else -space * size * LINE) if i else 0
    return total


def text_height(ph: SlidePlaceholder, family: str, layout: Any = None) -> int:
    """EMU of height the placeholder's text takes at its size now (its runs' size, else its
    style's), insets included: where a drawing under the text may start."""
    size, bold, space, bulleted = layout_style(ph, layout)
    sizes = [r.font.size.pt for p in ph.text_frame.paragraphs for r in p.runs if r.font.size]
    size = max(sizes) if sizes else size
    left, top, right, bottom = insets(ph, layout)
    width = box_size(ph, layout)[0] / EMU_PT - left - right
    points = needed_height(_paragraphs(ph, bulleted), family, size, width, bold, space)
    return int((points + top + bottom) * EMU_PT)


def _paragraphs(ph: SlidePlaceholder, bulleted: bool) -> list[tuple[str, bool]]:
    out = []
    for para in ph.text_frame.paragraphs:
        ppr = paragraph_xml(para).pPr
        plain = ppr is not None and ppr.find(qn("a:buNone")) is not None
        out.append((para.text, bulleted and not plain))
    return out


def fits_placeholder(ph: SlidePlaceholder, family: str, layout: Any = None) -> bool:
    """Shrink the placeholder's text until it fits, never below 18 pt (and raise a template's
    smaller sizes to 18 pt). False when even 18 pt overflows. ``layout``: the slide's
    layout, when the caller knows it (saves looking it up)."""
    size, bold, space, bulleted = layout_style(ph, layout)
    floor = size < MIN_PT
    size = max(size, MIN_PT)
    paragraphs = _paragraphs(ph, bulleted)
    left, top, right, bottom = insets(ph, layout)
    width, height = (v / EMU_PT for v in box_size(ph, layout))
    width, height = width - left - right, height - top - bottom
    chosen = size

    def needed(points: float) -> float:
        return needed_height(paragraphs, family, points, width, bold, space)

    while chosen > MIN_PT and needed(chosen) > height:
        chosen -= 1
    if chosen != size or floor:
        for para in ph.text_frame.paragraphs:
            for run in para.runs:
                run.font.size = Pt(chosen)
    return needed(chosen) <= height


# A web address or an email in a line of text: a link, never broken or held by hand.
WEB_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?(?:www\.)?"
                         r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|uk|gov|net|police)"
                         r"(?:\.uk)?(?:/[\w/-]*)?", re.IGNORECASE)


def no_lone_word(text: str, family: str, pt: int, width_emu: int, bold: bool) -> str:
    """``text`` with its last two words held together by a no-break space where the
    natural wrap leaves the last word alone on its line ("…, every / day"), and where the
    words before them still fit the lines above (the line count, measured for the card,
    stays). Web addresses and emails are left as they are (they are links)."""
    words = text.split(" ")
    width = width_emu / EMU_PT
    if len(words) < 3 or "\n" in text or WEB_ADDRESS.search(text):
        return text
    lines = count_lines(text, family, pt, width, bold)
    if lines < 2 or count_lines(" ".join(words[:-1]), family, pt, width, bold) != lines - 1:
        return text
    pair = f"{words[-2]}\u00a0{words[-1]}"
    if (count_lines(" ".join(words[:-2]), family, pt, width, bold) > lines - 1
            or text_width(f"{words[-2]} {words[-1]}", family, pt, bold) > width):
        return text
    return " ".join([*words[:-2], pair])
