"""A template's masters and layouts in the deck's language: their prompt text in English and
every run marked with the deck's language.

The built slides are proofed in en-GB (deck_language), but a German or Arabic template's
masters and layouts kept ``lang="de-DE"`` or ``lang="ar-SA"`` and their prompts
("Mastertitelformat bearbeiten", "انقر لتحرير نمط العنوان الرئيسي"): a trainer who added a
slide got a prompt in another language and English text proofed as German or Arabic.
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.presentation import Presentation as PresentationT

from lessonpack.render.ooxml import A, P, set_lang

# PowerPoint's own English prompts, by placeholder type and (for text) by level.
TITLE_PROMPT = "Click to edit Master title style"
SUBTITLE_PROMPT = "Click to edit Master subtitle style"
TEXT_PROMPTS = ("Click to edit Master text styles", "Second level", "Third level",
                "Fourth level", "Fifth level")
TITLES = {"title", "ctrTitle"}
TEXTS = {"body", "obj", ""}  # a placeholder with no type is a body


def english_masters(prs: PresentationT, lang: str) -> None:
    """Every master's and layout's prompts in English where they are in another language,
    and all their runs and text styles' defaults in ``lang``."""
    for master in prs.slide_masters:
        for root in (master.element, *(layout.element for layout in master.slide_layouts)):
            for sp in root.iter(f"{{{P}}}sp"):
                _english_prompt(sp)
            set_lang(root, lang)
            for rpr in root.iter(f"{{{A}}}defRPr"):
                if rpr.get("lang"):
                    rpr.set("lang", lang)


def _english_prompt(sp: etree._Element) -> None:
    """The placeholder's prompt paragraphs in English, where a run of it is marked in a
    language other than English (the template's own prompt, not a trainer's words)."""
    ph = sp.find(f"{{{P}}}nvSpPr/{{{P}}}nvPr/{{{P}}}ph")
    if ph is None:
        return
    kind = ph.get("type", "")
    if kind not in TITLES | TEXTS | {"subTitle"}:
        return  # a date, footer or slide number: fields, not prompts
    for paragraph in sp.iter(f"{{{A}}}p"):
        runs = paragraph.findall(f"{{{A}}}r")
        if not runs or not any(_foreign(run) for run in runs):
            continue
        level = int(_level(paragraph))
        words = TITLE_PROMPT if kind in TITLES else SUBTITLE_PROMPT if kind == "subTitle" \
            else TEXT_PROMPTS[min(level, len(TEXT_PROMPTS) - 1)]
        runs[0].find(f"{{{A}}}t").text = words
        for extra in runs[1:]:
            paragraph.remove(extra)


def _foreign(run: etree._Element) -> bool:
    rpr = run.find(f"{{{A}}}rPr")
    lang = rpr.get("lang", "") if rpr is not None else ""
    return bool(lang) and not lang.lower().startswith("en")


def _level(paragraph: Any) -> str:
    ppr = paragraph.find(f"{{{A}}}pPr")
    return ppr.get("lvl", "0") if ppr is not None else "0"
