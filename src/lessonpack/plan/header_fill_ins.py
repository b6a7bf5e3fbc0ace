"""The fill-ins a document's page header prints, and the logo it carries.

The parents' handout goes home with every family, so its header says whose it is even in a
draft: without a school's name it prints "[School logo]" in a dashed box and "[School
name]" (render/docx). The "Fill in first" list did not name them, and a presenter working
through it printed forty handouts headed in yellow. One rule, read by
the renderer that prints the header and by the list (plan/fill_in_first) that names it.
"""

from __future__ import annotations

from pathlib import Path

from lessonpack.content.brand import Brand

LOGO_SLOT, NAME_SLOT = "[School logo]", "[School name]"
# Papers whose header names the school in every look, a draft's with fields.
NAMED_HEADERS = frozenset({"handout"})
# The place the list names, by what is left to fill in.
HEADER_PLACES = {(LOGO_SLOT, NAME_SLOT): "header (logo and school name)",
                 (NAME_SLOT,): "header (school name)"}


def paper_logo(kind: str, brand: Brand) -> Path | None:
    """The logo for a document's header or letterhead. A school's letter and handout never
    carry a visiting trainer's logo (a school without a crest: no logo), only the trainer's
    own documents do."""
    trainers = bool(brand.logo_of and brand.delivered_by)
    if trainers and kind in ("letter", "handout"):
        return None
    return brand.logo


def header_fill_ins(kind: str, brand: Brand) -> tuple[str, ...]:
    """The fields a ``kind`` of document's page header prints for ``brand``: the logo's
    slot where there is no logo, and the school's name where the brand has none and no
    logo spells it out (``logo_shows_name``); none on other papers or a named brand's."""
    if kind not in NAMED_HEADERS or brand.named:
        return ()
    if paper_logo(kind, brand) is None:
        return (LOGO_SLOT, NAME_SLOT)
    return () if brand.logo_shows_name else (NAME_SLOT,)
