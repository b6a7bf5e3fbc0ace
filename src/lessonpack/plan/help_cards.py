"""Plans the take-away help card: a page of small cards, one for every pupil to keep.

The lesson's worksheet, with its "Who can help" box, is collected at the end, so the card is
what a pupil takes home (a KS4 lesson on sextortion said "every pupil
leaves knowing where to get help tonight" and gave them nothing on paper). Every pupil gets
one, so taking it singles nobody out. The card is printed with the lesson's cards to cut.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience, Lesson
from lessonpack.plan.class_size import ASSUMED, pupils
from lessonpack.plan.common import UNNAMED_LEAD, UNNAMED_LEAD_REACH_SECONDARY, visitor
from lessonpack.plan.model import Block, Heading, HelpCards, PageBreak, Paragraph

# Cards to a page (two across, two down: about 8.5 x 10 cm, room for 12 pt text).
CARDS_A_PAGE = 4
HEADING = "Help cards to keep"


def copies(size: int = ASSUMED) -> int:
    """Pages of help cards for a class of ``size`` (the school file's, else the assumed
    30): one card a pupil, so the cards file, the plan and the visit brief agree."""
    return -(-size // CARDS_A_PAGE)


def in_school(brand: Brand, audience: Audience = Audience.KS2) -> str:
    """Who to go to in school: the lead by name, or where the brand names nobody, the help
    slide's words for the unnamed lead (a card a pupil keeps is never given out with a
    "[DSL's name]" on it, and no teacher edits thirty cards the night before)."""
    name = brand.dsl_name.strip()
    if name:
        return f"In school: {name} (safeguarding lead), or any adult you trust"
    lead = UNNAMED_LEAD.format(our="your school's" if visitor(brand) else "our")
    reach = ("any teacher can take you to them" if audience in (Audience.KS1, Audience.KS2)
             else UNNAMED_LEAD_REACH_SECONDARY)
    return f"In school: {lead} ({reach}), or any adult you trust"


def help_card_blocks(lesson: Lesson, brand: Brand) -> list[Block]:
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
            HelpCards(card.heading, lines, count=CARDS_A_PAGE)]
