"""Shapes drawn natively in Word documents: traffic lights with their signs, smiley faces,
a hand.

Each is an inline DrawingML shape (``wps:wsp``, as Word 2010 and later write them), so it
prints crisply at any size, sits in the text flow like a letter (it cannot drift off its
page), and a teacher can recolour or resize it in Word or LibreOffice. Every shape has alt
text (``descr``) for screen readers.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from lessonpack.geometry import EMU_PT
from lessonpack.render.docx_xml import hex_colour

EMU_PER_CM = 360_000
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
_WPS_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
OUTLINE = "3A3A3A"  # dark enough to see when printed in grey, soft enough to colour over

# A left hand seen palm-on, in a 1000 x 1200 box: thumb out to the left, four fingers up,
# the wrist open at the foot. Cubic Béziers round the tips and the gaps between fingers.
_HAND_W, _HAND_H = 1000, 1200
_HAND_PATH = (
    ("M", (300, 1200)), ("L", (270, 860)),
    ("C", (220, 800), (120, 700), (70, 620)),  # thumb, outer edge
    ("C", (20, 540), (110, 450), (180, 520)),  # thumb tip
    ("C", (230, 575), (265, 630), (290, 660)),  # thumb, inner edge
    ("L", (290, 260)), ("C", (290, 150), (445, 150), (445, 260)),  # index finger
    ("L", (445, 560)), ("C", (445, 585), (460, 585), (460, 560)),
    ("L", (460, 170)), ("C", (460, 60), (615, 60), (615, 170)),  # middle finger
    ("L", (615, 560)), ("C", (615, 585), (630, 585), (630, 560)),
    ("L", (630, 240)), ("C", (630, 130), (785, 130), (785, 240)),  # ring finger
    ("L", (785, 600)), ("C", (785, 625), (800, 625), (800, 600)),
    ("L", (800, 400)), ("C", (800, 300), (945, 300), (945, 400)),  # little finger
    ("L", (945, 780)), ("C", (945, 920), (905, 1020), (890, 1200)),  # palm, little-finger side
)


def _inline(shape_id: int, name: str, descr: str, cx: int, cy: int, geometry: str,
            fill: str, line: str) -> str:
    return (
        f'<w:r {_NS}><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="19050" t="19050" r="19050" '
        f'b="19050"/><wp:docPr id="{shape_id}" name={quoteattr(name)} descr={quoteattr(descr)}/>'
        f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="{_WPS_URI}"><wps:wsp>'
        f'<wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        f'</a:xfrm>{geometry}{fill}{line}</wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData>'
        "</a:graphic></wp:inline></w:drawing></w:r>"
    )


def _solid(colour: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{hex_colour(colour)}"/></a:solidFill>'


def _line(colour: str, points: float) -> str:
    return (f'<a:ln w="{round(points * EMU_PT)}" cap="rnd">{_solid(colour)}'
            '<a:round/></a:ln>')


def circle_run(shape_id: int, diameter_cm: float, colour: str, descr: str,
               filled: bool = False) -> str:
    """An empty circle with a thick rim in ``colour``: a traffic light a child colours in;
    ``filled``, a solid one (a card to hold up)."""
    size = round(diameter_cm * EMU_PER_CM)
    return _inline(shape_id, f"Circle {shape_id}", descr, size, size,
                   '<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>',
                   _solid(colour if filled else "FFFFFF"), _line(colour, 3))


# Mouth curve of Word's smiley preset: -4653 a full frown, 0 a straight line, 4653 a smile.
SMILES = (-2500, 0, 4653)


def smiley_run(shape_id: int, size_cm: float, smile: int, descr: str) -> str:
    """A face to colour in: white, dark outline, mouth from frown to smile."""
    size = round(size_cm * EMU_PER_CM)
    geometry = (f'<a:prstGeom prst="smileyFace"><a:avLst><a:gd name="adj" fmla="val {smile}"/>'
                "</a:avLst></a:prstGeom>")
    return _inline(shape_id, f"Face {shape_id}", descr, size, size, geometry,
                   _solid("FFFFFF"), _line(OUTLINE, 2.25))


def custom_geometry(w: int, h: int, path: tuple[tuple, ...]) -> str:
    """Custom geometry from moveTo/lnTo/cubicBezTo steps ("M", "L", "C": a Bézier's three
    points are three steps' worth, given together) and "Z" (close), in a w x h box."""
    steps = []
    for command, *points in path:
        if command == "Z":
            steps.append("<a:close/>")
            continue
        tag = {"M": "moveTo", "L": "lnTo", "C": "cubicBezTo"}[command]
        pts = "".join(f'<a:pt x="{x}" y="{y}"/>' for x, y in points)
        steps.append(f"<a:{tag}>{pts}</a:{tag}>")
    return ('<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/>'
            '<a:rect l="0" t="0" r="r" b="b"/><a:pathLst>'
            f'<a:path w="{w}" h="{h}">{"".join(steps)}</a:path></a:pathLst></a:custGeom>')


def hand_run(shape_id: int, height_cm: float, descr: str) -> str:
    """An open hand outline, unfilled, to write or draw on each finger."""
    cy = round(height_cm * EMU_PER_CM)
    cx = round(cy * _HAND_W / _HAND_H)
    return _inline(shape_id, f"Hand {shape_id}", descr, cx, cy,
                   custom_geometry(_HAND_W, _HAND_H, _HAND_PATH), "<a:noFill/>", _line(OUTLINE, 3))


# Traffic lights carry a sign as well as a colour and a word: about 1 boy in 12 cannot tell
# red from green, and a school's black-and-white copier makes three grey discs of them. The
# signs match the columns' meanings: OK (a tick), stop and ask (pause), stop and tell (a
# raised hand). Each: its path's box (w, h), the path, and where it sits in the circle as
# fractions of the diameter (x, y, width); its height keeps the path's proportions.
_TICK = (("M", (0, 280)), ("L", (110, 170)), ("L", (230, 290)), ("L", (510, 10)),
         ("L", (620, 120)), ("L", (230, 510)), ("Z",))
_PAUSE = (("M", (0, 0)), ("L", (150, 0)), ("L", (150, 560)), ("L", (0, 560)), ("Z",),
          ("M", (270, 0)), ("L", (420, 0)), ("L", (420, 560)), ("L", (270, 560)), ("Z",))
SIGNS = {
    "green": (620, 520, _TICK, (0.2, 0.24, 0.6)),
    "amber": (420, 560, _PAUSE, (0.29, 0.22, 0.42)),
    "red": (_HAND_W, _HAND_H, (*_HAND_PATH, ("Z",)), (0.27, 0.2, 0.46)),
}
SIGN_WORDS = {"green": "a tick", "amber": "a pause sign", "red": "a raised hand"}  # alt text
_WPG_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"


def _child(child_id: int, name: str, x: int, y: int, cx: int, cy: int, geometry: str,
           fill: str, line: str) -> str:
    return (f'<wps:wsp><wps:cNvPr id="{child_id}" name={quoteattr(name)}/><wps:cNvSpPr/>'
            f'<wps:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f"{geometry}{fill}{line}</wps:spPr><wps:bodyPr/></wps:wsp>")


def light_run(shape_id: int, diameter_cm: float, colour: str, sign: str, descr: str,
              filled: bool = False) -> str:
    """A traffic light with its sign drawn in it (``SIGNS``; none for another word): a
    ``filled`` card to hold up has a white sign edged dark, readable in colour or grey; an
    empty light to colour in has the sign's outline, which shows through the crayon."""
    if sign not in SIGNS:
        return circle_run(shape_id, diameter_cm, colour, descr, filled)
    size = round(diameter_cm * EMU_PER_CM)
    w, h, path, (fx, fy, fw) = SIGNS[sign]
    cx = round(size * fw)
    cy = round(cx * h / w)
    circle = _child(shape_id * 4 + 100_001, "Light", 0, 0, size, size,
                    '<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>',
                    _solid(colour if filled else "FFFFFF"), _line(colour, 3))
    mark = _child(shape_id * 4 + 100_002, f"Sign: {sign}", round(size * fx),
                  round(size * fy), cx, cy, custom_geometry(w, h, path),
                  _solid("FFFFFF") if filled else "<a:noFill/>",
                  _line(OUTLINE, 1.75 if filled else 1.25))
    return (
        f'<w:r {_NS} xmlns:wpg="{_WPG_URI}"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{size}" cy="{size}"/><wp:effectExtent l="19050" t="19050" r="19050" '
        f'b="19050"/><wp:docPr id="{shape_id}" name="Light {shape_id}" '
        f'descr={quoteattr(f"{descr} ({SIGN_WORDS[sign]})")}/>'
        f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="{_WPG_URI}"><wpg:wgp>'
        '<wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{size}" cy="{size}"/><a:chOff x="0" y="0"/>'
        f'<a:chExt cx="{size}" cy="{size}"/></a:xfrm></wpg:grpSpPr>{circle}{mark}'
        "</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
