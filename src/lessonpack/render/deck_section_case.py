"""Section titles in sentence case, whatever the template's capitals setting.

A trainer's section layout may set its title in capitals (Brightpath's: "GOOD ATTENTION, BAD
ATTENTION"). Capitals are harder to read, above all for children still learning to decode,
and every other title in the deck is in sentence case, as the content writes it: a section
slide's title placeholder gets a style of its own saying "no capitals", which beats the
layout's and the master's, and which the title's measuring reads (deck_fit.inherited_attr).
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.oxml.ns import qn

from lessonpack.kinds.base import Filler
from lessonpack.render.ooxml.placeholders import placeholder

_TX, _BODY_PR, _LST, _LVL1, _DEF_RPR, _EXT = (
    qn(t) for t in ("p:txBody", "a:bodyPr", "a:lstStyle", "a:lvl1pPr", "a:defRPr", "a:extLst"))


def section_title_as_written(filler: Filler) -> None:
    """The slide's title shown as the content writes it, never in capitals."""
    title = placeholder(filler.slide, filler.slots.get("title"))
    if title is not None:
        sentence_case(title)


def sentence_case(title: Any) -> None:
    """``title`` (a title placeholder) with its own level-1 style saying "no capitals"."""
    body = title.element.find(_TX)
    if body is None:
        return
    styles = body.find(_LST)
    if styles is None:
        styles = etree.Element(_LST)
        props = body.find(_BODY_PR)
        if props is not None:
            props.addnext(styles)
        else:
            body.insert(0, styles)
    level = styles.find(_LVL1)
    if level is None:
        level = etree.Element(_LVL1)
        styles.insert(0, level)
    run = level.find(_DEF_RPR)
    if run is None:
        run = etree.Element(_DEF_RPR)
        ext = level.find(_EXT)  # the schema's order: run defaults before any extension
        if ext is not None:
            ext.addprevious(run)
        else:
            level.append(run)
    run.set("cap", "none")
