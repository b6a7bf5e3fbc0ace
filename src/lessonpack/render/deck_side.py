"""Points beside a drawing on a trainer's slide, set as lessonpack's own layout sets them.

lessonpack's "LP Chart" layout gives the points beside research figures a tinted panel and
bullets. A trainer's layout has no such placeholder, so the points go into a stand-in text
box (render/pptx.py, role "side"), styled for the one bold question a stream slide asks
beside it. Several points set that way read as one bold block run to the margin (Brightpath
parents s5-6). Here the box with more than one paragraph becomes a panel: the theme's light
background (its text colour is then chosen by deck_contrast), bullets, regular 20 pt. The
text is fitted afterwards by deck_contrast.refit_text, as any other text box.
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

SIDE_NAME = "Side"  # the text box render/pptx.py adds for the "side" role
INSET = int(Inches(0.15))
BULLET_INDENT = int(Inches(0.25))
POINTS_PT = 20


def points_panel(slide: Any) -> None:
    """Restyle a stand-in "Side" text box holding several points as a tinted bulleted panel."""
    for shape in slide.shapes:
        if shape.name != SIDE_NAME or shape.is_placeholder or not shape.has_text_frame:
            continue
        frame = shape.text_frame
        paragraphs = [p for p in frame.paragraphs if p.text.strip()]
        if len(paragraphs) < 2:
            continue  # one question: bold, as it is
        shape.fill.solid()
        shape.fill.fore_color.theme_color = MSO_THEME_COLOR.BACKGROUND_2
        frame.margin_left = frame.margin_right = Emu(INSET)
        frame.margin_top = frame.margin_bottom = Emu(INSET)
        frame.vertical_anchor = MSO_ANCHOR.TOP
        for para in paragraphs:
            p_pr = para._p.get_or_add_pPr()
            p_pr.set("marL", str(BULLET_INDENT))
            p_pr.set("indent", str(-BULLET_INDENT))
            for child in p_pr.findall(qn("a:buNone")):
                p_pr.remove(child)
            bullet = etree.SubElement(p_pr, qn("a:buChar"))
            bullet.set("char", "•")
            _in_schema_order(p_pr)
            para.space_before = Pt(8)
            for run in para.runs:
                run.font.bold = False
                run.font.size = Pt(POINTS_PT)


_P_PR_ORDER = ("lnSpc", "spcBef", "spcAft", "buClrTx", "buClr", "buSzTx", "buSzPct", "buSzPts",
               "buFontTx", "buFont", "buNone", "buAutoNum", "buChar", "buBlip", "tabLst",
               "defRPr", "extLst")


def _in_schema_order(p_pr: etree._Element) -> None:
    """a:pPr's children in the order the schema asks (PowerPoint repairs a file otherwise)."""
    rank = {qn(f"a:{name}"): n for n, name in enumerate(_P_PR_ORDER)}
    children = sorted(p_pr, key=lambda el: rank.get(el.tag, len(rank)))
    for child in children:
        p_pr.append(child)
