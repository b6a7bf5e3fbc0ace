"""Words with a hyphen, and ranges with a dash, kept whole on a slide's lines, by layout.

LibreOffice and PowerPoint may break a line after a hyphen or an en dash: "Tell a grown-/up."
on KS1's ground rules, "Instagram 13–/15" on KS4's age rules, "live-/streamed" in a parents'
figure. lessonpack measures a word as everything between spaces, so a break inside one also
made the text a line longer than measured.

No invisible character does the holding: a zero-width joiner (U+2060) breaks search and copy
in exported PDFs and is spoken by some screen readers, and Carlito (LibreOffice's stand-in for
Calibri) has no non-breaking hyphen (U+2011). Instead each text is wrapped here as the check
measures it (check.measure's fonts, check.pptx_text's resolved sizes and insets), and where a
line ends just before a compound whose first part would still fit on it, a real line break
(a:br) replaces the space before the compound: the renderer then has nowhere to split it.
Where a compound ends a line with almost no room to spare, it is moved too, since a renderer
measuring a hair wider would split it.

Left alone: a [bracketed field] a school fills in, code-like tokens (deck_quotes' kept spans),
addresses (a break in them is harmless, and they are copied), a dash between spaces (a
pause, not a compound), and table cells (lessonpack's tables hold no compounds near an edge).

A middle dot between list items ("not your fault · don't pay · report") is held to the word
before it with a no-break space, an ordinary visible space, so no line starts with a dot.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from lxml import etree

from lessonpack.check.measure import text_width
from lessonpack.check.pptx_shapes import NS
from lessonpack.check.pptx_text import Frame, Para, Run, text_frame
from lessonpack.check.pptx_text_rules import overflow
from lessonpack.geometry import EMU_PT
from lessonpack.plan.quotes import KEPT_SPANS as KEPT
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_even_lines import MARK, marked, soft_break, unbreak_marked, wrap_width
from lessonpack.render.ooxml import A

_T = f"{{{A}}}t"
_R = f"{{{A}}}r"
# An address a reader may copy (a web or email address, a path).
_ADDRESS = re.compile(r"\S*(?:/|@|[^\W_]\.[^\W\d_])\S*")
# A hyphen between letters ("grown-up", "live-streamed"), or a hyphen or en dash between
# digits ("13–15", "5-7").
_JOIN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])|(?<=\d)[-\u2013](?=\d)")
# A compound that fills its line to within this share of the width moves to the next line:
# PowerPoint (Calibri) and LibreOffice (Carlito) kern a little differently from Pillow.
_SPARE = 0.015

# A middle dot between list items: the space before it held, so no line starts with a dot.
_DOT = " \u00b7 "


def keep_whole(text: str) -> str:
    """``text`` with each list dot held to the word before it (a list: three dots or more,
    not a kicker such as "Cycle 2 · Check 1 of 2 · Answer")."""
    if text.count(_DOT) >= 3:
        text = text.replace(_DOT, "\u00a0\u00b7 ")
    return text


def _splits(text: str) -> dict[int, list[int]]:
    """Where a renderer may break inside a word of ``text``: for each word's start, the
    indexes just after its compounds' hyphens and ranges' dashes, outside kept spans (a
    [field], code) and addresses."""
    kept = [False] * len(text)
    for span in (*KEPT.finditer(text), *_ADDRESS.finditer(text)):
        for i in range(span.start(), span.end()):
            kept[i] = True
    found: dict[int, list[int]] = {}
    for mark in _JOIN.finditer(text):
        if not kept[mark.start()]:
            start = max(text.rfind(" ", 0, mark.start()), text.rfind("\n", 0, mark.start()))
            found.setdefault(start + 1, []).append(mark.end())
    return found


class _Styled:
    """A paragraph's text with each character's look, measured in stretches of one look."""

    def __init__(self, para: Para, scale: float) -> None:
        self.text = "".join(r.shown for r in para.runs)
        self.looks: list[tuple[str, float, bool]] = []
        for run in para.runs:
            self.looks += [(run.font, run.size * scale, run.bold)] * len(run.shown)

    def width(self, start: int, end: int) -> float:
        total, i = 0.0, start
        while i < end:
            j = i
            while j < end and self.looks[j] == self.looks[i]:
                j += 1
            family, size, bold = self.looks[i]
            total += text_width(self.text[i:j], family, size, bold)
            i = j
        return total


def _breaks(para: Para, scale: float, width: float) -> list[int]:
    """Indexes (into the paragraph's text) of the spaces to turn into line breaks."""
    styled = _Styled(para, scale)
    text = styled.text
    if len(text) != sum(len(r.text) for r in para.runs) or not re.search(_JOIN, text):
        return []  # capitals changed a length (ß → SS), or nothing to hold
    splits = _splits(text)
    if not splits:
        return []
    found: list[int] = []
    offset = 0
    for line in text.split("\n"):
        words = [(m.start() + offset, m.end() + offset) for m in re.finditer(r"[^ ]+", line)]
        start: int | None = None
        for w_start, w_end in words:
            if start is None:
                start = w_start
                continue
            inside = splits.get(w_start, [])
            whole = styled.width(start, w_end)
            if whole > width:
                if any(styled.width(start, s) <= width for s in inside):
                    found.append(w_start - 1)
                start = w_start
            elif inside and whole > width * (1 - _SPARE):
                found.append(w_start - 1)
                start = w_start
        offset += len(line) + 1
    return [i for i in found if text[i] == " "]


def _break_at(p: etree._Element, index: int) -> None:
    """Replace the space at ``index`` of paragraph ``p``'s text with an a:br."""
    at = 0
    for child in p:
        name = etree.QName(child).localname
        if name == "br":
            at += 1
            continue
        if name not in ("r", "fld"):
            continue
        t = child.find("a:t", NS)
        text = (t.text or "") if t is not None else ""
        if at <= index < at + len(text):
            if name != "r" or t is None:
                return
            cut = index - at
            after = copy.deepcopy(child)
            t.text = text[:cut]
            after_t = after.find("a:t", NS)
            after_t.text = text[cut + 1:]
            # This module's break (marked: undone if the size changes).
            br = soft_break(child.find("a:rPr", NS), HELD_BY)
            child.addnext(br)
            br.addnext(after)
            if not t.text:
                p.remove(child)
            if not after_t.text:
                p.remove(after)
            return
        at += len(text)


# The mark on a line break this module put in: deck_sizes sets a deck's repeated parts at one
# size after every slide is drawn, and a break made for the larger size left "Come to a"
# alone on a line over "one-to-one stream, just you and me". ``rehold`` undoes the marked
# breaks and holds again at the size the shape ends with (deck_even_lines says why this
# attribute).
HELD = MARK
HELD_BY = "lessonpack-held-compound"
_BR, _RPR = f"{{{A}}}br", f"{{{A}}}rPr"


def rehold(sp: etree._Element) -> None:
    """A drawn shape whose type size changed after its compounds were held: each marked
    break put back to the space it was, and the compounds held again at the new size. Only
    where everything measured is on the shape itself (its box, insets, each run's size and
    font: lessonpack's drawn text), a shape on the slide itself (not in a group, whose box is
    in the group's own units); else as it was."""
    paras = [p for p in sp.iterfind("p:txBody/a:p", NS)
             if any(marked(br, HELD_BY) for br in p.iter(_BR))]
    width = wrap_width(sp) if paras else None
    if width is None or any(_measured(p) is None for p in paras):
        return
    for p in paras:
        unbreak_marked(p, HELD_BY, join=False)
        para = _measured(p)
        if para is not None:
            for index in reversed(_breaks(para, 1.0, width - para.indent)):
                _break_at(p, index)


def _measured(p: etree._Element) -> Para | None:
    """Paragraph ``p`` as the measure reads it, from its own runs' sizes and fonts; None
    when a run leaves either to a style."""
    runs: list[Run] = []
    for child in p:
        name = etree.QName(child).localname
        if name not in ("r", "br"):
            continue
        r_pr = child.find(_RPR)
        font = r_pr.find("a:latin", NS) if r_pr is not None else None
        if r_pr is None or not r_pr.get("sz") or font is None or not font.get("typeface"):
            return None
        text = "\n" if name == "br" else (child.findtext("a:t", "", NS) or "")
        runs.append(Run(text, int(r_pr.get("sz")) / 100, r_pr.get("b") == "1",
                        font.get("typeface"), None))
    p_pr = p.find("a:pPr", NS)
    indent = int(p_pr.get("marL", "0")) / EMU_PT if p_pr is not None else 0.0
    size = max((r.size for r in runs), default=0.0)
    return Para(tuple(runs), indent, 0.0, 1.0, None, size) if runs else None


def _hold(p_els: list[etree._Element], frame: Frame, width: float) -> None:
    for p, para in zip(p_els, frame.paras, strict=False):
        room = width - para.indent
        if room <= 0 or not para.runs:
            continue
        for index in reversed(_breaks(para, frame.font_scale, room)):
            _break_at(p, index)


def hold_compounds(slide: Any) -> None:
    """Every text on ``slide`` (a python-pptx Slide) with its compounds and ranges on one
    line, and its list dots held to the word before."""
    tree = slide.shapes.element
    if _dotted(tree):
        _hold_dots(slide)
    if not _joined(tree):
        return
    view = view_of(slide)
    for item in view.items:
        if item.layer != "slide" or item.tx_body is None:
            continue
        if not any(_JOIN.search(t.text or "") for t in item.tx_body.iter(_T)):
            continue
        frame = text_frame(item, view)
        if frame is None or not frame.wrap or frame.vertical:
            continue
        left, _top, right, _bottom = frame.insets
        width = item.box[2] / EMU_PT - left - right
        if width <= 0:
            continue
        fitted = overflow(item, frame) is None
        paragraphs = item.tx_body.findall("a:p", NS)
        kept = [copy.deepcopy(p) for p in paragraphs]
        _hold(paragraphs, frame, width)
        after = text_frame(item, view)
        if fitted and after is not None and overflow(item, after) is not None:
            # A line break that costs a line the box does not have: a word split at its
            # hyphen reads better than text running out of its box.
            for p, before in zip(paragraphs, kept, strict=True):
                p.getparent().replace(p, before)


def _dotted(tree: etree._Element) -> bool:
    """Whether some text under ``tree`` has list dots to hold (keep_whole)."""
    return any(keep_whole(t.text) != t.text for t in tree.iter(_T) if t.text)


def _joined(tree: etree._Element) -> bool:
    """Whether some text under ``tree`` has a compound or a range to keep whole."""
    return any(_JOIN.search(t.text) for t in tree.iter(_T) if t.text)


def _hold_dots(slide: Any) -> None:
    """Each text's list dots held to the word before (keep_whole), where that costs no line
    its box lacks: the text was fitted with ordinary spaces there, and a no-break space
    moves a word and its dot to the next line (a reply task's checklist in a 3 in card, in
    a theme font measured by estimate, ran a sixth line out of its five: shana/talks
    "template" at KS4). A line that starts with a dot reads better than text run out of
    its box."""
    view = view_of(slide)
    unheld: list[etree._Element] = []  # kept as they were (the elements themselves)
    for item in view.items:
        if item.layer == "slide" and item.tx_body is not None:
            unheld += _hold_if_it_fits(item, view)
    # Text the check's view does not measure (a table's cells) is held as before.
    for t in slide.shapes.element.iter(_T):
        if t.text and not any(t is kept for kept in unheld):
            t.text = keep_whole(t.text)


def _hold_if_it_fits(item: Any, view: Any) -> list[etree._Element]:
    """The dots of ``item``'s text held where it fitted and still fits; the text elements
    left with plain spaces (none when holding cost nothing)."""
    texts = [t for t in item.tx_body.iter(_T) if t.text and keep_whole(t.text) != t.text]
    frame = text_frame(item, view) if texts else None
    if frame is None or overflow(item, frame) is not None:
        return []
    before = [t.text for t in texts]
    for t in texts:
        t.text = keep_whole(t.text)
    after = text_frame(item, view)
    if after is None or overflow(item, after) is None:
        return []
    for t, text in zip(texts, before, strict=True):
        t.text = text
    return texts
