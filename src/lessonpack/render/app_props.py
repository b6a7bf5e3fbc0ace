"""The extended properties (``docProps/app.xml``) of the decks and documents we write.

A template's app.xml describes the template, not our file: python-pptx's carries "On-screen
Show (4:3)" and 0 slides, a trainer's Word file 1 page and 0 words. File > Info and a
library's catalogue show those figures, so the part is rewritten from what the file holds.
Counts we cannot know without laying out the pages (pages, words, lines) are left out rather
than left wrong: Office fills them in at its next save. The template's company is kept (it
names the organisation whose file it is); everything else is written the same way each time
so the bytes stay reproducible.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from lxml import etree
from pptx.presentation import Presentation as PresentationT

from lessonpack.render.ooxml import A, P, set_part_bytes
from lessonpack.render.ooxml.slides import slides_xml

APP_PARTNAME = "/docProps/app.xml"
APPLICATION = "lessonpack"
_EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_RT_APP = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           "extended-properties")

# The names PowerPoint's Slide Size list writes for its sizes, by (width, height) in EMU;
# any other size it calls "Custom".
_FORMATS = {
    (12192000, 6858000): "Widescreen",
    (9144000, 6858000): "On-screen Show (4:3)",
    (9144000, 5143500): "On-screen Show (16:9)",
    (9144000, 5715000): "On-screen Show (16:10)",
    (9906000, 6858000): "A4 Paper (210x297 mm)",
}


def presentation_format(width: int, height: int) -> str:
    """What PowerPoint's File > Info calls a slide size."""
    return _FORMATS.get((width, height), "Custom")


def _app_part(package: Any) -> Any | None:
    """The package's app.xml part; None when it has none. Found through the package's own
    relationship first: walking every part's relationships to find it cost about 1.5% of a
    warm pack. A part of that name is one part, so the walk, kept for a template that
    relates it some other way, finds the same part or the one the relationship missed."""
    try:
        related = package.part_related_by(_RT_APP)
    except (KeyError, ValueError):  # no such relationship, or more than one
        related = None
    if related is not None and str(related.partname) == APP_PARTNAME:
        return related
    for part in package.iter_parts():
        if str(part.partname) == APP_PARTNAME:
            return part
    return None


def _company(blob: bytes) -> str:
    try:
        root = etree.fromstring(blob)
    except etree.XMLSyntaxError:
        return ""
    found = root.find(f"{{{_EP}}}Company")
    return (found.text or "").strip() if found is not None else ""


def _properties(fields: list[tuple[str, str]]) -> bytes:
    body = "".join(f"<{name}>{escape(value)}</{name}>" for name, value in fields if value)
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<Properties xmlns="{_EP}">{body}</Properties>').encode()


def _rewrite(package: Any, fields: list[tuple[str, str]]) -> None:
    part = _app_part(package)
    if part is None:  # a template without the part: nothing stale to correct
        return
    company = _company(part.blob)
    settled = [("Application", APPLICATION), *fields, ("ScaleCrop", "false"),
               ("Company", company), ("LinksUpToDate", "false"), ("SharedDoc", "false"),
               ("HyperlinksChanged", "false")]
    set_part_bytes(part, _properties(settled))


def _has_notes(tree: Any) -> bool:
    """A notes page with speaker notes written in its body (an empty one is not counted)."""
    for ph in tree.iter(f"{{{P}}}ph"):
        if ph.get("type") == "body":
            shape = ph.getparent().getparent().getparent()
            if any((t.text or "").strip() for t in shape.iter(f"{{{A}}}t")):
                return True
    return False


def set_deck_app_properties(prs: PresentationT) -> None:
    """Slide size, slides, slides with notes and hidden slides, as PowerPoint counts them."""
    slides = slides_xml(prs)
    hidden = sum(1 for s in slides if not s.shown)
    noted = sum(1 for s in slides
                if (notes := s.notes()) is not None and notes.reading("app:noted", _has_notes))
    size = presentation_format(int(prs.slide_width or 0), int(prs.slide_height or 0))
    _rewrite(prs.part.package, [("PresentationFormat", size), ("Slides", str(len(slides))),
                                ("Notes", str(noted)), ("HiddenSlides", str(hidden))])


def set_document_app_properties(package: Any) -> None:
    """A document's: what made it, with no page or word counts (only a layout knows them)."""
    _rewrite(package, [("DocSecurity", "0")])
