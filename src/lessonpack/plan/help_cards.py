"""Plans the take-away help card: a page of small cards, one for every pupil to keep.

The lesson's worksheet, with its "Who can help" box, is collected at the end, so the card is
what a pupil takes home (a KS4 lesson on sextortion said "every pupil
leaves knowing where to get help tonight" and gave them nothing on paper). Every pupil gets
one, so taking it singles nobody out. The card is printed with the lesson's cards to cut.
"""

from __future__ import annotations

import re

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import FILL_IN_DSL, pupil_name
from lessonpack.content.model import Audience, Lesson
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.content.safeguarding_words import fill, safeguarding_words
from lessonpack.kinds.look import look_for
from lessonpack.plan import pictures as pics
from lessonpack.plan.ages import age_of
from lessonpack.plan.class_size import ASSUMED, class_size
from lessonpack.plan.counts_and_lists import number_word
from lessonpack.plan.local_help import own_helplines
from lessonpack.plan.model import Block, Heading, HelpCards, PageBreak, Paragraph
from lessonpack.plan.named_people import visitor
from lessonpack.plan.school_card import unnamed_lead_reach_fields
from lessonpack.plan.school_places import place_of, with_services_there

# Cards to a page, two by two: each about A6, a card that goes in a pocket or a pencil case
# (two to a page, each half an A4, was a sheet nobody keeps, and a class of 30 took 17).
CARDS_A_PAGE = 4
HEADING = "Help cards to keep"
# Cards printed beyond the class: a pupil who joins late, a spoilt card. A card short means
# a pupil seen going without; whole pages round the spares up (30 pupils: 8 pages, 2 spare).
SPARES = 2
# The small heading over the services after the key routes.
ALSO = "Also"
# A card of more lines than this is printed on both sides: on one side, four to a page,
# KS3's nine lines and KS4's ten came out at 10 pt, under the documents' least size, "a
# card nobody keeps". The front keeps the reassurance, school, home, Childline and CEOP;
# the back the lines a pupil reaches for at night and the other services.
ONE_SIDE_LINES = 8
FRONT_ROUTES = ("school", "home", "childline", "ceop")
# The back's band and its first line: every service on it can be reached at any hour, and
# none costs anything.
BACK_HEADING = "More help, day or night"
BACK_LINE = "Free, and there any time:"


def copies(size: int = ASSUMED) -> int:
    """Pages of help cards for a class of ``size`` (the school file's, else the assumed
    30): one card a pupil and a few spare, so the cards file, the plan and the visit brief
    agree."""
    return -(-(size + SPARES) // CARDS_A_PAGE)


def spare_cards(size: int = ASSUMED) -> int:
    """The cards left over once each of ``size`` pupils has one: whole pages round the
    spares up (29 pupils take 8 pages, 32 cards: three spare, not two)."""
    return copies(size) * CARDS_A_PAGE - size


def _count(size: int | None) -> tuple[str, str]:
    """The page's heading and the first words of its note: the copies for the class's own
    size when the school file gives one; else the copies for a class of 30 with how to work
    them out for another (a count for an assumed class left a class of 33 three cards
    short; a rule with no number left a teacher at the copier doing sums)."""
    if size is None:
        return (f"{HEADING}: print {copies()} copies for a class of {ASSUMED}",
                f"{number_word(CARDS_A_PAGE).capitalize()} cards a page: {copies()} copies "
                f"give {ASSUMED} pupils a card each and {number_word(spare_cards())} spare. "
                f"Another size: add {number_word(SPARES)} to the class and divide by "
                f"{number_word(CARDS_A_PAGE)}, rounding up.")
    return (f"{HEADING}: print {copies(size)} copies",
            f"{number_word(CARDS_A_PAGE).capitalize()} cards a page: one for each of the "
            f"class's {size} pupils and {number_word(spare_cards(size))} spare.")


def in_school(brand: Brand, audience: Audience = Audience.KS2) -> str:
    """Who to go to in school: the lead by name, and the deputy for the days the lead is
    away, each with where to find them when the brand or school file says where; or, where
    the brand names nobody, the help slide's words for the unnamed lead with its yellow
    "[DSL's name]" (a card a pupil keeps at home names whom to ask for), a secondary one with
    "[DSL's room]" too (where to find them in person). The plan's "Fill in first" box
    lists the fields, typed over on the page before copying."""
    said = safeguarding_words()
    name = brand.dsl_name.strip()
    if name:
        return fill(said.keep_it_card.named, named=_named(brand, audience))
    primary = age_of(audience).primary
    # Lower case: the card's line runs on from "In school:".
    heading = (said.ks2 if primary else said.secondary).unnamed_heading
    lead = fill(heading, our="your school's" if visitor(brand) else "our")
    if primary:
        return fill(said.keep_it_card.unnamed_primary, lead=lead, dsl=FILL_IN_DSL)
    return fill(said.keep_it_card.unnamed_secondary, lead=lead, dsl=FILL_IN_DSL,
                reach=unnamed_lead_reach_fields())


# A place said after "both" reads on its own when it starts with where ("by the hall"),
# else it takes "at" ("both at Student Services").
_WHERE = re.compile(r"^(?:by|next|near|in|on|at|beside|opposite|behind|outside)\b", re.I)


def _named(brand: Brand, audience: Audience) -> str:
    """The lead and the deputy as a pupil looks for them: "Mrs Okafor (safeguarding lead,
    by the school hall) or Mr Price (deputy, next to reception)". Primary pupils say "Mrs
    Okafor", as the help slide names her; a place shared by both is said once."""
    said = pupil_name if age_of(audience).primary else str.strip
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


# The routes a pupil most needs, in the order a card gives them, and the picture the help
# slides give each: an icon before each, its name in the brand's colour; the other services
# (KS4's Report Remove, police, ...) follow at the same size under a small "Also" heading,
# without one (set smaller and unheaded, they read as an afterthought). Samaritans and Shout
# are key routes: they are what a 14-year-old rings or texts at night, when school is shut.
# The school's is the build's own line (``in_school``); the others are marked in the content
# (``CardLine.route``), never read from a line's words, so a reworded or translated line
# keeps its place and icon.
SCHOOL = "school"
KEY_ROUTES = {SCHOOL: "", "home": "trusted_adult", "childline": "childline", "ceop": "ceop",
              "samaritans": "samaritans", "shout": "shout"}


def _order(route: str | None) -> int:
    """Where a line comes on the card: the key routes in ``KEY_ROUTES``' order (school,
    home, Childline, CEOP, Samaritans, Shout), then the other services as the lesson lists them."""
    return len(KEY_ROUTES) if route is None else list(KEY_ROUTES).index(route)


def _icon(route: str | None, audience: Audience, library: PictureLibrary | None
          ) -> Picture | None:
    if route is None:
        return None
    # The school's route: a grown-up with a staff badge for primary pupils, as their help
    # slide draws the lead; the school for older pupils.
    school = "school_adult" if age_of(audience).primary else "dsl"
    icon = pics.helpline(library, KEY_ROUTES[route] or school)
    # Older pupils' slides draw their help routes in line icons: the card they keep the same.
    if icon is not None and look_for(audience).plain_icons:
        return pics.plain(library, icon)
    return icon


def help_card_blocks(lesson: Lesson, brand: Brand,
                     library: PictureLibrary | None = None) -> list[Block]:
    """The page of help cards, or nothing for a lesson without one."""
    card = lesson.take_away
    if card is None:
        return []
    # A service in the lead's own room is said on the "In school" line, not again below it.
    school, there = with_services_there(in_school(brand, lesson.audience), brand)
    routes = sorted([(school, SCHOOL),
                     *((line.text, line.route) for line in card.lines)],
                    key=lambda line: _order(line[1]))
    # The school's own services for pupils (Riverside's Student Support), as its sheet's
    # help box and slides name them: first of the smaller lines, before the national ones
    # (the card, the one thing a pupil keeps, left out what they can walk into this week).
    keyed = sum(route is not None for _text, route in routes)
    routes[keyed:keyed] = [(f"{h.name}: {h.contact}", None)
                           for h in own_helplines(brand, pupils=True) if h.name not in there]
    heading, count = _count(class_size(lesson.audience, brand))
    if not two_sided(lesson):
        return _page(heading, _note(count, False),
                     _card(card.heading, card.reassurance, routes, lesson.audience, library))
    front = [line for line in routes if line[1] in FRONT_ROUTES]
    back = [line for line in routes if line[1] not in FRONT_ROUTES]
    note = _note(count, True)
    # The back's page opens as the front's does, the same heading size and the same note,
    # so its cards fall behind the front's when the sheet is printed on both sides.
    return [*_page(heading, note, _card(card.heading, card.reassurance, front,
                                        lesson.audience, library)),
            *_page(BACK_PAGE, note, _card(BACK_HEADING, BACK_LINE, back, lesson.audience,
                                          library))]


# The back's page heading: one line, as the front's is.
BACK_PAGE = f"{HEADING}: the back of each card"


def two_sided(lesson: Lesson) -> bool:
    """Whether the lesson's help card is printed on both sides (``ONE_SIDE_LINES``)."""
    card = lesson.take_away
    return card is not None and len(card.lines) + 2 > ONE_SIDE_LINES


def _note(count: str, both_sides: bool) -> str:
    duplex = ("Print this page and the next on both sides of one sheet (flip on the long "
              "edge). " if both_sides else "")
    return (f"{count} {duplex}Cut along the dashed lines and give every pupil one to keep as "
            "the lesson ends, so nobody is singled out.")


def _page(heading: str, note: str, cards: HelpCards) -> list[Block]:
    # The note three lines, not four: the line saved is the cards' (KS4's six key routes
    # at 14 pt need it).
    return [PageBreak(), Heading(heading, 2), Paragraph(note, "note", keep_next=True), cards]


def _card(heading: str, first: str, routes: list[tuple[str, str | None]], audience: Audience,
          library: PictureLibrary | None) -> HelpCards:
    """One side of the card: its band, its first line, then its routes."""
    return HelpCards(heading, (first, *(text for text, _route in routes)), count=CARDS_A_PAGE,
                     # The first line: no route, no icon.
                     icons=(None, *(_icon(route, audience, library) for _text, route in routes)),
                     key=(False, *(route is not None for _text, route in routes)),
                     also=ALSO if any(route is None for _text, route in routes) else "")
