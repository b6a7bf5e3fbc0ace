"""Rebuilds templates/deck.pptx, the built-in 16:9 lesson deck, from python-pptx's default.

Run: python tools/build_pptx_template.py   (writes templates/deck.pptx, same bytes every time)

Every colour is a theme colour (dk2 = brand primary, accent1 = secondary, accent2 = accent,
lt2 = light) and every font is the theme's heading/body font, so a brand applied to the theme
reaches every layout, and a teacher editing the deck later keeps it. Layouts are addressed by
name and placeholders by idx: each slide kind's module (src/lessonpack/kinds/) names the layout
it needs and its placeholders' idx, and tests/test_kinds.py checks this template has them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Emu, Inches

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lessonpack.io.zipnorm import save_reproducibly  # noqa: E402
from lessonpack.render.deck_theme import apply_theme  # noqa: E402

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
NSDECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
W, H = Emu(12192000), Emu(6858000)  # 13.333 × 7.5 in, PowerPoint's 16:9
MARGIN = Inches(0.6)
FOOTER_Y = Inches(6.95)


def emu(v: float) -> int:
    return int(Inches(v))


class Tree:
    """Accumulates shapes for one spTree with unique ids."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.next_id = 2

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def placeholder(self, name: str, ph: str, box: tuple[float, float, float, float], *,
                    size: int, colour: str, bold: bool = False, font: str = "+mn-lt",
                    anchor: str = "t", align: str = "l", bullets: bool = False,
                    prompt: str = "", caps: bool = False, space_before: int | None = None
                    ) -> None:
        x, y, w, h = (emu(v) for v in box)
        bullet = (
            '<a:buFont typeface="Arial"/><a:buChar char="&#8226;"/>'
            if bullets else "<a:buNone/>"
        )
        indent = 'marL="342900" indent="-342900"' if bullets else 'marL="0" indent="0"'
        cap = ' cap="all"' if caps else ""
        spacing = (space_before if space_before is not None else (9 if bullets else 0)) * 100
        self.items.append(f"""
<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{self._id()}" name="{name}"/>
<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr>
<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm></p:spPr>
<p:txBody><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" anchor="{anchor}"><a:noAutofit/>
</a:bodyPr><a:lstStyle><a:lvl1pPr {indent} algn="{align}">
<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="{spacing}"/>
</a:spcBef>{bullet}<a:defRPr sz="{size * 100}" b="{1 if bold else 0}"{cap}>
<a:solidFill><a:schemeClr val="{colour}"/></a:solidFill><a:latin typeface="{font}"/>
</a:defRPr></a:lvl1pPr></a:lstStyle>
<a:p><a:r><a:rPr lang="en-GB"/><a:t>{prompt or name}</a:t></a:r></a:p></p:txBody></p:sp>""")

    def rect(self, name: str, box: tuple[float, float, float, float], fill: str, *,
             geom: str = "rect", line: str | None = None, alpha: int | None = None,
             text: str = "", size: int = 18, text_colour: str = "lt1", bold: bool = True,
             adj: int | None = None) -> None:
        x, y, w, h = (emu(v) for v in box)
        fill_xml = (
            "<a:noFill/>" if fill == "none" else
            f'<a:solidFill><a:schemeClr val="{fill}">'
            + (f'<a:alpha val="{alpha}"/>' if alpha is not None else "")
            + "</a:schemeClr></a:solidFill>"
        )
        line_xml = (
            f'<a:ln w="28575"><a:solidFill><a:schemeClr val="{line}"/></a:solidFill></a:ln>'
            if line else "<a:ln><a:noFill/></a:ln>"
        )
        av = f'<a:gd name="adj" fmla="val {adj}"/>' if adj is not None else ""
        body = (
            f'<a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="en-GB" sz="{size * 100}" b="{int(bold)}">'
            f'<a:solidFill><a:schemeClr val="{text_colour}"/></a:solidFill>'
            f'<a:latin typeface="+mj-lt"/></a:rPr><a:t>{text}</a:t></a:r></a:p>'
            if text else '<a:p><a:endParaRPr lang="en-GB"/></a:p>'
        )
        self.items.append(f"""
<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{self._id()}" name="{name}" descr="">
</p:cNvPr><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>
<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>
<a:prstGeom prst="{geom}"><a:avLst>{av}</a:avLst></a:prstGeom>{fill_xml}{line_xml}</p:spPr>
<p:txBody><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"/><a:lstStyle/>{body}
</p:txBody></p:sp>""")

    def install(self, sp_tree: etree._Element) -> None:
        for child in list(sp_tree)[2:]:
            sp_tree.remove(child)
        for xml in self.items:
            sp_tree.append(etree.fromstring(xml))
        # Decorative shapes are marked so screen readers skip them.
        for sp in sp_tree.iter(f"{{{NS['p']}}}sp"):
            nv = sp.find("p:nvSpPr/p:nvPr", NS)
            if nv is not None and nv.get("userDrawn") == "1":
                c_nv = sp.find("p:nvSpPr/p:cNvPr", NS)
                _mark_decorative(c_nv)


def _mark_decorative(c_nv_pr: etree._Element) -> None:
    ext_lst = etree.SubElement(c_nv_pr, f"{{{NS['a']}}}extLst")
    ext = etree.SubElement(ext_lst, f"{{{NS['a']}}}ext",
                           uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}")
    dec = etree.SubElement(
        ext, "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative",
        nsmap={"adec": "http://schemas.microsoft.com/office/drawing/2017/decorative"})
    dec.set("val", "1")


TITLE = '<p:ph type="title"/>'


def body_ph(idx: int) -> str:
    return f'<p:ph type="body" sz="quarter" idx="{idx}"/>'


def obj_ph(idx: int) -> str:
    return f'<p:ph sz="half" idx="{idx}"/>'


def content_frame(t: Tree, kicker: bool = True) -> None:
    """Kicker + title shared by every content layout."""
    if kicker:
        t.placeholder("Kicker", body_ph(13), (0.6, 0.42, 12.1, 0.36), size=18, colour="accent1",
                      bold=True, caps=True, prompt="Kicker")
    # 36 pt titles, two lines high: read from the back of a classroom.
    t.placeholder("Title", TITLE, (0.6, 0.8, 12.1, 1.3), size=36, colour="tx2", bold=True,
                  font="+mj-lt", anchor="t", prompt="Slide title")


def build_master(prs: Presentation) -> None:
    master = prs.slide_master
    t = Tree()
    t.rect("Top band", (0, 0, 13.333, 0.16), "accent1")
    t.rect("Footer band", (0, 6.8, 13.333, 0.7), "bg2")
    t.placeholder("Title", TITLE, (0.6, 0.8, 12.1, 1.3), size=36, colour="tx2", bold=True,
                  font="+mj-lt", prompt="Slide title")
    t.placeholder("Body", '<p:ph type="body" idx="1"/>', (0.6, 2.2, 12.1, 4.5), size=24,
                  colour="tx1", bullets=True, prompt="Body text")
    t.install(master._element.find("p:cSld/p:spTree", NS))
    # The footer text and slide number are master text boxes so they appear on every content
    # slide without a placeholder on each; the renderer fills the footer with the brand's text.
    tree = master._element.find("p:cSld/p:spTree", NS)
    tree.append(etree.fromstring(f"""
<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="90" name="LP Footer Text"/><p:cNvSpPr txBox="1"/>
<p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="{emu(0.6)}" y="{emu(6.96)}"/>
<a:ext cx="{emu(10.6)}" cy="{emu(0.38)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:noFill/></p:spPr><p:txBody><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr">
<a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB" sz="1200" b="0">
<a:solidFill><a:schemeClr val="tx2"/></a:solidFill><a:latin typeface="+mn-lt"/></a:rPr>
<a:t>Footer</a:t></a:r></a:p></p:txBody></p:sp>"""))
    tree.append(etree.fromstring(f"""
<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="91" name="LP Slide Number"/><p:cNvSpPr txBox="1"/>
<p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="{emu(11.6)}" y="{emu(6.96)}"/>
<a:ext cx="{emu(1.13)}" cy="{emu(0.38)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:noFill/></p:spPr><p:txBody><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr">
<a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr algn="r"/>
<a:fld id="{{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}}" type="slidenum"><a:rPr lang="en-GB" sz="1200"
b="1"><a:solidFill><a:schemeClr val="tx2"/></a:solidFill><a:latin typeface="+mn-lt"/></a:rPr>
<a:t>&#8249;#&#8250;</a:t></a:fld></a:p></p:txBody></p:sp>"""))
    _master_text_styles(master._element)


def _master_text_styles(master: etree._Element) -> None:
    styles = master.find("p:txStyles", NS)
    for tag, colour, font, size in (("p:titleStyle", "tx2", "+mj-lt", 36),
                                     ("p:bodyStyle", "tx1", "+mn-lt", 24),
                                     ("p:otherStyle", "tx1", "+mn-lt", 18)):
        style = styles.find(tag, NS)
        for lvl in style:
            def_rpr = lvl.find("a:defRPr", NS)
            if def_rpr is None:
                continue
            def_rpr.set("sz", str(size * 100 if lvl.tag.endswith("lvl1pPr") else
                                  max(18, size - 4) * 100))
            for child in list(def_rpr):
                def_rpr.remove(child)
            etree.SubElement(etree.SubElement(def_rpr, f"{{{NS['a']}}}solidFill"),
                             f"{{{NS['a']}}}schemeClr", val=colour)
            etree.SubElement(def_rpr, f"{{{NS['a']}}}latin", typeface=font)
            etree.SubElement(def_rpr, f"{{{NS['a']}}}ea", typeface=font)
            etree.SubElement(def_rpr, f"{{{NS['a']}}}cs", typeface=font)


def live_window(t: Tree, box: tuple[float, float, float, float]) -> None:
    """A stylised stream window used on the title slide."""
    x, y, w, h = box
    t.rect("Stream window", box, "lt1", geom="roundRect", alpha=14000, adj=6000)
    t.rect("Live badge", (x + 0.35, y + 0.35, 1.25, 0.5), "accent2", geom="roundRect",
           text="LIVE", size=20, adj=50000)
    t.rect("Viewers pill", (x + 1.75, y + 0.35, 1.6, 0.5), "tx2", geom="roundRect",
           alpha=60000, text="1,204 watching", size=12, adj=50000)
    for i, width in enumerate((2.6, 3.3, 2.2)):
        t.rect(f"Comment {i + 1}", (x + 0.35, y + h - 2.1 + i * 0.62, width, 0.46), "lt1",
               geom="roundRect", alpha=30000, adj=50000)
    t.rect("Heart", (x + w - 1.05, y + h - 1.25, 0.62, 0.56), "accent2", geom="heart")
    t.rect("Heart small", (x + w - 0.9, y + h - 1.95, 0.36, 0.32), "accent2", geom="heart",
           alpha=60000)


def layout_title(t: Tree) -> None:
    t.rect("Background", (0, 0, 13.333, 7.5), "tx2")
    t.rect("Accent stripe", (0, 6.9, 13.333, 0.6), "accent1")
    live_window(t, (8.55, 1.1, 4.1, 5.2))
    t.placeholder("Kicker", body_ph(13), (0.8, 1.45, 7.2, 0.45), size=20, colour="lt1", bold=True,
                  caps=True, prompt="Audience")
    t.placeholder("Title", '<p:ph type="ctrTitle"/>', (0.8, 2.05, 7.4, 2.6), size=48,
                  colour="lt1", bold=True, font="+mj-lt", anchor="b", prompt="Lesson title")
    t.placeholder("Subtitle", '<p:ph type="subTitle" idx="1"/>', (0.8, 4.85, 7.2, 1.6), size=24,
                  colour="lt1", prompt="Subtitle")


def layout_section(t: Tree) -> None:
    t.rect("Background", (0, 0, 13.333, 7.5), "accent1")
    t.rect("Side bar", (0, 0, 0.35, 7.5), "dk2")
    t.placeholder("Kicker", body_ph(13), (1.0, 1.7, 11.3, 0.5), size=22, colour="lt1", bold=True,
                  caps=True, prompt="Section")
    t.placeholder("Title", TITLE, (1.0, 2.3, 11.3, 1.9), size=44, colour="lt1", bold=True,
                  font="+mj-lt", anchor="b", prompt="Section title")
    t.placeholder("Subtitle", body_ph(1), (1.0, 4.45, 11.0, 1.7), size=24, colour="lt1",
                  prompt="What we will do")


def layout_bullets(t: Tree) -> None:
    content_frame(t)
    t.placeholder("Body", body_ph(1), (0.6, 2.2, 12.1, 4.5), size=24, colour="tx1",
                  bullets=True, prompt="Bullet points")


def layout_scenario(t: Tree) -> None:
    # Kicker and title top-left across the whole width, as on every content slide (in the
    # right-hand column the title moved to a new x on each story slide, with an uneven gap
    # above the question's tab); the stream and the question panel
    # side by side under it, ending 0.2 in above the footer band (6.8 in), as every
    # drawing does (drawn to the band they read as sliding off).
    t.placeholder("Kicker", body_ph(13), (0.6, 0.42, 12.1, 0.36), size=18, colour="accent1",
                  bold=True, caps=True, prompt="Kicker")
    t.placeholder("Title", TITLE, (0.6, 0.8, 12.1, 0.7), size=36, colour="tx2", bold=True,
                  font="+mj-lt", anchor="t", prompt="Slide title")
    # The stream a little wider than under a right-hand title: its comments on one line
    # where they can be, with the height the title now takes.
    t.placeholder("Stream screen", obj_ph(15), (0.6, 1.6, 7.9, 5.0), size=18, colour="tx1",
                  prompt="Mock live stream (drawn by lessonpack)")
    t.rect("Question panel", (8.8, 1.6, 3.9, 5.0), "bg2", geom="roundRect", adj=5000)
    t.rect("Question tab", (8.8, 1.6, 3.9, 0.6), "accent1", geom="rect",
           text="Think, pair, share", size=18)
    t.placeholder("Question", body_ph(14), (9.05, 2.45, 3.4, 4.0), size=24, colour="tx1",
                  bold=True, prompt="Question for the class")


def layout_quiz(t: Tree) -> None:
    content_frame(t)
    t.placeholder("Options", body_ph(1), (0.6, 2.3, 12.1, 4.4), size=26, colour="tx1",
                  prompt="Options", space_before=22)


def layout_answers(t: Tree) -> None:
    content_frame(t)
    t.placeholder("Answers", body_ph(1), (0.6, 2.2, 12.1, 4.55), size=22, colour="tx1",
                  prompt="Answers", space_before=12)


def layout_key_messages(t: Tree) -> None:
    content_frame(t)
    # Ending 0.2 in above the footer band (6.8 in), as every drawing does: at 6.7 in the
    # panel ran into the band. Starting at 1.75 in, where the other layouts' content starts
    # under a one-line title (render/deck_title_room.py): the goal and the closing messages
    # always have one ("Today's goal", "Remember"), and a panel of the layout's own cannot
    # move up with the body, so at 2.2 in it started lower than the slides around it.
    t.rect("Message panel", (0.6, 1.75, 12.1, 4.85), "bg2", geom="roundRect", adj=3000)
    t.rect("Message accent", (0.6, 1.75, 0.18, 4.85), "accent1")
    # Centred in the panel's height: a short goal does not leave the panel's lower half empty.
    t.placeholder("Messages", body_ph(1), (1.1, 2.0, 11.3, 4.35), size=28, colour="tx2",
                  bold=True, bullets=True, prompt="Key messages", space_before=18,
                  anchor="ctr")


def layout_signposting(t: Tree) -> None:
    content_frame(t)
    t.placeholder("Intro", body_ph(1), (0.6, 2.15, 12.1, 0.45), size=20, colour="tx1",
                  prompt="Who can help")
    t.placeholder("Help cards", obj_ph(15), (0.6, 2.7, 12.1, 4.05), size=18, colour="tx1",
                  prompt="Help cards (drawn by lessonpack)")


def layout_chart(t: Tree) -> None:
    content_frame(t)
    # The figures' tiles end where the caption panel ends (2.2 to 6.05 in); under both, the
    # chart area keeps a 0.7 in strip for the source line, 0.2 in from the tiles and 0.25 in
    # clear of the footer band (6.8 in): kinds/statistic/drawing.draw_statistics leaves it at
    # the area's foot. (Ending at 6.2 in, the line sat squeezed between tiles and band.)
    t.placeholder("Chart area", obj_ph(15), (0.6, 2.2, 6.8, 4.55), size=18, colour="tx1",
                  prompt="Chart (drawn by lessonpack)")
    t.rect("Caption panel", (7.7, 2.2, 5.0, 3.85), "bg2", geom="roundRect", adj=5000)
    t.placeholder("Caption", body_ph(14), (7.95, 2.35, 4.5, 3.55), size=20, colour="tx1",
                  bullets=True, prompt="What the figures show", space_before=8)


LAYOUTS = [
    ("LP Title", layout_title, False),
    ("LP Section", layout_section, False),
    ("LP Bullets", layout_bullets, True),
    ("LP Scenario", layout_scenario, True),
    ("LP Quiz Question", layout_quiz, True),
    ("LP Quiz Answers", layout_answers, True),
    ("LP Key Messages", layout_key_messages, True),
    ("LP Signposting", layout_signposting, True),
    ("LP Chart", layout_chart, True),
]


def add_sample_slides(prs: Presentation) -> None:
    """One sample slide per layout. LibreOffice opens a .pptx without slides as an empty
    presentation (losing every layout), and a sample shows a teacher what each layout is for.
    lessonpack drops these slides when it builds a deck."""
    for layout in prs.slide_layouts:
        slide = prs.slides.add_slide(layout)
        for ph in slide.placeholders:
            source = next(p for p in layout.placeholders
                          if p.placeholder_format.idx == ph.placeholder_format.idx)
            if ph.placeholder_format.type in (1, 3):  # title, centre title
                ph.text_frame.text = f"{layout.name}: sample slide"
            else:
                ph.text_frame.text = f"{source.name} (lessonpack fills this)"
            for run in ph.text_frame.paragraphs[0].runs:
                run.font._rPr.set("lang", "en-GB")
        notes = slide.notes_slide.notes_text_frame
        notes.text = (f"Sample of the {layout.name!r} layout. lessonpack builds decks from the "
                      "layouts and leaves these sample slides out.")


def build() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(W), Emu(H)
    apply_theme(prs, name="lessonpack")
    build_master(prs)
    layouts = list(prs.slide_layouts)
    if len(layouts) < len(LAYOUTS):
        # Each of our layouts is made from one of python-pptx's default ones (renamed and
        # refilled); a new one needs a default layout to spare. Say so, never drop one.
        sys.exit(f"python-pptx's default template has {len(layouts)} layouts and LAYOUTS "
                 f"lists {len(LAYOUTS)}: add a layout to the master first")
    for layout in layouts[len(LAYOUTS):]:
        prs.slide_layouts.remove(layout)
    for layout, (name, fill, show_master) in zip(layouts[:len(LAYOUTS)], LAYOUTS, strict=True):
        element = layout._element
        element.attrib.pop("type", None)
        element.set("preserve", "1")
        if not show_master:
            element.set("showMasterSp", "0")
        c_sld = element.find("p:cSld", NS)
        c_sld.set("name", name)
        t = Tree()
        fill(t)
        t.install(c_sld.find("p:spTree", NS))
    add_sample_slides(prs)
    # A 16:9 deck: python-pptx's default says 4:3 ("screen4x3") in the size type.
    prs._element.find("p:sldSz", NS).attrib.pop("type", None)
    core = prs.core_properties
    core.title, core.author, core.subject = "lessonpack deck template", "lessonpack", ""
    core.keywords, core.comments, core.category, core.last_modified_by = "", "", "", "lessonpack"
    return save_reproducibly(prs)


def main() -> None:
    out = ROOT / "templates" / "deck.pptx"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(build())
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

__all__ = ["RT", "build"]
