"""Numbered rows of text sized to their need (a task's steps and questions, a checklist's
points), and the number discs beside them."""

from __future__ import annotations

from collections.abc import Sequence

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.slide import Slide

from lessonpack.check.measure import text_width
from lessonpack.content.brand import Brand
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.look import Look
from lessonpack.render.deck_card_fit import INCH, MIN_PT, PAD, grid, lines_height
from lessonpack.render.deck_drawings import T, new_label, new_shape, write_runs
from lessonpack.render.deck_fit import TextMisfit

Box = tuple[int, int, int, int]


# Space above and below a row's words: never on the row's edge ("back." resting on the border
# of a "Check your work" bar read as overflow on a projector).
ROW_PAD = int(0.15 * INCH)


def number_disc(slide: Slide, box: Box, number: str, font: str, name: str) -> None:
    disc = new_shape(slide.shapes, MSO_SHAPE.OVAL, box, T.ACCENT_1, name)
    write_runs(disc, [(number, T.BACKGROUND_1, True)], max(MIN_PT, int(box[3] / EMU_PT * 0.5)),
               font, align=PP_ALIGN.CENTER)


def _bolder(lead: str, font: str, size: int) -> int:
    """EMU that ``lead`` set bold at ``size`` is wider than set regular (0 for no lead)."""
    if not lead:
        return 0
    return int((text_width(lead, font, size, True) - text_width(lead, font, size, False))
               * EMU_PT) + 1


def _rows_by_need(box: Box, texts: Sequence[str], font: str, side: int, largest: int,
                  bold: Sequence[str] = ()) -> tuple[list[Box], int, int]:
    """Rows as tall as their words need (with a row pad above and below) at the largest
    size at which all of them fit the area, the spare height shared out evenly: a two-line
    row taller than a one-line one, none with words on its edges. Returns the rows, the
    size and the pad. Where they do not fit at 18 pt with ``ROW_PAD`` (a short slide:
    Google's 10 x 5.625 in), the rows close up (half the pad, a narrower gap) before the
    words are given equal rows they overflow."""
    x, y, w, h = box
    text_w = w - 3 * PAD - side
    equal = grid(len(texts), box, 1, gap=int(0.15 * INCH))
    heavy = list(bold) or [""] * len(texts)  # each text's bold lead
    for pad, gap, sizes in ((ROW_PAD, int(0.15 * INCH), range(largest, MIN_PT - 1, -1)),
                            (ROW_PAD // 2, int(0.08 * INCH), range(MIN_PT, MIN_PT - 1, -1))):
        if pad != ROW_PAD and all(
                lines_height([(t, font, False, MIN_PT)], text_w - _bolder(b, font, MIN_PT))
                * EMU_PT <= equal[0][3] - 2 * ROW_PAD for t, b in zip(texts, heavy, strict=True)):
            return equal, MIN_PT, ROW_PAD  # equal rows hold every text: as they were
        least = max(side + PAD, int(0.7 * INCH)) if pad == ROW_PAD else side + pad
        for size in sizes:
            need = [max(least, int(lines_height([(t, font, False, size)],
                                                text_w - _bolder(b, font, size)) * EMU_PT)
                        + 2 * pad) for t, b in zip(texts, heavy, strict=True)]
            spare = h - sum(need) - gap * (len(texts) - 1)
            if spare >= 0:
                rows, top = [], y
                for n in need:
                    rh = n + spare // len(texts)
                    rows.append((x, top, w, rh))
                    top += rh + gap
                return rows, size, pad
    # Not even so: equal rows, and the misfit is reported.
    return equal, MIN_PT, ROW_PAD


def rows_need(width: int, texts: Sequence[str], font: str) -> int:
    """The least height numbered rows ``width`` wide take at 18 pt: closed up, as
    ``_rows_by_need`` sets them when nothing roomier fits (half the pad, the narrow gap).
    How a task decides whether its questions fit under a story or go beside it."""
    side = int(0.6 * INCH)
    text_w = width - 3 * PAD - side
    pad = ROW_PAD // 2
    need = [max(side + pad, int(lines_height([(t, font, False, MIN_PT)], text_w) * EMU_PT)
                + 2 * pad) for t in texts]
    return sum(need) + int(0.08 * INCH) * (len(texts) - 1)


# The most words a row's lead (its words before the first colon) may have to be set bold.
LEAD_WORDS = 6


def lead_and_rest(text: str) -> tuple[str, str]:
    """``text`` split after its lead, the words up to its first colon ("Get help: a trusted
    adult…"), when that lead is short enough to be the row's key phrase; else ("", text)."""
    lead, colon, _rest = text.partition(": ")
    if not colon or len(lead.split()) > LEAD_WORDS:
        return "", text
    return text[:len(lead) + 1], text[len(lead) + 1:]


def text_rows(slide: Slide, box: Box, texts: Sequence[str], brand: Brand, look: Look, *,
              marker: str, name: str, largest: int, radius: float,
              bold_leads: bool = False) -> list[str]:
    """A full-width row per text, with a number or nothing on its left (never an empty box
    to tick: nobody ticks a projected slide); one text size for all, the largest (up to
    ``largest``) that every row fits, each row as tall as its words need. With
    ``bold_leads``, each row's lead (``lead_and_rest``) in bold: the key phrase a class
    reads from the back, the rest of the line after it; a row with a lead is measured in
    its width less what the bold adds to the lead (on its first line), so the bold words
    never push a row past its box."""
    equal = grid(len(texts), box, 1, gap=int(0.15 * INCH))
    font = brand.body_font
    # A row too short for its marker (an area squeezed to a sliver) draws none: no shape
    # is ever given a negative size, which PowerPoint refuses as a damaged file.
    side = max(0, int(min(0.6 * INCH, equal[0][3] - PAD))) if marker else -PAD
    marker = marker if side > 0 else ""
    leads = [lead_and_rest(t) if bold_leads else ("", t) for t in texts]
    bold = [lead for lead, _rest in leads]
    rows, size, pad = _rows_by_need(box, texts, font, side, largest, bold)
    # Each row's words inside its row, however short the row: where they overflow it, the
    # overflow is the words' box's, which the check's re-measure sees (a trainer's template).
    # (At least an EMU wide: a box of no width reads as collapsed, never measured.)
    inner = [(rx + 2 * PAD + side, ry + min(pad, rh // 2), max(1, rw - 3 * PAD - side),
              rh - 2 * min(pad, rh // 2)) for rx, ry, rw, rh in rows]
    misfits: list[str] = []
    for n, (text, (rx, ry, rw, rh), ib) in enumerate(zip(texts, rows, inner, strict=True), 1):
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (rx, ry, rw, rh), T.BACKGROUND_2,
                  f"{name} {n}", radius=radius)
        mark = (rx + PAD, ry + (rh - side) // 2, side, side)
        if marker == "number":
            number_disc(slide, mark, str(n), brand.heading_font, f"{name} {n} number")
        if lines_height([(text, font, False, size)], ib[2] - _bolder(bold[n - 1], font, size)
                        ) * EMU_PT > ib[3]:
            # On a trainer's template the check's re-measure says it instead (and may grow
            # the row into room below it first: render.deck_contrast.refit_text).
            misfits.append(TextMisfit(f"the text of {name.lower()} {n} does not fit its box "
                                      "at 18 pt"))
        lead, rest = leads[n - 1]
        runs = [(lead, T.TEXT_1, True), (rest, T.TEXT_1, False)] if lead else \
            [(text, T.TEXT_1, False)]
        new_label(slide.shapes, ib, runs, size, font, f"{name} {n} text")
    return misfits
