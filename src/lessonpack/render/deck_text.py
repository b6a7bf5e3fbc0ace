"""Text into a slide's text body: one paragraph per line, written straight into the XML.

This is what python-pptx's ``TextFrame.clear``, ``add_paragraph``, ``add_run`` and the font
setters make, element for element and attribute for attribute (tests/test_deck_text.py
compares the two), without their object model: filling placeholders and speaker notes
through it was a quarter of the time spent on a new deck.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lxml import etree

from lessonpack.render.ooxml import A, set_lang

LANG = "en-GB"
_P, _PPR, _R, _RPR, _T = (f"{{{A}}}{tag}" for tag in ("p", "pPr", "r", "rPr", "t"))
_BU_NONE, _END = f"{{{A}}}buNone", f"{{{A}}}endParaRPr"
_CONTENT = {f"{{{A}}}{tag}" for tag in ("r", "br", "fld")}
# Control characters DrawingML cannot hold, written as python-pptx writes them ("_x0007_").
_CONTROL = re.compile(r"([\x00-\x08\x0B-\x1F])")


def fill_body(body: Any, lines: Sequence[str], *, bold_prefix: Sequence[str] = (),
              lead: bool = False, size_pt: int | None = None) -> None:
    """One paragraph per line in the text body ``body`` (a p:txBody), replacing its text;
    an optional bold prefix per line, or (``lead``) a first line that is a bold, unbulleted
    heading for the rest; every run at ``size_pt`` when given."""
    first = emptied(body)
    # Numbered and lone lines need no bullet; lines whose leads are all empty (a panel of
    # one-phrase points, set regular) keep the layout's bullets.
    plain = any(bold_prefix) or len(lines) == 1
    for i, line in enumerate(lines):
        p = first if i == 0 else etree.SubElement(body, _P)
        if plain or (lead and i == 0):
            no_bullet(p)
        if bold_prefix and bold_prefix[i]:
            add_run(p, bold_prefix[i], bold=True)
        # After a bold lead the words are regular even in a bold placeholder (the closing
        # messages' panel): a lead stands out only against plain words.
        add_run(p, line, bold=lead and i == 0,
                regular=bool(bold_prefix))
    set_lang(body, LANG)
    if size_pt is not None:
        for rpr in body.iter(_RPR):
            rpr.set("sz", str(size_pt * 100))


def emptied(body: Any) -> Any:
    """``body``'s first paragraph with its text removed (its properties kept), the others
    gone: where fill_body and the notes' cue lines (notes_cues) write their paragraphs."""
    paragraphs = body.findall(_P)
    for extra in paragraphs[1:]:
        body.remove(extra)
    first = paragraphs[0]  # a text body always has one (IndexError otherwise, as before)
    for child in list(first):
        if child.tag in _CONTENT:
            first.remove(child)
    return first


def no_bullet(p: Any) -> None:
    """A paragraph without bullet or hanging indent."""
    ppr = p.find(_PPR)
    if ppr is None:
        ppr = p.makeelement(_PPR, {})
        p.insert(0, ppr)
    ppr.set("marL", "0")
    ppr.set("indent", "0")
    for old in ppr.findall(_BU_NONE):
        ppr.remove(old)
    ppr.insert(0, ppr.makeelement(_BU_NONE, {}))


def add_run(p: Any, text: str, *, bold: bool, regular: bool = False) -> None:
    """A run of ``text`` at the end of paragraph ``p`` (before its end properties), bold
    when asked; ``regular``: not bold whatever the placeholder's own weight."""
    r = p.makeelement(_R, {})
    end = p.find(_END)
    if end is not None:
        end.addprevious(r)
    else:
        p.append(r)
    if bold or regular:
        etree.SubElement(r, _RPR, {"b": "1" if bold else "0"})
    etree.SubElement(r, _T).text = escape_control(text)


def escape_control(text: str) -> str:
    """Control characters DrawingML cannot hold, written as python-pptx writes them."""
    return _CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", text)
