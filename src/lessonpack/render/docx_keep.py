"""Keep every heading with at least three lines of what follows it.

A heading's style keeps it with the next paragraph, but Word and LibreOffice read that as
"with the next paragraph's first lines", and widow/orphan control lets two lines stand: a
heading with two lines under it at a page foot reads as stranded (e.g. the
facilitator notes' "Part 5", a KS1 plan's "Starter" with one line). This pass, run once the
body is written, measures the paragraphs after each heading and ties enough of them to it:

- a paragraph too short to make up the three lines keeps with the one after it as well;
- the paragraph that completes them is kept whole when it is short (at most HOLD_WHOLE_LINES
  lines), so it cannot leave only its first two lines under the heading.

A longer paragraph may still break after two lines (moving it whole would leave a large gap);
a table after a heading is already kept with it by the heading's own keep-with-next.
"""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from docx.styles.style import ParagraphStyle

from lessonpack.check.measure import text_width
from lessonpack.render.docx_xml import keep_with_next

HEADINGS = ("LP Heading 1", "LP Heading 2", "LP Heading 3")
LINES_UNDER = 3  # the least number of lines a heading keeps under it on its page
ORPHAN_LINES = 2  # what widow/orphan control (on in every LP style) already keeps together
HOLD_WHOLE_LINES = 8  # a paragraph this short moves whole with its heading
# A box, table or run of kept-together lines this short comes along too; a longer one may go
# overleaf alone.
RUN_WITH_LINES = 4
MEASURE_ERROR = 0.85  # a paragraph may set in this share of the width measured for it
_INDENT_PT = 28.0  # room a list item's bullet or number takes from the line (about 1 cm)
_LISTS = ("LP Bullet", "LP Number", "LP Checkbox", "LP Option")
_P, _TBL = qn("w:p"), qn("w:tbl")


def _size(style: ParagraphStyle) -> float:
    """The style's type size, read down its based-on chain (12 pt when none sets one)."""
    each: ParagraphStyle | None = style
    while each is not None:
        if each.font.size is not None:
            return float(each.font.size.pt)
        each = each.base_style  # type: ignore[assignment]
    return 12.0


def _font(style: ParagraphStyle, fallback: str) -> str:
    each: ParagraphStyle | None = style
    while each is not None:
        if each.font.name:
            return str(each.font.name)
        each = each.base_style  # type: ignore[assignment]
    return fallback


class _Faces:
    """Each style's type size and font, read down its based-on chain once per document
    (python-docx walks the styles part on every look-up: this pass measures hundreds of
    paragraphs)."""

    def __init__(self, font: str) -> None:
        self.font = font
        self._seen: dict[str, tuple[str, float, str]] = {}

    def of(self, style: ParagraphStyle) -> tuple[str, float, str]:
        """(name, size, font) of ``style``."""
        key = style.style_id
        if key not in self._seen:
            self._seen[key] = (style.name or "", _size(style), _font(style, self.font))
        return self._seen[key]


def _widths(p: BaseOxmlElement, style: ParagraphStyle | None, width_pt: float,
            faces: _Faces) -> tuple[float, float] | None:
    """The paragraph's text width and the line's room, in points; None when it is empty or
    unstyled (a line of its own)."""
    text = "".join(t.text or "" for t in p.iter(qn("w:t")))
    if not text.strip() or style is None:
        return None
    name, size, font = faces.of(style)
    listed = name in _LISTS or (p.pPr is not None and p.pPr.numPr is not None)
    return text_width(text, font, size), width_pt - (_INDENT_PT if listed else 0.0)


def _count(widths: tuple[float, float] | None, *, least: bool = False) -> int:
    """About how many lines a paragraph of ``widths`` takes (at least one: an empty one is a
    gap). ``least``: the fewest it may take, the measure's error allowed for (a trainer's
    font set a paragraph measured at three lines on two, under a heading at a page foot)."""
    if widths is None:
        return 1
    used, room = widths
    used *= MEASURE_ERROR if least else 1.0
    return max(1, -(-int(used) // max(int(room), 1)))


def _lines(p: BaseOxmlElement, style: ParagraphStyle | None, width_pt: float,
           faces: _Faces) -> int:
    return _count(_widths(p, style, width_pt, faces))


def _table_lines(tbl: BaseOxmlElement, by_id: dict[str, ParagraphStyle], faces: _Faces
                 ) -> int:
    """About how many lines high a table is: each row as high as its tallest cell, and a
    line for its padding."""
    total = 0
    for tr in tbl.iterchildren(qn("w:tr")):
        tallest = 1
        for tc in tr.iterchildren(qn("w:tc")):
            width = tc.find(qn("w:tcPr"))
            tcw = width.find(qn("w:tcW")) if width is not None else None
            cell_pt = int(tcw.get(qn("w:w"), "0")) / 20 if tcw is not None else 0.0
            tallest = max(tallest, sum(_lines(p, by_id.get(p.style), max(cell_pt - 14, 20.0),
                                              faces) for p in tc.iterchildren(_P)))
        total += tallest + 1  # and the cell's padding and rules: about a line a row
    return total


def _kept(p: BaseOxmlElement, by_id: dict[str, ParagraphStyle]) -> bool:
    """Whether the paragraph keeps with the next, set on it or by its style."""
    ppr = p.pPr
    if ppr is not None and ppr.keepNext is not None:
        return bool(ppr.keepNext_val)
    style = by_id.get(p.style)
    return bool(style is not None and style.paragraph_format.keep_with_next)


def _kept_run(first: BaseOxmlElement, by_id: dict[str, ParagraphStyle], width_pt: float,
              faces: _Faces) -> int:
    """How many lines move as one from ``first``: a table, or paragraphs that keep with the
    next (a box drawn in paragraphs) up to the first that does not, and of that one its
    first two lines (the rest may go overleaf)."""
    total = 0
    each: BaseOxmlElement | None = first
    while each is not None:
        if each.tag == _TBL:
            return total + _table_lines(each, by_id, faces)
        if each.tag != _P:
            return total
        lines = _lines(each, by_id.get(each.style), width_pt, faces)
        if not _kept(each, by_id):
            # The last of the run: only its first two lines come along, unless it is held
            # whole.
            whole = each.pPr is not None and each.pPr.keepLines_val
            return total + (lines if whole else min(lines, ORPHAN_LINES))
        total += lines
        if total > RUN_WITH_LINES:
            return total
        each = each.getnext()
    return total


def hold_headings(body: BaseOxmlElement, styles: dict[str, ParagraphStyle],
                  width: Pt, font: str) -> None:
    """Tie each heading in ``body`` to at least LINES_UNDER lines of what follows it.

    ``styles``: "LP …" name -> style; ``width``: the text width; ``font``: the body font
    when a style names none.
    """
    by_id = {style.style_id: style for style in styles.values()}
    heading_ids = {styles[name].style_id for name in HEADINGS if name in styles}
    width_pt = float(width.pt)
    faces = _Faces(font)
    for p in body.iterchildren(_P):
        if p.style not in heading_ids:
            continue
        held = 0
        follower = p.getnext()
        while follower is not None and follower.tag == _P and held < LINES_UNDER:
            if follower.style in heading_ids:
                break  # the next heading holds its own lines
            style = by_id.get(follower.style)
            widths = _widths(follower, style, width_pt, faces)
            lines, fewest = _count(widths), _count(widths, least=True)
            after = follower.getnext()
            if held + fewest < LINES_UNDER and (
                    after is None or _kept_run(after, by_id, width_pt, faces) <= RUN_WITH_LINES):
                # Too short alone: the next comes too; but not a box or table that cannot
                # split, whose move would leave a gap of its own height (a Part's heading
                # and outcome line taken overleaf with its story box put a trainer's KS3
                # plan on a thirteenth page): the heading then sits over its outcome.
                keep_with_next(follower, True)
            elif LINES_UNDER - held > ORPHAN_LINES and lines <= HOLD_WHOLE_LINES:
                # Orphan control already keeps a paragraph's first two lines together;
                # only one that must give more than that is held whole.
                follower.get_or_add_pPr().keepLines_val = True
            held += fewest
            follower = follower.getnext()
