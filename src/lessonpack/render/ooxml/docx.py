"""Every reach into python-docx's internals, in one place (docs/architecture.md, "Library
internals", lists them with the tests that hold them).

python-docx has no public way to the XML element behind a paragraph, run, inline picture or
section, which lessonpack edits for what the API does not offer (keep-with-next, borders,
fields, alt text, title-page headers); its own documentation points users to these
attributes. python-docx is pinned exactly (pyproject.toml), and tests/test_ooxml_docx.py
checks each accessor still returns the element the public API writes through.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# A python-docx paragraph and run hold their XML under the same names as python-pptx's.
from lessonpack.render.ooxml import paragraph_xml, run_xml

if TYPE_CHECKING:
    from docx.oxml.section import CT_SectPr
    from docx.oxml.shape import CT_Inline
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.section import Section, _Footer, _Header
    from docx.shape import InlineShape


def inline_xml(shape: InlineShape) -> CT_Inline:
    """An inline picture's ``wp:inline`` (its ``docPr`` holds the name and alt text)."""
    return shape._inline


def section_xml(section: Section) -> CT_SectPr:
    """The section's ``w:sectPr``."""
    return section._sectPr


def story_xml(story: _Header | _Footer) -> BaseOxmlElement:
    """A header's or footer's ``w:hdr``/``w:ftr``, its definition made if it has none (as
    python-docx's ``add_paragraph`` would)."""
    return story.part.element  # python-docx's own story._element


def own_story_xml(story: _Header | _Footer) -> BaseOxmlElement | None:
    """A header's or footer's own ``w:hdr``/``w:ftr``, or None when it has none (it uses the
    previous section's): looked at without adding an empty one."""
    return None if story.is_linked_to_previous else story.part.element


__all__ = ["inline_xml", "own_story_xml", "paragraph_xml", "run_xml", "section_xml",
           "story_xml"]
