"""The school's own help card, the first on every help slide: who the safeguarding lead
and deputy are and how each reader reaches them, with a field for each name the brand
leaves out."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import (
    FILL_IN_CONTACT,
    FILL_IN_DEPUTY,
    FILL_IN_DSL,
    FILL_IN_DSL_ROOM,
    FILL_IN_PLACE,
    pupil_name,
)
from lessonpack.content.model import Audience
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.content.safeguarding_words import (
    Ks1,
    Ks2,
    SafeguardingWords,
    Secondary,
    fill,
    safeguarding_words,
)
from lessonpack.content.sentences import sentences
from lessonpack.errors import InternalError
from lessonpack.plan.ages import age_of
from lessonpack.plan.contact_text import besides, by_phone, digits
from lessonpack.plan.item_files import Item
from lessonpack.plan.model import Keep, Kept, Reach, Signpost, Way, Who, reach
from lessonpack.plan.named_people import DSL_TITLE, school_deputy, visitor
from lessonpack.plan.pictures import contact_picture
from lessonpack.plan.pictures import helpline as helpline_picture
from lessonpack.plan.school_places import at_place, in_person, place_of


def teacher_takes_you() -> str:
    """A primary help card's "where" when the school names no room ("Your teacher can take
    you."): said aloud on a KS1 card, never printed on it."""
    return safeguarding_words().primary.teacher_takes_you


def ask_to_take(lead: str) -> str:
    """A primary card's way to the lead: "Ask your teacher to take you to Mrs Shah"."""
    return fill(safeguarding_words().primary.ask_to_take, lead=lead)


# Which of the wording file's groups each audience's school card reads, every audience
# named: one added later without its words fails at import, not as an 11-16s' card.
_CARD_WORDS: dict[Audience, Callable[[SafeguardingWords], Ks1 | Ks2 | Secondary]] = {
    Audience.KS1: lambda said: said.ks1,
    Audience.KS2: lambda said: said.ks2,
    Audience.KS3: lambda said: said.secondary,
    Audience.KS4: lambda said: said.secondary,
    Audience.PARENTS: lambda said: said.secondary,  # a parents' item never shows them
}


if set(_CARD_WORDS) != set(Audience):
    raise InternalError(f"plan/school_card.py names school card words for "
                        f"{sorted(a.value for a in _CARD_WORDS)}, not every audience")


def card_words(audience: Audience) -> Ks1 | Ks2 | Secondary:
    """The school card's words for ``audience`` (content/_wording/safeguarding.yml): KS1's,
    KS2's, or the 11-16s' (``secondary``)."""
    return _CARD_WORDS[audience](safeguarding_words())


def school_contact(item: Item, brand: Brand, library: PictureLibrary | None = None
                   ) -> Signpost:
    """The school's own Designated Safeguarding Lead and deputy, named from the brand, as the
    first help card: pupils and parents are told who in school to go to, not only national
    services. Without names in the brand the card keeps a [fill-in field] for each, which the
    lesson plan's checklist asks the teacher to complete before the lesson, as the letters
    do: a DSL would not accept a help card that names nobody."""
    dsl = brand.dsl_name.strip()
    deputy = school_deputy(brand)
    given = brand.safeguarding_contact.strip()
    # Pupils are told where to find the lead in school; a phone number or an email address
    # is for parents and staff (a five-year-old is not asked to ring the office). A contact
    # that gives both ("office by the hall; 01632 960419") keeps its room for pupils.
    room = _pupils_room(given, item.audience)
    # A visiting trainer does not say "our" for a school that is not theirs.
    our = "Your school's" if visitor(brand) else "Our"
    if age_of(item.audience).primary:
        # Children say "Mrs Okafor", not "Mrs Helen Okafor".
        dsl, deputy = pupil_name(dsl), pupil_name(deputy)
        # "Mrs Okafor's office, by the school hall" under the name "Mrs Okafor" said her name
        # twice: the place alone ("By the school hall").
        room = re.sub(r"^[^,]*[’']s office, ", "", room)
        # Short: the card's words set the text size of every help card on the slide
        # (a longer blurb made every help card's text small), so the lead's job in one line.
        words = card_words(item.audience)
        blurb, kept = ((fill(words.named, our=our, deputy=deputy),
                        who_else(words.named))
                       if isinstance(words, Ks1) else _ks2_leads(our, deputy, room, brand))
        # Where and to whom: "ask your teacher to take you" names the person the card is about.
        # A room keeps the teacher beside it: a primary child is not sent to an office
        # alone.
        said = safeguarding_words().primary
        contact, way = ((said.teacher_takes_you, Way.NO_PLACE) if room and isinstance(words, Ks2)
                        else (ask_to_take(dsl or "them"), Way.ASK_TO_TAKE))
        if isinstance(words, Ks1):  # the card shows its name and contact only
            # The teacher first, said aloud; the room last, beside the deputy on the card.
            where = f"{said.teacher_takes_you} {room[0].upper()}{room[1:]}." if room \
                else said.teacher_takes_you
            contact = f"{where} Or {deputy}."  # what the lead is for is in the blurb
            way = Way.AS_GIVEN if room else Way.NO_PLACE
    elif age_of(item.audience).secondary:
        secondary = safeguarding_words().secondary
        blurb = fill(secondary.named, our=our, deputy=deputy)
        kept = who_else(secondary.named)
        # In person, where they are, as the help card says it: the lead's inbox is read in
        # school hours, and a pupil who emails it at 10pm believes the school knows.
        contact = in_person(room) or secondary.named_way
        way = Way.AS_GIVEN
    else:
        # The slide's lead line already says to start with the school: the card names who
        # and how. The deputy's own number is a contact line of its own, not in the
        # sentence: a number buried in the words is missed or misread.
        whose = "The school's" if visitor(brand) else "Our"
        named = f"Deputy: {deputy}."
        return Signpost(dsl or FILL_IN_DSL, f"{whose} {DSL_TITLE}. {named}", _parents_ways(brand),
                        _school_picture(item, library), is_school=True,
                        kept=((1, Keep.WHO_ELSE),))
    return Signpost(dsl or FILL_IN_DSL, blurb, reach(contact, Who.LEAD),
                    _school_picture(item, library), is_school=True, way=way, kept=kept)


def who_else(words: str) -> tuple[Kept, ...]:
    """The sentences of the content's ``words`` naming the deputy (their ``{deputy}``), by
    their place, marked WHO_ELSE: a card cut to fit keeps them (``Signpost.kept``)."""
    return tuple((n, Keep.WHO_ELSE) for n, said in enumerate(sentences(words))
                 if "{deputy}" in said)


def _pupils_room(given: str, audience: Audience) -> str:
    """Where pupils find the lead, from the file's contact: the part naming a room. A KS2
    card, which gives each person's place in their own clause, takes the room before a
    number in the same part too ("school office, 01632 960 214"): without it the card gave
    the deputy's place and not the lead's, and a child went to the deputy."""
    room = next((part.strip() for part in given.split(";")
                 if part.strip() and contact_picture(part.strip()) == "door"), "")
    return room or (in_person(given) if audience is Audience.KS2 else "")


def _parents_ways(brand: Brand) -> tuple[Reach, ...]:
    """How a parent reaches the school's lead, deputy and office, each line marked with
    whom it reaches: the parents' slide puts the office first, and the notes say whose a
    left-off number is, by the mark, never by the line's label."""
    dsl = brand.dsl_name.strip()
    given = brand.safeguarding_contact.strip()
    # Parents phone or call in: a room inside the school ("Year 5 classroom") is no way
    # for a parent to reach anyone, so the office and the DSL's own line lead.
    deputy = by_phone(besides(brand.deputy_dsl_contact.strip(), given))
    office_digits = digits(brand.phone) if dsl else ""
    if office_digits and digits(deputy) == office_digits:
        deputy = ""  # the office number, said once on the card
    # The brand's phone is the school office's only when the brand names the school's
    # DSL: a trainer's brand (no DSL of its own) gives the council's number.
    office = (Reach(brand.phone, Who.OFFICE, "School office"),) if brand.phone and dsl else ()
    line = by_phone(given, sep="; ")
    if office and digits(line) == office_digits:
        line = ""  # "DSL: school office, 01632 960 214" beside the same office number
    # The DSL's own line first, then the deputy's: the card shows the first, and a
    # parent ringing at 7pm reaches no office. The office last, for the day; first
    # where it is the DSL's own way to be reached.
    deputy_line = (Reach(deputy, Who.DEPUTY, "Deputy"),) if deputy else ()
    ways = ((Reach(line, Who.LEAD, "DSL"), *deputy_line, *office) if line
            else (*office, *deputy_line))
    return ways or reach(given or FILL_IN_CONTACT, Who.LEAD)


def _ks2_leads(our: str, deputy: str, room: str, brand: Brand
               ) -> tuple[str, tuple[Kept, ...]]:
    """A KS2 card's words: the lead and the deputy each with their own place, in their own
    clause ("Your school's safeguarding lead, by the school hall, keeps children safe. Or
    ask Mr Price, next to reception."). The lead's room as the card's last line came after
    the deputy's name, and pupils read the lead's place as the deputy's."""
    here = at_place(room)
    there = at_place(place_of(brand.deputy_dsl_contact)) if brand.deputy_dsl_name.strip() \
        else ""
    words = safeguarding_words().ks2
    deputy = f"{deputy}, {there}" if there else deputy
    said, names = (words.named_at, {"here": here}) if here else (words.named, {})
    return (fill(said, our=our, deputy=deputy, **names),
            who_else(said))


def _school_picture(item: Item, library: PictureLibrary | None) -> Picture | None:
    """The school card's picture: a primary pupil's a grown-up at school, else the school."""
    primary = age_of(item.audience).primary
    return helpline_picture(library, "school_adult" if primary else "dsl")


# The school's card on a pupils' help slide when the brand names no DSL: who the lead is and
# how to reach them, with no [fill-in] projected to the class. The staff papers keep their
# fill-ins, and the deck's hidden "Before you teach" slide still asks for the names
# (render/deck_before). ONE wording of each (content/_wording/safeguarding.yml), read by
# the planner and by the renderer that draws the card. Two short lines at most beside a
# picture: "who keeps you safe" made it three, and is said aloud (what the card is for).
def unnamed_lead_reach_fields() -> str:
    """How a secondary pupil's help card reaches the unnamed lead, with the slide's field
    for their room: "in [DSL's room], or ask any member of staff …"."""
    return fill(safeguarding_words().secondary.unnamed_reach, dsl_room=FILL_IN_DSL_ROOM)


def unnamed_lead_heading(item: Item, brand: Brand) -> str:
    """The unnamed school card's heading: "Our safeguarding lead" (a visiting trainer says
    "Your school's"); for five- to seven-year-olds, what the lead is, in their words."""
    our = "Your school's" if visitor(brand) else "Our"
    return fill(card_words(item.audience).unnamed_heading, our=our)


def pupils_school_card(item: Item, brand: Brand, school: Signpost) -> Signpost:
    """``school`` (the school_contact card) as a pupils' slide shows it: as it is where the
    brand names the DSL; else the unnamed lead's card, ``school``'s picture kept."""
    if not item.audience.is_pupils or brand.dsl_name.strip():
        return school
    words = card_words(item.audience)
    return Signpost(unnamed_lead_heading(item, brand), words.unnamed_what,
                    reach(words.unnamed_way, Who.LEAD), school.picture, is_school=True)


def pupils_slide_card(item: Item, brand: Brand, school: Signpost) -> Signpost:
    """``school`` as a pupils' help slide shows it: the unnamed lead's card (the lead's role
    as its name, ``pupils_school_card``) with a yellow field for each name, and for 11-16s
    the lead's email, for the teacher to type over, as every other fill-in in the pack is
    marked: a card naming nobody and showing no field looked finished. As it is where the
    brand names the DSL. Year 3 to 11 worksheets show this card too (a secondary sheet's
    room a field; a KS2 sheet named nobody beside the slide's fields)."""
    card = pupils_school_card(item, brand, school)
    if not item.audience.is_pupils or brand.dsl_name.strip():
        return card
    names = f"{FILL_IN_DSL} or {FILL_IN_DEPUTY}"
    words = card_words(item.audience)
    if isinstance(words, Ks1):
        # The card shows its name and this line: the lead's field alone. With the deputy's
        # too it ran to three lines at a five-year-old's size and the picture, which says
        # who to children who cannot read, went under an inch.
        return replace(card, ways=reach(FILL_IN_DSL, Who.LEAD))
    if isinstance(words, Ks2):
        return replace(card, blurb=fill(words.fields, dsl=FILL_IN_DSL, deputy=FILL_IN_DEPUTY,
                                        place=FILL_IN_PLACE),
                       kept=who_else(words.fields))
    # The deputy's field named: the sentence a card cut to fit keeps.
    return replace(card, blurb=f"{names}. {card.blurb}",
                   kept=((0, Keep.WHO_ELSE), *((n + 1, keep) for n, keep in card.kept)),
                   ways=reach(fill(words.fields_way, dsl_room=FILL_IN_DSL_ROOM), Who.LEAD))
