"""Makes examples/templates/brightpath-training/: a freelance trainer's own templates.

Run: python tools/make_example_template.py [deck] [document]

deck.pptx is what a trainer makes in PowerPoint from the blank Office template: PowerPoint's
own layout names ("Title Slide", "Title and Content", "Comparison", …), not ours, a different
master design (a colour bar down the left, the title lower with a rule under it, a dark title
slide), its own theme colours, and two slides of its own. document.docx is a letterhead from
Word's blank template with only Word's usual styles. lessonpack matches the deck's layouts by
their placeholders and adds its styles to the letterhead; see the README.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.shared import Cm, Pt, RGBColor
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml import parse_xml
from pptx.util import Emu, Inches

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lessonpack.io.zipnorm import save_reproducibly  # noqa: E402
from lessonpack.render.deck_theme import A, _set_colours, _set_fonts, _theme_part  # noqa: E402

OUT = ROOT / "examples" / "templates" / "brightpath-training"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{A}" xmlns:p="{P}"'
COLOURS = {"dk1": "1F2328", "lt1": "FFFFFF", "dk2": "123C69", "lt2": "F1F5F9",
           "accent1": "1F6F8B", "accent2": "B8336A", "accent3": "4E8D5B", "accent4": "C77D1A",
           "accent5": "6B5CA5", "accent6": "2A7F87", "hlink": "1F6F8B", "folHlink": "6B5CA5"}
TITLE_BOX = (0.8, 0.55, 11.9, 1.17)
BODY_BOX = (0.8, 1.92, 11.9, 4.93)
WIDE = 12192000 / 9144000  # the blank Office template is 4:3; the trainer's deck is 16:9


def rect(shape_id: int, name: str, box: tuple[float, float, float, float], fill: str,
         alpha: int | None = None, geom: str = "rect") -> etree._Element:
    x, y, w, h = (int(Inches(v)) for v in box)
    tint = f'<a:alpha val="{alpha}"/>' if alpha is not None else ""
    return parse_xml(
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvSpPr/>'
        f'<p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="{x}" y="{y}"/>'
        f'<a:ext cx="{w}" cy="{h}"/></a:xfrm><a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:schemeClr val="{fill}">{tint}</a:schemeClr></a:solidFill>'
        '<a:ln><a:noFill/></a:ln></p:spPr></p:sp>')


def widen(element: etree._Element) -> None:
    for xfrm in element.iter(f"{{{A}}}xfrm"):
        off, ext = xfrm.find(f"{{{A}}}off"), xfrm.find(f"{{{A}}}ext")
        if off is not None and ext is not None:
            off.set("x", str(int(int(off.get("x")) * WIDE)))
            ext.set("cx", str(int(int(ext.get("cx")) * WIDE)))


def place(layout_or_master: object, ph_type: str | None, box: tuple[float, ...]) -> None:
    for ph in layout_or_master.placeholders:  # type: ignore[attr-defined]
        kind = ph._element.ph.get("type")
        if kind == ph_type:
            ph.left, ph.top, ph.width, ph.height = (Emu(int(Inches(v))) for v in box)


def _ph_body(layout_or_master: object, ph_type: str) -> etree._Element | None:
    for ph in layout_or_master.placeholders:  # type: ignore[attr-defined]
        if ph._element.ph.get("type") == ph_type:
            return ph._element.find(f"{{{P}}}txBody")
    return None


def align(layout_or_master: object, ph_type: str, algn: str) -> None:
    """The placeholder's own level-1 paragraphs aligned ``algn`` ("l", "ctr", "r")."""
    tx = _ph_body(layout_or_master, ph_type)
    lst = tx.find(f"{{{A}}}lstStyle")
    lvl = lst.find(f"{{{A}}}lvl1pPr")
    if lvl is None:
        lvl = etree.SubElement(lst, f"{{{A}}}lvl1pPr")
    lvl.set("algn", algn)


def anchor(layout_or_master: object, ph_type: str, where: str) -> None:
    tx = _ph_body(layout_or_master, ph_type)
    tx.find(f"{{{A}}}bodyPr").set("anchor", where)


def title_size(layout: object, size: int) -> None:
    """The layout's title in ``size`` pt (the cover's title well above its subtitle)."""
    tx = _ph_body(layout, "ctrTitle")
    lvl = tx.find(f"{{{A}}}lstStyle/{{{A}}}lvl1pPr")
    lvl.find(f"{{{A}}}defRPr").set("sz", str(size * 100))


def colour_text(layout: object, colour: str, size: int | None = None) -> None:
    """A layout's placeholder text in a theme colour (white on the dark title slide)."""
    for ph in layout.placeholders:  # type: ignore[attr-defined]
        tx = ph._element.find(f"{{{P}}}txBody")
        lst = tx.find(f"{{{A}}}lstStyle")
        sz = f' sz="{size * 100}"' if size else ""
        lst.append(etree.fromstring(
            f'<a:lvl1pPr {NSDECL}><a:defRPr{sz}><a:solidFill><a:schemeClr val="{colour}"/>'
            '</a:solidFill></a:defRPr></a:lvl1pPr>'))


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    # PowerPoint's widescreen size has no preset name; python-pptx's blank deck says 4:3,
    # and its Slide Size dialog would then offer to "fix" the 16:9 slides.
    prs._element.find(f"{{{P}}}sldSz").attrib.pop("type", None)
    master = prs.slide_master
    for element in (master._element, *(lay._element for lay in master.slide_layouts)):
        widen(element)
    theme = _theme_part(master)
    root = etree.fromstring(theme.blob)
    clr = root.find(f".//{{{A}}}clrScheme")
    clr.set("name", "Brightpath")
    _set_colours(clr, COLOURS)
    _set_fonts(root.find(f".//{{{A}}}fontScheme"), "Calibri", "Calibri")
    theme._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    # Master: a teal bar down the left, the title lower with a rule under it. Titles are
    # left-aligned like the body under them, 32 pt bold, in a box two lines deep that sits on
    # the rule (a one-line title sits on it too), with room above for a short line such as
    # lessonpack's kicker clear of the slide's top edge (projectors crop it).
    tree = master._element.find(f"{{{P}}}cSld/{{{P}}}spTree")
    tree.insert(2, rect(40, "Side bar", (0, 0, 0.28, 7.5), "accent1"))
    tree.insert(3, rect(41, "Title rule", (0.8, 1.74, 11.9, 0.04), "accent2"))
    place(master, "title", TITLE_BOX)
    place(master, "body", BODY_BOX)
    # The footer: one line at the foot, centred on the slide as in PowerPoint's own master
    # (left-aligned after the logo's place, it started 1.2 in after the logo, in line with
    # nothing, and floated alone on a section slide), the date's place at the left (where
    # lessonpack puts the team's logo) and the slide number at the right.
    place(master, "dt", (0.8, 7.0, 2.0, 0.4))
    place(master, "ftr", ((13.333 - 7.9) / 2, 7.0, 7.9, 0.4))
    place(master, "sldNum", (11.2, 7.0, 1.5, 0.4))
    align(master, "ftr", "ctr")
    align(master, "title", "l")
    anchor(master, "title", "b")
    styles = master._element.find(f"{{{P}}}txStyles")
    title_ppr = styles.find(f"{{{P}}}titleStyle/{{{A}}}lvl1pPr")
    title_ppr.set("algn", "l")
    title_rpr = title_ppr.find(f"{{{A}}}defRPr")
    title_rpr.set("sz", "3200")
    title_rpr.set("b", "1")
    title_rpr.find(f".//{{{A}}}schemeClr").set("val", "tx2")
    for lvl, size in (("lvl1pPr", 2400), ("lvl2pPr", 2000)):
        styles.find(f"{{{P}}}bodyStyle/{{{A}}}{lvl}/{{{A}}}defRPr").set("sz", str(size))
    by_name = {lay.name: lay for lay in master.slide_layouts}
    for name in ("Title and Content", "Two Content", "Comparison", "Title Only",
                 "Title and Vertical Text", "Content with Caption"):
        place(by_name[name], "title", TITLE_BOX)
    place(by_name["Title and Content"], None, BODY_BOX)
    x, y, w, h = BODY_BOX
    half = (w - 0.3) / 2
    for n, ph in enumerate(p for p in by_name["Two Content"].placeholders
                           if p.placeholder_format.idx in (1, 2)):
        ph.left, ph.top, ph.width, ph.height = (Emu(int(Inches(v))) for v in
                                                (x + n * (half + 0.3), y, half, h))

    # Title slide: dark, the master hidden, a band of accent colour, two soft circles.
    title = by_name["Title Slide"]
    title._element.set("showMasterSp", "0")
    ttree = title._element.find(f"{{{P}}}cSld/{{{P}}}spTree")
    for n, shape in enumerate((rect(50, "Background", (0, 0, 13.333, 7.5), "tx2"),
                               rect(51, "Band", (0, 5.9, 13.333, 0.22), "accent2"),
                               rect(52, "Circle", (9.2, 0.9, 3.4, 3.4), "accent1", 60000,
                                    "ellipse"),
                               rect(53, "Circle small", (10.9, 3.5, 1.8, 1.8), "bg1", 18000,
                                    "ellipse"))):
        ttree.insert(2 + n, shape)
    place(title, "ctrTitle", (0.9, 1.6, 8.0, 2.4))
    place(title, "subTitle", (0.9, 4.1, 8.0, 1.4))
    colour_text(title, "bg1")
    title_size(title, 44)
    align(title, "subTitle", "l")  # under the title, in its alignment
    # The cover carries no footer or slide number (PowerPoint's "Don't show on title slide").
    for ph in list(title.placeholders):
        if ph.placeholder_format.type in (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER,
                                          PP_PLACEHOLDER.SLIDE_NUMBER):
            ph._element.getparent().remove(ph._element)
    section = by_name["Section Header"]
    section._element.set("showMasterSp", "0")
    section._element.find(f"{{{P}}}cSld/{{{P}}}spTree").insert(
        2, rect(60, "Background", (0, 0, 13.333, 7.5), "accent1"))
    colour_text(section, "bg1")

    # The trainer's own two slides; lessonpack leaves them out of what it builds.
    welcome = prs.slides.add_slide(title)
    welcome.shapes.title.text = "Staying safe online"
    welcome.placeholders[1].text = "Brightpath Training · workshops for schools and families"
    about = prs.slides.add_slide(by_name["Title and Content"])
    about.shapes.title.text = "About Brightpath"
    about.placeholders[1].text = "Online-safety workshops for pupils, staff and parents"
    core = prs.core_properties
    core.title, core.author, core.last_modified_by = "Brightpath deck", "Brightpath", "Brightpath"
    return save_reproducibly(prs)


def build_document() -> bytes:
    """A letterhead on Word's blank template: only Word's own styles. A4 (python-docx's
    blank template is US Letter, which stalls or prints shifted on a school's A4 copier),
    with 2 cm side margins as a UK school's documents have (Letter's 3.2 cm sides cost a
    lesson plan two pages)."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.left_margin = section.right_margin = Cm(2)
    section.header_distance = section.footer_distance = Cm(1.25)
    styles = document.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(11)
    heading = styles["Heading 1"]
    heading.font.name = "Calibri"
    heading.font.color.rgb = RGBColor(0x12, 0x3C, 0x69)
    header = document.sections[0].header.paragraphs[0]
    run = header.add_run("Brightpath Training")
    run.bold = True
    run.font.color.rgb = RGBColor(0x12, 0x3C, 0x69)
    header.add_run("   ·   Online-safety workshops for schools and families")
    document.sections[0].footer.paragraphs[0].text = (
        "Brightpath Training Ltd · 14 Mill Lane, Northshire NS1 4AB · www.brightpath.example")
    document.add_paragraph("Letterhead: lessonpack replaces this text with the document.")
    props = document.core_properties
    props.author = props.last_modified_by = "Brightpath"
    props.title = "Brightpath letterhead"
    return save_reproducibly(document)


def main(which: list[str]) -> None:
    """Writes both files, or only those named ("deck", "document")."""
    OUT.mkdir(parents=True, exist_ok=True)
    makers = {"deck.pptx": build_deck, "document.docx": build_document}
    for name, make in makers.items():
        if not which or name.split(".")[0] in which:
            (OUT / name).write_bytes(make())
            print(f"wrote {(OUT / name).relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
