"""The footers of slides and documents: who made them, the lesson and the class, cut to
one line where a page has room for one."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import AUDIENCE_LABELS
from lessonpack.plan.class_line import year_label
from lessonpack.plan.item_files import Item


def audience_label(item: Item, brand: Brand) -> str:
    """Who the item is for, as footers name it: the class's year group where the brand or
    school names this key stage's class by its year (class_line.year_label), else the key
    stage or audience."""
    return year_label(item.audience, brand)


def footer(item: Item, brand: Brand) -> str:
    parts = [brand.footer or brand.named,
             f"{item.topic_title} · {audience_label(item, brand)}"]
    return "  ·  ".join(p for p in parts if p)


def deck_footer(item: Item, brand: Brand) -> str:
    """The slides' footer: as ``footer``, but when the brand has a logo (which sits beside
    the footer and names the organisation) the organisation's name is not repeated."""
    own = brand.footer or brand.named
    if brand.logo is not None and brand.named:
        own = own.removeprefix(brand.named).lstrip(" ·-–—,:|")
    # A visiting trainer's slides: the footer names the team that made and delivers them,
    # or nobody in the room can tell whose slides they are. Where the team's logo sits in
    # the footer instead of the school's crest (render/deck_master), the logo says it.
    team_logo = brand.delivered_by_logo is not None and brand.logo is not None
    credit = f"Delivered by {brand.delivered_by}" if brand.delivered_by and not team_logo \
        else ""
    parts = [own, f"{item.topic_title} · {audience_label(item, brand)}", credit]
    return "  ·  ".join(p for p in parts if p)


# A page footer holds this much text beside "Page 3 of 12" on one 12 pt line of A4.
DOC_FOOTER_CHARS = 66


def doc_footer(item: Item, brand: Brand) -> str:
    """A document's footer on one line: a footer that wraps takes a line from every page.
    The lesson's name gives way first, then a long brand footer to the organisation's name.
    The key stage stays to the last: a pile of printed plans for four key stages is
    sorted by its footers. A visiting trainer's documents credit the team instead of the
    school (whose crest and name head every page): a worksheet or card set with the school
    alone did not say who made it and teaches from it."""
    forms = footer_forms(item, brand)
    return next((c for c in forms if len(c) <= DOC_FOOTER_CHARS), forms[-1])


def footer_forms(item: Item, brand: Brand) -> tuple[str, ...]:
    """Every form of a document's footer, longest first, in the order ``doc_footer`` tries
    them: the last is the organisation's (or visiting team's) name alone."""
    own = brand.footer or brand.named
    label = audience_label(item, brand)
    short = (label.split(" (")[0] if label != AUDIENCE_LABELS[item.audience]
             else item.audience.value.upper() if item.audience.is_pupils else label)
    if brand.delivered_by:
        credit = f"Delivered by {brand.delivered_by}"
        forms: tuple[str, ...] = (f"{credit}  ·  {label}", f"{credit}  ·  {short}", credit)
    else:
        forms = (footer(item, brand), f"{own}  ·  {label}", f"{brand.named}  ·  {label}",
                 f"{brand.named}  ·  {short}", brand.named)
    return tuple(dict.fromkeys(forms))


def script_footer(item: Item, brand: Brand) -> str:
    """The footer of the deliverer's own script (lesson plan, facilitator notes): as every
    document's, a visiting trainer's credit and the key stage (with the school alone named,
    the trainer's own script did not say whose it was)."""
    return doc_footer(item, brand)


def script_footer_shorter(item: Item, brand: Brand) -> tuple[str, ...]:
    """The script's footer's shorter forms, for the renderer to fall back on: its footer
    also gives the pages to print ("To teach: 1\u20136 \u00b7 Page 1 of 11"), and with a
    long school or department name the two ran into one another and the page number
    wrapped (render/docx.py measures them against the page's width)."""
    forms = footer_forms(item, brand)
    return forms[forms.index(script_footer(item, brand)) + 1:]
