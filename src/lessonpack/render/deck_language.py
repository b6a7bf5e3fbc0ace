"""The language a deck's text is in, on every run of its slides and notes and as its default
for text typed later: PowerPoint proofs each run in the language it carries."""

from __future__ import annotations

from typing import Any

from pptx.presentation import Presentation as PresentationT

from lessonpack.render.deck_master_language import english_masters
from lessonpack.render.ooxml import A, P, set_lang
from lessonpack.render.ooxml.slides import slides_xml


def tag_deck_language(prs: PresentationT, lang: str) -> None:
    """Every run on every slide and notes page in ``lang``, and the deck's default for text
    typed later. Text copied from a layout (a slide number field) and python-pptx's own
    defaults carry en-US, so UK spellings would be flagged in PowerPoint."""
    def tag(tree: Any) -> None:
        set_lang(tree, lang)

    english_masters(prs, lang)  # a slide the trainer adds later: prompts, proofing
    for slide in slides_xml(prs):  # a kept slide's saved bytes, too
        slide.rewrite(("app:lang", lang), tag)
        notes = slide.notes()
        if notes is not None:
            notes.rewrite(("app:lang", lang), tag)
    defaults = prs.element.find(f"{{{P}}}defaultTextStyle")
    if defaults is not None:
        for rpr in defaults.iter(f"{{{A}}}defRPr"):
            if rpr.get("lang"):
                rpr.set("lang", lang)
        first = defaults.find(f"{{{A}}}defPPr/{{{A}}}defRPr")
        if first is not None:
            first.set("lang", lang)
