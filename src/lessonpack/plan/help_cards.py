"""Plans the take-away help card: a page of small cards, one for every pupil to keep.

The lesson's worksheet, with its "Who can help" box, is collected at the end, so the card is
what a pupil takes home (a KS4 lesson on sextortion said "every pupil
leaves knowing where to get help tonight" and gave them nothing on paper). Every pupil gets
one, so taking it singles nobody out. The card is printed with the lesson's cards to cut.
"""

from __future__ import annotations

import re

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.model import Audience, Lesson
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.plan import pictures as pics
from lessonpack.plan.class_size import ASSUMED, pupils
from lessonpack.plan.common import UNNAMED_LEAD, UNNAMED_LEAD_REACH_SECONDARY, visitor
from lessonpack.plan.deck.help import place_of
from lessonpack.plan.model import Block, Heading, HelpCards, PageBreak, Paragraph

# Cards to a page (two across, two down: about 8.5 x 10 cm, room for 12 pt text).
CARDS_A_PAGE = 4
HEADING = "Help cards to keep"


def copies(size: int = ASSUMED) -> int:
    """Pages of help cards for a class of ``size`` (the school file's, else the assumed
    30): one card a pupil, so the cards file, the plan and the visit brief agree."""
    return -(-size // CARDS_A_PAGE)


def in_school(brand: Brand, audience: Audience = Audience.KS2) -> str:
    """Who to go to in school: the lead by name, and the deputy for the days the lead is
    away, each with where to find them when the brand or school file says where; or, where
    the brand names nobody, the help slide's words for the unnamed lead (a card a pupil
    keeps is never given out with a "[DSL's name]" on it, and no teacher edits thirty
    cards the night before)."""
    name = brand.dsl_name.strip()
    if name:
        return f"In school: {_named(brand, audience)}, or any adult you trust"
    lead = UNNAMED_LEAD.format(our="your school's" if visitor(brand) else "our")
    reach = ("any teacher can take you to them" if audience in (Audience.KS1, Audience.KS2)
             else UNNAMED_LEAD_REACH_SECONDARY)
    return f"In school: {lead} ({reach}), or any adult you trust"


# A place said after "both" reads on its own when it starts with where ("by the hall"),
# else it takes "at" ("both at Student Services").
_WHERE = re.compile(r"^(?:by|next|near|in|on|at|beside|opposite|behind|outside)\b", re.I)


def _named(brand: Brand, audience: Audience) -> str:
    """The lead and the deputy as a pupil looks for them: "Mrs Okafor (safeguarding lead,
    by the school hall) or Mr Price (deputy, next to reception)". Primary pupils say "Mrs
    Okafor", as the help slide names her; a place shared by both is said once."""
    said = pupil_name if audience in (Audience.KS1, Audience.KS2) else str.strip
    lead, deputy = said(brand.dsl_name.strip()), said(brand.deputy_dsl_name.strip())
    here = place_of(brand.safeguarding_contact)
    there = place_of(brand.deputy_dsl_contact) if deputy else ""
    if not deputy:
        return f"{lead} (safeguarding lead{', ' + here if here else ''})"
    if here and here == there:
        both = here if _WHERE.match(here) else f"at {here}"
        return f"{lead} (safeguarding lead) or {deputy} (deputy), both {both}"
    return (f"{lead} (safeguarding lead{', ' + here if here else ''}) or {deputy} "
            f"(deputy{', ' + there if there else ''})")


# The routes a pupil most needs, by the words a card's line starts with, and the picture the
# help slides give each: set large on the card, an icon before each; the other services
# (KS4's Samaritans, Shout, police, ...) follow smaller, without one.
KEY_ROUTES = {"In school": "", "At home": "trusted_adult", "Childline": "childline",
              "CEOP": "ceop"}


def _icon(line: str, audience: Audience, library: PictureLibrary | None) -> Picture | None:
    key = next((k for k in KEY_ROUTES if line.startswith(k)), None)
    if key is None:
        return None
    # The school's route: a grown-up with a staff badge for primary pupils, as their help
    # slide draws the lead; the school for older pupils.
    school = "school_adult" if audience in (Audience.KS1, Audience.KS2) else "dsl"
    return pics.helpline(library, KEY_ROUTES[key] or school)


def help_card_blocks(lesson: Lesson, brand: Brand,
                     library: PictureLibrary | None = None) -> list[Block]:
    """The page of help cards, or nothing for a lesson without one."""
    card = lesson.take_away
    if card is None:
        return []
    lines = (card.reassurance, in_school(brand, lesson.audience), *card.lines)
    return [PageBreak(),
            Heading(f"{HEADING}: print {copies(pupils(lesson.audience, brand))} copies", 2),
            Paragraph(f"{CARDS_A_PAGE} cards a page. Cut along the dashed lines and give one to "
                      "every pupil as the lesson ends, so nobody is singled out. Pupils keep "
                      "it: it is not collected with the worksheet.", "note", keep_next=True),
            HelpCards(card.heading, lines, count=CARDS_A_PAGE,
                      icons=tuple(_icon(line, lesson.audience, library) for line in lines))]
