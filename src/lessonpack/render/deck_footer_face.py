"""A LibreOffice template's footers and slide numbers in the theme's body font.

LibreOffice writes its default face, Times New Roman, into the date, footer and slide
number placeholders of the templates it saves (lo "fire red", "smooth black"): every slide
of a sans deck carried a serif page number. Those placeholders' Times is made the theme's
body font (``+mn-lt``) on the masters and layouts, which the slides' footers copy.
"""

from __future__ import annotations

from pptx.presentation import Presentation as PresentationT

from lessonpack.render.ooxml import A, P

LIBREOFFICE_FACE = "Times New Roman"
FOOTERS = {"dt", "ftr", "sldNum"}


def footers_in_body_face(prs: PresentationT) -> int:
    """Rewrite LibreOffice's Times in every footer placeholder of the deck's masters and
    layouts as the theme's body font; the number of faces rewritten."""
    changed = 0
    for master in prs.slide_masters:
        for root in (master.element, *(layout.element for layout in master.slide_layouts)):
            for sp in root.iter(f"{{{P}}}sp"):
                ph = sp.find(f"{{{P}}}nvSpPr/{{{P}}}nvPr/{{{P}}}ph")
                if ph is None or ph.get("type") not in FOOTERS:
                    continue
                for latin in sp.iter(f"{{{A}}}latin"):
                    if latin.get("typeface") == LIBREOFFICE_FACE:
                        latin.set("typeface", "+mn-lt")
                        changed += 1
    return changed
