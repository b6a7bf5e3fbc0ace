"""Pieces every plan builder needs: file names, metadata, footers, signposts."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from lessonpack.content.brand import Brand, LocalHelpline
from lessonpack.content.fill_ins import (
    FILL_IN_CONTACT,
    FILL_IN_DEPUTY,
    FILL_IN_DSL,
    FILL_IN_DSL_ROOM,
    FILL_IN_PLACE,
    LOCAL_HELP_FIELD,
    pupil_name,
)
from lessonpack.content.model import (
    AUDIENCE_LABELS,
    Audience,
    FactsFile,
    Helpline,
    Lesson,
    ParentSession,
)
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
from lessonpack.errors import InternalError, expect
from lessonpack.plan import pictures as pics
from lessonpack.plan.ages import age_of
from lessonpack.plan.class_line import year_label
from lessonpack.plan.field_names import field_names
from lessonpack.plan.model import (
    Block,
    BulletList,
    DocMeta,
    Heading,
    HelplineRef,
    Keep,
    Kept,
    Paragraph,
    Reach,
    Signpost,
    Slide,
    Way,
    Who,
    reach,
)
from lessonpack.plan.pictures import contact_picture
from lessonpack.plan.pictures import helpline as helpline_picture
from lessonpack.plan.school_places import at_place, in_person, place_of

Item = Lesson | ParentSession


def pack_folder(item: Item) -> str:
    return f"{item.topic}-{item.audience.value}"


def file_stem(item: Item, what: str) -> str:
    return f"{item.topic}-{item.audience.value}-{what}"


def meta(item: Item, brand: Brand, what: str, schools: bool = False) -> DocMeta:
    """``schools``: a document the school sends (a letter, the parents' handout), authored by
    the school; every other file of a visiting trainer's pack is the trainer's own work and
    says so in its metadata (naming the school on every file hid who wrote them)."""
    return DocMeta(
        title=f"{item.title}: {what}",
        subject=f"{item.topic_title} — {AUDIENCE_LABELS[item.audience]}",
        author=brand.author if schools or not brand.delivered_by else brand.delivered_by,
        keywords=f"online safety; {item.topic_title.lower()}; {item.audience.value}; lessonpack",
    )


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


def _contact(contact: str, web: str | None, *, with_web: bool) -> str:
    # "ceop.police.uk/Safety-Centre" adds nothing to a contact that already names the site.
    if with_web and web and web.split("/")[0] not in contact:
        return f"{contact} · {web}"
    return contact


DSL_TITLE = "Designated Safeguarding Lead"
# A lesson plan's one safeguarding section: its checks (the DSL signs them), then how to
# teach the lesson safely. The visit papers name it where the DSL signs.
SAFE_DELIVERY = "Delivering this lesson safely"


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
    raise InternalError(f"plan/common.py names school card words for "
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
    deputy = _by_phone(_besides(brand.deputy_dsl_contact.strip(), given))
    office_digits = _digits(brand.phone) if dsl else ""
    if office_digits and _digits(deputy) == office_digits:
        deputy = ""  # the office number, said once on the card
    # The brand's phone is the school office's only when the brand names the school's
    # DSL: a trainer's brand (no DSL of its own) gives the council's number.
    office = (Reach(brand.phone, Who.OFFICE, "School office"),) if brand.phone and dsl else ()
    line = _by_phone(given, sep="; ")
    if office and _digits(line) == office_digits:
        line = ""  # "DSL: school office, 01632 960 214" beside the same office number
    # The DSL's own line first, then the deputy's: the card shows the first, and a
    # parent ringing at 7pm reaches no office. The office last, for the day; first
    # where it is the DSL's own way to be reached.
    deputy_line = (Reach(deputy, Who.DEPUTY, "Deputy"),) if deputy else ()
    ways = ((Reach(line, Who.LEAD, "DSL"), *deputy_line, *office) if line
            else (*office, *deputy_line))
    return ways or reach(given or FILL_IN_CONTACT, Who.LEAD)


def school_deputy(brand: Brand) -> str:
    """The deputy the school's card names ("Deputy: Mr Ben Adeyemi."; children's cards as
    pupils say it, "Mr Adeyemi"): the brand's, or the field to fill in. One decision, read
    by ``school_contact`` and by the parents' help slide, which names the deputy in its own
    sentence (plan/deck/help ``parents_school_card``), never by reading the card's words.
    (Not a field of the card: every string a plan holds is printed, and the Fill in first
    box lists the names it finds in them.)"""
    return brand.deputy_dsl_name.strip() or FILL_IN_DEPUTY


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


# A phone number, an email address or a website: ways to reach someone from home.
_REACHABLE = re.compile(r"\d{3,}[\d ]{4,}|@|\.(?:org|com|uk|gov|net)\b", re.IGNORECASE)


NBSP = "\u00a0"
# The space between a phone number's digit groups: "01632 960 214" split over two lines
# is misread (a DSL card, a handout's contacts), so the groups are held
# together wherever a contact is printed in a narrow card or column.
_DIGIT_SPACE = re.compile(r"(?<=\d) (?=\d)")


_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "twelve")


def number_word(n: int) -> str:
    """A small count as printed words use it ("four"); larger ones as digits ("14")."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def and_list(words: Sequence[str]) -> str:
    """"1, 2 and 3": words as a sentence lists them (no serial comma); "" for none."""
    return ", ".join(words[:-1]) + f" and {words[-1]}" if len(words) > 1 else "".join(words)


def unbroken(text: str) -> str:
    """``text`` with each phone number's groups joined by non-breaking spaces."""
    return _DIGIT_SPACE.sub(NBSP, text)


def _digits(text: str) -> str:
    """The digits of a contact, so one phone number written two ways is seen as one."""
    return re.sub(r"\D", "", text)


def _by_phone(contact: str, sep: str = " or ") -> str:
    """A contact without its rooms: "Mrs Okafor's office, by the hall; 01632 960419" is
    "01632 960419"."""
    parts = [p.strip() for p in re.split(r",? or |; ", contact) if p.strip()]
    return sep.join(p for p in parts if _REACHABLE.search(p))


def parent_contact(contact: str) -> str:
    """A contact as a parent uses it: its numbers and addresses without the rooms staff find
    someone in, or as written when it gives neither ("the school office")."""
    return _by_phone(contact) or contact


def _besides(reach: str, given: str) -> str:
    """The deputy's contact without what the lead's contact already says: "Student Services,
    room G14, or deputy.dsl@…" beside a lead at "Student Services, room G14, or
    safeguarding@…" is "deputy.dsl@…" (the card said the room twice and overflowed)."""
    said = {part.strip().lower() for part in re.split(r",? or |; ", given) if part.strip()}
    parts = [p.strip() for p in re.split(r",? or |; ", reach) if p.strip()]
    return " or ".join(p for p in parts if p.lower() not in said)


# The DSL where a brand names nobody: the role, spelled out, as parents read some of these
# lines and not every parent knows "DSL". ONE spelling, through dsl() below.
UNNAMED_DSL = "the school's Designated Safeguarding Lead"


def dsl(brand: Brand) -> str:
    """The school's DSL as a sentence names them: by name, or the role where the brand names
    nobody (a printed letter leaves FILL_IN_DSL instead, for the teacher to complete)."""
    return brand.dsl_name.strip() or UNNAMED_DSL


def visitor(brand: Brand) -> str:
    """Who delivers the lesson when it is not the school's own staff: a trainer's
    organisation (``delivered_by``), or "" for a school delivering its own lesson."""
    return brand.delivered_by.strip()


def help_lead(item: Item, brand: Brand, *, tonight: bool = False) -> str:
    """The line above the first help cards. A school's staff say "our"; a visiting trainer
    speaks for no school, so the school is named and its DSL offered as help. ``tonight``: an
    evening session, where the DSL or the deputy is asked to be on site (the checklist asks
    it; the presenter says which of them came)."""
    school = brand.named or "your school"
    if item.audience is Audience.PARENTS:
        if visitor(brand):
            # The school's DSL named as help on offer: "hears any concern from us at once"
            # read as a warning that the team reports parents. "Its DSL": the school's, so
            # "we", the visiting team, cannot be read as the school.
            # One line above the cards: two lines ran into them.
            return f"Start with {school}: {_staff_on_site(brand) if tonight else _its_dsl(brand)}"
        if no_phone(brand):
            return _office_or_local(brand, tonight=tonight)
        if tonight and brand.dsl_name.strip():
            return f"Start with the school: {_on_site(brand)}"
        return "Start with the school: we are here to help, and so are these services."
    if visitor(brand):
        return "You can talk to any of these, or put a question in the question box."
    return "You can talk to any of these, or put a question in our question box."


def _office_or_local(brand: Brand, *, tonight: bool) -> str:
    """The first parents' help slide's line where the DSL has no phone of their own: the
    names are on the card under it, so the line says when to ring whom. At an evening
    session with the council's 24-hour line in the school file, that line is named for out
    of hours (the office has shut); "ring the office" is left to the card, for room."""
    words = safeguarding_words().signposting
    local = _childrens_number(brand)
    said = f"Talk to us tonight. {fill(words.out_of_hours_local, local=local)}"
    if tonight and local and len(said) <= _LEAD_CHARS:
        return said
    now = "talk to us tonight or ring the office" if tonight else "ring the office"
    return f"Start with the school: {now}. {words.out_of_hours}"


# The longest line above the parents' first help cards kept to one line at 18 pt (it stands
# in a one-line box; a second line ran into the cards).
_LEAD_CHARS = 104


# A phone number in a contact.
_PHONE = re.compile(r"\d{3,}[\d ]{4,}")


def no_phone(brand: Brand) -> bool:
    """Whether the brand names its DSL and an office phone but gives the DSL no phone of
    their own (Riverside: a room and an email)."""
    return bool(brand.dsl_name.strip() and brand.phone.strip()
                and not _PHONE.search(brand.safeguarding_contact))




def _its_dsl(brand: Brand) -> str:
    name = brand.dsl_name.strip()
    return f"its DSL, {name}, is there to help you." if name else \
        "its DSL is there to help you."


def _on_site(brand: Brand) -> str:
    """Whom parents can talk to on the evening: the presenters, and the DSL or deputy by
    name. Printed weeks before, the slide promises no one's presence: if neither came, a
    parent about to disclose would be told someone was there for them who was not (the
    notes have the presenter say which of them is here)."""
    name, deputy = brand.dsl_name.strip(), brand.deputy_dsl_name.strip()
    if name and deputy:
        said = f"talk to us tonight, or to {name} (DSL) or {deputy} (deputy)."
    else:
        said = f"talk to us tonight, or to {name or 'the DSL'} (DSL) or a deputy."
    # The line stands in a one-line box above the cards; long names wrapped it into them.
    # The first card names the DSL and the deputy, so a long line leaves the names to it.
    if len(said) > _ON_SITE_CHARS:
        return "talk to us tonight, or to the DSL or deputy on the first card."
    return said


# The longest "talk to us tonight, ..." line kept whole: with "Start with the school: " it
# fills one line at the deck's smallest body size (18 pt) across a 16:9 slide.
_ON_SITE_CHARS = 78


def _staff_on_site(brand: Brand) -> str:
    """A visiting team's evening: the school's DSL or deputy. "Talk to us" read as the team,
    though every worry goes to the school's DSL. The visit brief asks for one of the two on
    site, not both, and the deck is printed weeks before: the slide promises no one's
    presence, and the notes have the presenter say who is here. Where the school names its
    DSL and deputy, the first card under this line names both with their numbers: the line
    points to it rather than saying both names twice on the evening's densest slide."""
    if brand.dsl_name.strip() and brand.deputy_dsl_name.strip():
        return "talk to its DSL or deputy, named on the first card."
    name, deputy = dsl(brand), brand.deputy_dsl_name.strip()
    role = " (DSL)" if brand.dsl_name.strip() else ""
    if deputy:
        return f"talk to {name}{role} or {deputy} (deputy)."
    return f"talk to {name}{role} or a deputy."


def _for_five_year_olds(h: Helpline) -> Signpost:
    """KS1 says "grown-up" all lesson long. Childline is for children of any age to ring
    themselves, free, at any time: say so, for the child who cannot tell the grown-ups
    around them (never "a grown-up can help you ring", which shuts that door)."""
    said = safeguarding_words().signposting
    if h.id == "trusted_adult":
        return Signpost(said.ks1_trusted_adult, h.child_friendly, reach(h.contact))
    if h.id == "childline":
        # The number to ring is a field (facts.yml ``call``); a school's own Childline entry
        # that gives none is cut at its first bracket ("0800 1111 (free, 24 hours)").
        number = h.call or h.contact.split("(")[0].strip()
        return Signpost(h.name, h.child_friendly, reach(fill(said.ks1_childline, number=number)))
    return Signpost(h.name, h.child_friendly, reach(h.contact))


# The local service that takes a report that a child may be at risk of harm.
_CHILDRENS_SERVICES = re.compile(
    r"children'?s (social care|services)|social care|\bMASH\b|front door", re.IGNORECASE)


def _childrens_line(brand: Brand) -> LocalHelpline | None:
    return next((line for line in brand.extra_helplines
                 if _CHILDRENS_SERVICES.search(line.name)), None)


def childrens_services(brand: Brand) -> str:
    """"Northshire Children's Services, 0306 999 0123 (24 hours)" when the brand or school
    gives its local children's services line, else ""."""
    line = _childrens_line(brand)
    return f"{line.name}, {line.contact}" if line else ""


def _childrens_number(brand: Brand) -> str:
    """"Northshire Children's Services, 0306 999 0123": the line's name and number alone,
    for a one-line sentence ("Out of hours" already says when it is for)."""
    line = _childrens_line(brand)
    if not line:
        return ""
    number = _PHONE.search(line.contact)
    return f"{line.name}, {number[0].strip() if number else line.contact}"


# Families' route to the council's front door, for a worry out of school hours or one they
# will not bring to the school: where a brand names no local service for them, a yellow
# field in its place (a school that filled in every field still had none).
LOCAL_HELP_NAME = "Local children's services"
LOCAL_HELP_CONTACT = LOCAL_HELP_FIELD


def local_help_field() -> LocalHelpline:
    """The yellow field for families' local children's services, with what it is for in
    content's words."""
    return LocalHelpline(name=LOCAL_HELP_NAME, contact=LOCAL_HELP_CONTACT,
                         what_for=safeguarding_words().signposting.local_help_what,
                         audience="parents")


def local_helplines(brand: Brand, *, pupils: bool) -> list[LocalHelpline]:
    """The brand's own services meant for this reader: a parents' family-support line is not
    put on a pupils' slide, nor a pupils' drop-in on the parents' list. Families are never
    left without a local route: none named, the local children's services field."""
    own = own_helplines(brand, pupils=pupils)
    return own if own or pupils else [local_help_field()]


def own_helplines(brand: Brand, *, pupils: bool) -> list[LocalHelpline]:
    """The brand's own services for this reader, and no field where it names none (the
    letter home puts the field on the line its own services would share)."""
    unwanted = "parents" if pupils else "pupils"
    return [h for h in brand.extra_helplines if h.audience != unwanted]


def signposts(item: Item, facts: FactsFile, brand: Brand,
              library: PictureLibrary | None = None) -> tuple[Signpost, ...]:
    """Who can help, worded for the item's audience, each with its help-card icon: the
    school's Designated Safeguarding Lead first, then the item's national services, then the
    brand's own services meant for this audience."""
    by_id = {h.id: h for h in facts.helplines}
    chosen = [by_id[ref] for ref in item.signposting]
    if item.audience is Audience.KS1:
        out = [_for_five_year_olds(h) for h in chosen]
    elif item.audience is Audience.KS2:
        out = [Signpost(h.name, h.child_friendly, reach(h.contact)) for h in chosen]
    elif age_of(item.audience).secondary:
        out = [Signpost(h.name, h.young_people, reach(h.contact)) for h in chosen]
    else:
        out = [Signpost(h.name, h.what_for, reach(_contact(h.contact, h.web, with_web=True)))
               for h in chosen]
    out = [replace(s, picture=helpline_picture(library, h.id), helpline=HelplineRef(h.id),
                   kept=with_first(s.blurb, h.keep_with_first))
           for s, h in zip(out, chosen, strict=True)]
    own = tuple(Signpost(h.name, h.what_for, reach(h.contact),
                         helpline_picture(library, "", h.contact))
                for h in local_helplines(brand, pupils=item.audience.is_pupils))
    return pics.distinct_help((school_contact(item, brand, library), *out), own, library)


def with_first(words: str, kept: Sequence[str]) -> tuple[Kept, ...]:
    """The sentences of a helpline's ``words`` a card cut to its first keeps (content/
    facts.yml ``keep_with_first``, the same words), by their place, marked WITH_FIRST."""
    return tuple((n, Keep.WITH_FIRST) for n, said in enumerate(sentences(words))
                 if said in kept)


def even_share(count: int, most: int) -> int:
    """Items per slide when ``count`` items go at most ``most`` to a slide, as evenly as
    they can (5 at most 4 a slide: 3 and 2, never 4 and 1)."""
    slides = -(-count // most) if count else 1
    return -(-count // slides) if count else most


def even_runs(count: int, most: int) -> list[range]:
    """The items of each slide when ``count`` items go at most ``most`` to a slide, as few
    slides as hold them, the slides' counts differing by one at most, the fuller first
    (10 at most 3 a slide: 3, 3, 2 and 2; cut at even_share's 3 each, the last slide held
    one card alone)."""
    slides = -(-count // most) if count else 0
    small, extra = divmod(count, slides) if slides else (0, 0)
    runs, start = [], 0
    for n in range(slides):
        stop = start + small + (1 if n < extra else 0)
        runs.append(range(start, stop))
        start = stop
    return runs


# Services every letter home names for parents, whatever the pupils' lesson signposted.
PARENT_HELPLINES = ("nspcc_helpline", "ceop")


def adult_signposts(item: Item, facts: FactsFile, brand: Brand) -> tuple[Signpost, ...]:
    """Help for parents and carers: the NSPCC Helpline and CEOP first, then the lesson's own."""
    by_id = {h.id: h for h in facts.helplines}
    ids = [i for i in dict.fromkeys((*PARENT_HELPLINES, *item.signposting))
           if i in by_id and i != "trusted_adult"]
    out = [Signpost(by_id[i].name, by_id[i].what_for,
                    reach(_contact(by_id[i].contact, by_id[i].web, with_web=True)),
                    kept=with_first(by_id[i].what_for, by_id[i].keep_with_first),
                    helpline=HelplineRef(i)) for i in ids]
    out += [Signpost(h.name, h.what_for, reach(h.contact))
            for h in own_helplines(brand, pupils=False)]
    return tuple(out)


def _source_order(ref: str) -> tuple[int, str]:
    """S2 before S10; named sources (S-IM) after the numbered ones."""
    digits = "".join(ch for ch in ref[1:] if ch.isdigit())
    return (int(digits) if digits and ref[1:2].isdigit() else 10_000, ref)


def continued(title: str, n: int, items: int, per_slide: int) -> str:
    """Unique titles when a list runs over several slides: "Who can help (2 of 3)"."""
    slides = -(-items // per_slide)
    return title if slides == 1 else f"{title} ({n + 1} of {slides})"


def minutes(n: int) -> str:
    return f"{n} min"


def clock(minute: int) -> str:
    """ "0:06": the lesson's running clock, hours and minutes since it started."""
    return f"{minute // 60}:{minute % 60:02d}"


def section_timing(start: int, length: int) -> str:
    """ "Section 0:06–0:20 (14 min)": where the clock should be at a part's first slide and
    when it should move on, as the plan's running sheet has it; a slide's own activity says
    "This slide: …" instead, so the two are never mixed up."""
    return f"Section {clock(start)}–{clock(start + length)} ({minutes(length)})"


_SECTION = re.compile(r"^(Section \d+:\d\d–(\d+:\d\d) \(\d+ min)\)", re.M)


def next_part_slides(slides: list[Slide]) -> list[Slide]:
    """Each part's clock line also says where the next part starts: "Section 0:06–0:20
    (14 min; at 0:20 be on slide 15)", counted in the finished deck's order."""
    starts = [i for i, s in enumerate(slides) if _SECTION.search(s.notes)]
    out = list(slides)
    for i, j in pairwise(starts):
        m = expect(_SECTION.search(slides[i].notes), "the clock line found above")
        notes = (f"{slides[i].notes[:m.start()]}{m[1]}; at {m[2]} be on slide {j + 1})"
                 f"{slides[i].notes[m.end():]}")
        out[i] = replace(slides[i], notes=notes)
    return out


# "Say (3 min): …", "Watch for: …", "Key message (CEOP): …": a stage label a teacher scans
# for, up to four words with an optional bracket, then a colon.
_LABEL = re.compile(r"^((?:[A-Z][\w'’-]*)(?: [\w'’&-]+){0,3}(?: \([^()]{1,40}\))?:)\s+(.+)$",
                    re.DOTALL)


def script(notes: str) -> list[Paragraph]:
    """Teacher notes, one paragraph per stage, each stage's label ("Say (3 min):") bold."""
    out = []
    for line in (x.strip() for x in notes.split("\n")):
        if not line:
            continue
        match = _LABEL.match(line)
        out.append(Paragraph(match[2], label=match[1]) if match else Paragraph(line))
    return out


def strip_codes(text: str, codes: frozenset[str]) -> str:
    """Drop source codes from prose: "(CEOP, S11)" -> "(CEOP)", "(S46, S48)" -> ""."""
    def bracket(match: re.Match[str]) -> str:
        parts = re.split(r"([,;])", match[1])
        kept: list[str] = []
        for part in parts[::2]:
            if part.strip() not in codes:
                kept.append(part.strip())
        if len(kept) == len(parts[::2]):
            return match[0]
        # Keep the separators that stood between the pieces still there.
        seps = parts[1::2]
        rebuilt, k = "", 0
        for i, part in enumerate(parts[::2]):
            if part.strip() in codes:
                continue
            rebuilt += (f"{seps[i - 1]} " if k and i else "") + part.strip()
            k += 1
        return f"({rebuilt})" if rebuilt else ""
    text = re.sub(r"\(([^()]*)\)", bracket, text)
    # Spaces only: a line break that starts a text (an answer key's "\nAnswer: …") stays.
    return re.sub(r" +([.,;:])", r"\1", re.sub(r"  +", " ", text)).strip(" ")


def map_texts(blocks: tuple[Block, ...], edit: Callable[[str], str]) -> tuple[Block, ...]:
    """``blocks`` with ``edit`` applied to every string inside them (the blocks are frozen
    dataclasses holding strings and tuples), the rest unchanged. What ``edit`` leaves as it
    was is kept, not rebuilt: most of a plan's texts have nothing to edit, and remaking every
    block was a tenth of planning a pack."""
    def clean(value: object) -> object:
        if isinstance(value, str):
            edited = edit(value)
            return value if edited == value else edited
        if isinstance(value, tuple):
            items = tuple(clean(v) for v in value)
            same = type(value) is tuple and all(a is b for a, b in zip(items, value, strict=True))
            return value if same else items
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            changed = {}
            for name in field_names(type(value)):
                was = getattr(value, name)
                now = clean(was)
                if now is not was:
                    changed[name] = now
            return dataclasses.replace(value, **changed) if changed else value
        return value

    return tuple(clean(b) for b in blocks)  # type: ignore[misc]


def without_source_codes(blocks: tuple[Block, ...], facts: FactsFile) -> tuple[Block, ...]:
    """Every text of ``blocks`` with citation codes removed: sources are named in their own
    section, by title and organisation, not as codes in the teacher's prose."""
    codes = frozenset(s.id for s in facts.sources)
    return map_texts(blocks, lambda text: strip_codes(text, codes) if "(" in text else text)


# About as many characters as a plan's line holds at the sources' reference size (10 pt),
# past its number.
SOURCE_LINE_CHARS = 114
# The least a sources heading keeps under it when its list runs overleaf (in lines).
SOURCES_HEAD = 4


# A title's own aside in brackets ("(CEOP release, November 2017)", "(summary of IWF
# research)"), left out of the printed list: the date is the source's own, and the full
# title is in content/facts.yml beside its address. Asides saying what was read or which
# edition applies stay: they are why the source can be trusted, or how far.
_ASIDE = re.compile(r"\s*\(([^()]*)\)")
_ASIDE_KEPT = ("read", "applies")


def _short_title(title: str) -> str:
    """The title printed in a plan's sources: its asides in brackets left out (the
    notes' sources ran a ninth page of their own), but any saying what was read."""
    return _ASIDE.sub(lambda m: m.group(0) if any(w in m.group(1) for w in _ASIDE_KEPT)
                      else "", title)


def _owner_and_part(publisher: str) -> tuple[str, str]:
    """"NCA-CEOP (Thinkuknow, now CEOP Education), parents' pages" is the organisation and
    the part of its site after the last comma outside brackets. (Split at the first comma,
    the organisation came out as "NCA-CEOP (Thinkuknow", matched nothing, and its parents'
    pages took a numbered line of their own.)"""
    depth = 0
    cut = -1
    for at, char in enumerate(publisher):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and publisher.startswith(", ", at):
            cut = at
    return (publisher[:cut], publisher[cut + 2:]) if cut >= 0 else (publisher, "")


def sources_section(item: Item, facts: FactsFile, tail_lines: int = 0) -> list[Block]:
    """The sources in a numbered list at the end, one organisation a line: its name, then
    each of its documents by title and date. (One document a line, with the organisation
    said again on each, 17 to 32 lines of them spilled onto a last page of their own; run on
    in grey italics, they were a wall a teacher could not scan.) The web addresses are in
    content/facts.yml."""
    by_id = {s.id: s for s in facts.sources}
    documents: dict[str, list[str]] = {}
    cited = [by_id[ref] for ref in sorted(item.sources, key=_source_order)]
    publishers = {s.publisher for s in cited}
    for s in cited:
        # A part of an organisation's site ("NCA-CEOP (CEOP Education), parents' pages")
        # goes under the organisation, when it is cited too, named after the title.
        owner, part = _owner_and_part(s.publisher)
        short = _short_title(s.title)
        title = f"{short} ({part})" if part and owner in publishers else short
        documents.setdefault(owner if part and owner in publishers else s.publisher,
                             []).append(f"{title}, {s.date}" if s.date else title)
    # "What is live streaming?" takes no full stop after its own question mark.
    lines = tuple(" · ".join(titles) + ("" if titles[-1][-1:] in ".?!" else ".")
                  for titles in documents.values())
    # Set close at the reference size (10 pt, which `check` allows only in the bookmarked
    # reference range: render/docx_reference.py), each organisation in bold, under the
    # heading alone.
    labels = tuple(f"{publisher}:" for publisher in documents)
    # ``tail_lines``: where the sources end the document, its last page holds the last of
    # them that make up about that many lines.
    held = [-(-len(f"{label} {line}") // SOURCE_LINE_CHARS)
            for label, line in zip(labels, lines, strict=True)]
    return [Heading("Sources", 2),
            BulletList(lines, numbered=True, keep_tail=_sources_tail(held, tail_lines),
                       compact=True, labels=labels, reference=True)]


def _sources_tail(held: list[int], tail_lines: int) -> int:
    """How many of the last sources (each ``held`` lines) keep together: those that make up
    ``tail_lines``; all of them when fewer than SOURCES_HEAD lines would be left before them
    under the heading (at a page's foot it held a line or two: Oakfield's Year 4 plan)."""
    tail = 0
    while tail < len(held) and sum(held[len(held) - tail:]) < tail_lines:
        tail += 1
    if tail_lines and sum(held[:len(held) - tail]) < SOURCES_HEAD:
        return len(held)
    return tail


