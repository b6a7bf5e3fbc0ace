"""The "Who can help" slides: the help cards, the DSL's photo, and what children who
cannot read are told aloud."""

from __future__ import annotations

import re
from dataclasses import replace

from lessonpack.content import fill_ins
from lessonpack.content.brand import Brand
from lessonpack.content.model import FactsFile, Lesson
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.content.safeguarding_words import fill, safeguarding_words
from lessonpack.content.sentences import sentences as split_sentences
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan import (
    contact_text,
    help_signposts,
    lead_line,
    local_help,
    named_people,
    school_card,
    slide_runs,
    visiting,
)
from lessonpack.plan import pictures as pics
from lessonpack.plan.ages import age_of
from lessonpack.plan.model import (
    HelplineRef,
    Keep,
    Place,
    Reach,
    Signpost,
    Slide,
    Way,
    Who,
    reach,
    reworded,
    with_contact,
)
from lessonpack.plan.notes import join_notes, safeguarding_reminder
from lessonpack.plan.school_places import lead_s_place, place_of

# At most three pupils' help cards a slide: four in a row set their words at 18-19 pt, the
# smallest type in the deck, on the slide pupils must read from the back;
# three (or two) a slide keep them at the deck's body size.
CARDS_PER_SLIDE = 3

# A run that would take more than two slides of a row each goes into slides of two rows of
# two wide cards, where that takes fewer slides: a secondary school's local services made
# four slides of helplines at the lesson's end, which pupils stop reading. Two wide cards a
# row keep their words at the deck's body size (two rows of three columns set them at
# 18 pt); what a card has no room for is said aloud (render/deck_help).
MOST_SLIDES = 2
ROWS = 2
WIDE_PER_ROW = 2


# 11-16s' help slides: two wide cards a row, two rows a slide, the words at 22-24 pt (in
# three narrow columns each card ran to six ragged lines of 22 pt, grey blocks from the back
# of the room). The first slide holds the school's card and two more, whether or not the
# card holds an email (drawn across the whole width, the address never broken:
# render/deck_cards): its sentence and where to find the lead take a row's height.
FIRST_SLIDE = 3


def older_runs(count: int) -> list[range]:
    """The cards of each of 11-16s' help slides: the school's card and two more on the
    first, then four a slide (two by two) over as few slides as hold the rest, shared out
    evenly so that none holds fewer than three where the count allows (two cards alone on
    the last slide pupils see looked unfinished)."""
    rest = slide_runs.even_runs(count - FIRST_SLIDE, ROWS * WIDE_PER_ROW)
    return [range(FIRST_SLIDE), *(range(r.start + FIRST_SLIDE, r.stop + FIRST_SLIDE)
                                  for r in rest)]


Helps = tuple[Signpost, ...]


def _runs(lesson: Lesson, facts: FactsFile, helps: Helps
          ) -> tuple[list[range], int, Helps, Helps]:
    """The cards of each help slide, the rows a slide, the cards as the slides show them
    and the run's cards each slide is sized with. 11-16s': the school's card and two, then
    two by two (``older_runs``), each service's words one short line (its ``slide`` line
    in content/facts.yml, else ``slide_words``); the school's card, drawn across the slide,
    left out of the run's sizing (its email in half a card set every slide at 18 pt)."""
    runs = slide_runs.even_runs(len(helps), CARDS_PER_SLIDE)
    in_rows = slide_runs.even_runs(len(helps), ROWS * WIDE_PER_ROW)
    if age_of(lesson.audience).secondary and len(helps) > FIRST_SLIDE:
        lines = {HelplineRef(h.id): h.slide for h in facts.helplines if h.slide}
        # The slide's words are one line, cut already: nothing in them is marked to keep.
        helps = (helps[0], *(with_contact(replace(h, blurb=(h.helpline and lines.get(h.helpline))
                                                  or slide_words(h.blurb), kept=()),
                                          card_contact(h, facts))
                             for h in helps[1:]))
        # The school's card and two on the first slide, whether or not it holds an email:
        # its sentence and where to find the lead take a row's height, and a fourth card
        # beside them lost its words (Childline's "Free help with any worry").
        return older_runs(len(helps)), ROWS, helps, helps[1:]
    if len(runs) > MOST_SLIDES and len(in_rows) < len(runs):
        return in_rows, ROWS, helps, helps
    return runs, 1, helps, helps


def card_contact(help_card: Signpost, facts: FactsFile) -> str:
    """How to reach a national service on 11-16s' help slides: the pupils' help card's own
    short line ("0800 1111, free, any time": content/facts.yml ``card``), else its contact
    as it is. The slide's words are read from the back of the room at 26 pt and more, and
    the card in each pupil's hand then says it the same way; the longer contact ("0800 1111
    (free, 24 hours) or chat online") took two lines of a half-slide card. The card is
    joined to its facts by the helpline's id (``Signpost.helpline``)."""
    line = next((h for h in facts.helplines
                 if HelplineRef(h.id) == help_card.helpline and h.card), None)
    if line is None or not line.card:
        return help_card.contact
    # "Text SHOUT to 85258" starts the card's line; a web address keeps its lower case.
    short = line.card
    return short if line.card_opens_with_address else short[:1].upper() + short[1:]


def must_hear(facts: FactsFile, words: Helps, shown: Helps) -> str:
    """The notes' line saying, for each card on the slide whose words the slide cut
    (``words`` whole, ``shown`` as the slide has them), what its helpline's ``must_hear``
    (content/facts.yml) says a pupil must hear before choosing it, as written; "" where
    none does."""
    heard = {HelplineRef(h.id): h.must_hear for h in facts.helplines if h.must_hear}
    said = [f"Say of {full.name}: {heard[full.helpline]}"
            for full, card in zip(words, shown, strict=True)
            if full.helpline is not None and full.helpline in heard
            and card.blurb != full.blurb]
    return " ".join(said)


def slide_words(blurb: str) -> str:
    """What a service is for on 11-16s' help slides: one sentence, with the next where the
    first is a question ("Feeling overwhelmed? Someone will listen."), cut at a colon
    ("Under 18? A nude of you online, or a threat to share one"). Each card says who, what
    for in a line or two, and how to reach them; the help cards handout carries the rest
    (the notes stay cues read at a glance: the lesson's last minutes)."""
    sentences = split_sentences(blurb)
    keep = sentences[:1]
    if len(sentences) > 1 and keep[0].endswith("?"):
        second = sentences[1]
        keep.append(second.split(": ")[0].rstrip(".,;") if ": " in second else second)
    return " ".join(keep)


# The longest place (characters) held whole on a help card's line: longer ones may break.
HELD_PLACE = 22


# A photo (drawn in a circle by render/deck_pictures.py), not an icon.
DSL_PHOTO = "dsl-photo"


def with_dsl_photo(helps: tuple[Signpost, ...], brand: Brand) -> tuple[Signpost, ...]:
    """The school's safeguarding lead's card with the DSL's photo (brand ``dsl_photo``), in
    place of the school's picture: pupils know a face before a name. Without one the
    picture stays (a primary deck's: the drawn staff figure), never an empty photo frame."""
    if brand.dsl_photo is None:
        return helps
    # Found, read and checked by the brand's loader: the planner only places it.
    photo = Picture(DSL_PHOTO, f"Photo of {named_people.dsl(brand)}",
                    str(brand.dsl_photo.path), brand.dsl_photo.sha1)
    school = {pics.HELPLINE_PICTURES[key] for key in ("dsl", "school_adult")}
    return tuple(replace(h, picture=photo) if h.picture is not None
                 and h.picture.name in school else h for h in helps)


# The picture of each of the school's two adults without a photo: one figure for the lead
# and another for the deputy, the same in every pack and look, with no hair or face that
# guesses a sex or colour (a woman in KS1 and an office worker in KS2 were two people).
# Children who cannot read tell the two cards apart by their pictures.
LEAD_FIGURE = pics.HELPLINE_PICTURES["school_adult"]
DEPUTY_FIGURE = "safety-deputy"


# "He helps …" read aloud to a class about a named adult, by the title before the name;
# "They help …" where the title says nothing (Mx, Dr) or there is none.
_HELPS_BY_TITLE = {"mr": "He helps", "mrs": "She helps", "ms": "She helps", "miss": "She helps"}


def helps_said(full: str) -> str:
    """"He helps" for Mr Price, "She helps" for Mrs Shah, "They help" otherwise."""
    title = full.strip().split(" ", 1)[0].rstrip(".").lower()
    return _HELPS_BY_TITLE.get(title, "They help")


def school_adults(school: Signpost, brand: Brand, library: PictureLibrary | None = None
                  ) -> tuple[Signpost, ...]:
    """For children who cannot read yet, the school's card as one card per adult: the DSL
    and the deputy each with their own picture (their photo from the brand or school file,
    else the lead's or the deputy's figure) and their own place under their name. "Mrs
    Okafor or Mr Price" over one place was two names a six-year-old cannot read and one
    place for both; the same teacher drawn on both cards was one person. None where the
    brand names no DSL (the unnamed lead's card)."""
    dsl = fill_ins.pupil_name(brand.dsl_name.strip())
    if not dsl:
        return _unnamed_adults(school, library)
    deputy = fill_ins.pupil_name(brand.deputy_dsl_name.strip())
    # What each is for, said aloud from the notes (said_aloud): the lead's first sentence,
    # the deputy as the lead's partner.
    lead_for = first_sentence(school.blurb)
    people = [(dsl, brand.dsl_name, brand.safeguarding_contact, brand.dsl_photo, lead_for,
               LEAD_FIGURE)]
    if deputy:
        people.append((deputy, brand.deputy_dsl_name, brand.deputy_dsl_contact,
                       brand.deputy_dsl_photo,
                       f"{helps_said(brand.deputy_dsl_name)} {dsl} keep children safe.",
                       DEPUTY_FIGURE))
    cards = []
    for (short, full, contact, photo, what, figure), who in zip(people, (Who.LEAD, Who.DEPUTY),
                                                                strict=False):
        picture = school.picture
        if photo is None and school.picture is not None:
            # The drawn figure at a photo's size (render/deck_help_picture), named in its
            # alt text: one for the lead and another for the deputy.
            picture = pics.get(library, figure, f"A drawing of {short}") or school.picture
        if photo is not None and school.picture is not None:
            # Found, read and checked by the brand's loader: the planner only places it.
            picture = Picture(DSL_PHOTO, f"Photo of {full.strip()}", str(photo.path),
                              photo.sha1)
        place = place_of(contact)
        way = _capital(place) if place else school_card.teacher_takes_you()
        cards.append(Signpost(short.replace(" ", contact_text.NBSP), what, reach(way, who),
                              picture, way=Way.AS_GIVEN if place else Way.NO_PLACE))
    return tuple(cards)


def _unnamed_adults(school: Signpost, library: PictureLibrary | None) -> tuple[Signpost, ...]:
    """The two adults' cards where no school file names them: a yellow field for each name
    and for where to find each, for the teacher to type over, as a named school's cards
    show them. One card with the lead's name alone left a six-year-old nobody to go to
    when that person was away, and nowhere to look for them."""
    people = ((fill_ins.FILL_IN_DSL, first_sentence(school.blurb), LEAD_FIGURE,
               "your safeguarding lead", Who.LEAD),
              (fill_ins.FILL_IN_DEPUTY, "They help keep children safe at school.",
               DEPUTY_FIGURE, "the deputy", Who.DEPUTY))
    return tuple(
        Signpost(field, what, reach(fill_ins.FILL_IN_PLACE, who),
                 pics.get(library, figure, f"A drawing of {whom}") or school.picture)
        for field, what, figure, whom, who in people)


def first_sentence(blurb: str) -> str:
    """What a help card is for, read from its words: the blurb's first sentence (up to a
    full stop, question or exclamation mark and a space). Helplines' ``child_friendly`` words
    (content/facts.yml) and the school's card (plan/school_card.py) are written so: what it is
    for first. A blurb of one sentence is used whole."""
    return split_sentences(blurb)[0]


def said_aloud(help_card: Signpost) -> str:
    """What a help card is for, said aloud to children who cannot read: the first sentence
    of its words. Its contact and the rest are on the slide, and the notes are read at a
    glance in the lesson's last minutes (every card's whole text made the closing notes
    70 words of reading)."""
    first = first_sentence(help_card.blurb)
    return f"{help_card.name}: {first}" + ("" if first.endswith((".", "!", "?")) else ".")


def few_words(contact: str, way: Way = Way.AS_GIVEN) -> str:
    """A help card's line for children who cannot read yet: the picture and the name say
    who; under them only what the class must remember, a short line (KS1's
    help slide was four lines a card). The rest is said aloud (the slide's notes): the
    deputy's name where the card names one ("Or Mr Okoro"), a number to ring ("0800 1111"),
    else the first sentence. ``way``: what the planner marked the contact as saying."""
    deputy = re.search(r"\b(Or (?:ask )?[^.]+)\.?$", contact)
    if deputy and len(deputy.group(1)) <= 40 and deputy.start() > 0:
        # Where to find the lead ("By the school hall.") stays beside the deputy: a child
        # taken to find help needs the place as well as the names.
        before = split_sentences(contact[:deputy.start()])
        # No place named ("Your teacher can take you."): nothing to point to.
        where = "" if way is Way.NO_PLACE else before[-1]
        # "or Mr Adeyemi" under the lead's name continues it, so no capital; after the
        # place, a dot between them, not a new sentence.
        also = "or" + deputy.group(1)[2:]
        if where and len(where) + len(also) <= 60:
            return f"{where.rstrip('.')} · {also}"
        return also
    number = re.search(r"\b\d{3,5}(?: \d{3,4}){1,2}\b", contact)
    if number:
        # What the number costs and when ("free, any time") a line over it, as every other
        # card has a line under its name; a number alone made a visibly lighter card.
        said = _number_words(contact, number)
        if len(said.split()) > 1 and len(said) <= 24 and not re.search(r"\d", said):
            return f"{_capital(said)}\n{number.group(0)}"
        return number.group(0)
    return split_sentences(contact)[0]


def _number_words(contact: str, number: re.Match[str]) -> str:
    """What a contact says about its number: the words before it ("You can ring, free,
    any time: 0800 1111" gives "ring, free, any time"), else the first of the words after
    it ("0800 1111 (free, 24 hours) or chat online" gives "free, 24 hours")."""
    before = contact[:number.start()].strip(" :,;")
    after = contact[number.end():].strip(" ,;()")
    first_after = after.split(" or ")[0].strip(" ,;()")
    return (before or first_after).removeprefix("You can ")


# The line under a named adult's name on a card for children who cannot read yet (the lead
# and the deputy alike): a name and a room alone did not say why a child would go to them.
ADULT_ROLE = "Keeps you safe at school"


def _few(help_card: Signpost, brand: Brand, school: bool, adult: bool = False) -> Signpost:
    """A help card as children who cannot read see it (``few_words``). The school's card,
    where the brand names its staff, reads as two lines: who ("Mrs Okafor or Mr Price")
    and where ("by the school hall"); a dot joining the place to the deputy ("… hall · or
    Mr Price") read as one thing. A card of one of the school's adults (school_adults)
    shows its name and place as they are."""
    if adult:  # who they are for, in a line the teacher reads out, as the unnamed card has
        return replace(help_card, blurb=ADULT_ROLE, kept=())
    if not (school and brand.dsl_name.strip()):
        return with_contact(replace(help_card, blurb="", way=Way.AS_GIVEN),
                            few_words(help_card.contact, help_card.way))
    dsl = fill_ins.pupil_name(brand.dsl_name.strip())
    deputy = fill_ins.pupil_name(brand.deputy_dsl_name.strip()) or fill_ins.FILL_IN_DEPUTY
    # Each name held whole ("Mr Price", never "Mr" / "Price" across a line break).
    names = " or ".join(n if n.startswith("[") else n.replace(" ", contact_text.NBSP)
                        for n in (dsl, deputy))
    # Each person's own place: the lead's alone under both names read as the deputy's too.
    places = [(name, place_of(contact)) for name, contact in
              ((dsl, brand.safeguarding_contact), (deputy, brand.deputy_dsl_contact))]
    lead = places[0][1]
    if not places[1][1]:  # the deputy's place unknown: the lead's, a line of its own
        return with_contact(replace(help_card, name=names, blurb=""), _capital(lead))
    # The card's name already says both people, in order, large: the line under it gives
    # their places in the same order without saying the names again ("Mrs Shah or Mr
    # Adeyemi" over "School office · by the library"); the notes say whose place is whose.
    # Each short place held whole and the dot kept with the first, so the line breaks
    # after the dot ("School office ·" / "by the library"), never inside a place.
    where = [place.replace(" ", contact_text.NBSP) if len(place) <= HELD_PLACE else place
             for _name, place in places]
    return with_contact(replace(help_card, name=names, blurb=""),
                        _capital(f"{contact_text.NBSP}· ".join(where)))


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


def places_said(brand: Brand) -> str:
    """Where each of the school's two people is, said aloud as the presenter points to them
    (the card shows their places without their names; children who cannot read hear both
    names here): "Point to each card as you say who and where: Mrs Shah: school office; Mr
    Adeyemi: by the library." "" where the brand lacks either name or either place."""
    dsl = fill_ins.pupil_name(brand.dsl_name.strip())
    deputy = fill_ins.pupil_name(brand.deputy_dsl_name.strip())
    if not (dsl and deputy):
        return ""
    places = [(name, place_of(contact)) for name, contact in
              ((dsl, brand.safeguarding_contact), (deputy, brand.deputy_dsl_contact))]
    if not all(place for _name, place in places):
        return ""
    return ("Point to each card as you say who and where: "
            + "; ".join(f"{n}: {p}" for n, p in places) + ".")


def _name_said_once(school: Signpost) -> Signpost:
    """The school's card for readers without the lead's name said again under it: the
    card's name is the lead ("Mrs Shah"), so "Ask your teacher to take you to Mrs Shah"
    says "Your teacher can take you." and "Mrs Okafor's office, by the school hall" says
    "By the school hall"."""
    name = school.name.strip()
    if not name or name.startswith("["):
        return school
    if school.way is Way.ASK_TO_TAKE:  # the card's "Ask your teacher to take you to Mrs Shah"
        return with_contact(replace(school, way=Way.NO_PLACE), school_card.teacher_takes_you())
    held = name.replace(" ", contact_text.NBSP)

    def place_only(contact: str) -> str:
        for shown in {name, held}:
            for apostrophe in ("’", "'"):
                office = f"{shown}{apostrophe}s office, "
                if contact.startswith(office):
                    contact = _capital(contact[len(office):])
        return contact

    first, *rest = school.ways or (Reach(""),)
    if first.label:  # a labelled line ("DSL: …") starts with no room
        return school
    return replace(school, ways=(replace(first, how=place_only(first.how)), *rest))


def _names_held(school: Signpost, brand: Brand) -> Signpost:
    """The school's card with its staff's names each held whole on a line ("take you to
    Mrs" / "Shah" split a name a child reads as one word)."""
    names = [fill_ins.pupil_name(n.strip()) for n in (brand.dsl_name, brand.deputy_dsl_name)]
    def hold(text: str) -> str:
        for name in filter(lambda n: " " in n, names):
            text = text.replace(name, name.replace(" ", contact_text.NBSP))
        return text

    return reworded(replace(school, blurb=hold(school.blurb)), hold)


def _cards(lesson: Lesson, facts: FactsFile, brand: Brand, library: PictureLibrary | None
           ) -> tuple[tuple[Signpost, ...], tuple[Signpost, ...]]:
    """The slides' help cards, and the school's adults' own cards among them (for children
    who cannot read yet, where the brand names the DSL: school_adults)."""
    helps = _school_first(help_signposts.signposts(lesson, facts, brand, library), brand)
    adults = (school_adults(helps[0], brand, library)
              if helps and not lesson.readers else ())
    if adults:
        return (*adults, *helps[1:]), adults
    helps = with_dsl_photo(helps, brand)
    if helps and helps[0].picture is not None and helps[0].picture.name == LEAD_FIGURE:
        # No photo: the drawn figure at a photo's size (render/deck_help_picture), named.
        lead = fill_ins.pupil_name(brand.dsl_name.strip()) or "your safeguarding lead"
        drawn = f"A drawing of {lead}, wearing a staff badge"
        helps = (replace(helps[0], picture=replace(helps[0].picture, alt=drawn)), *helps[1:])
    if helps:  # the lead's role and a yellow field for each name where the brand has none
        helps = (school_card.pupils_slide_card(lesson, brand, helps[0]), *helps[1:])
        helps = (_name_said_once(_names_held(helps[0], brand)),
                 *helps[1:])
        if age_of(lesson.audience).secondary:
            helps = (lead_card(helps[0], lesson, brand), *helps[1:])
    return helps, ()


def _school_first(helps: tuple[Signpost, ...], brand: Brand) -> tuple[Signpost, ...]:
    """The slides' cards with the school's own services (the brand's, for pupils) next to
    its safeguarding lead: what a pupil can walk into this week comes before national lines
    (last, a school's Student Support stood alone on the run's last slide)."""
    own = {h.name for h in local_help.own_helplines(brand, pupils=True)}
    if not helps or not own:
        return helps
    # Beside the lead's card, a service in the lead's own room gives its hours, not the room
    # again ("Student Services, room G14" on both cards).
    school = [with_contact(h, lead_s_place(h.contact, brand)) for h in helps[1:]
              if h.name in own]
    return (helps[0], *school, *(h for h in helps[1:] if h.name not in own))


# What the lead is for, after the names (the unnamed card's words: plan/school_card).
LEAD_WHAT = "talk to them about any worry."

# "his deputy", "her deputy" by the lead's title; "their" where it says nothing (Mx, Dr).
_WHOSE = {"mr": "his", "mrs": "her", "ms": "her", "miss": "her"}


def lead_card(school: Signpost, lesson: Lesson, brand: Brand) -> Signpost:
    """11-16s' school card where the brand names its lead: the role as the card's name, as
    every other card's name says what it is ("Childline"), and the lead, then the deputy,
    each on a line of their own under it. With the lead's name as the card's name, "Our
    Designated Safeguarding Lead, or the deputy, Mrs Mensah" read as if the deputy were
    the lead. A school's words kept as they are where the brand names no lead."""
    # As pupils say them ("Mr Okafor"): a full name held whole on its line ("Mrs Oluwaseun
    # Fairweather-Blackwood") was wider than the card.
    lead = fill_ins.pupil_name(brand.dsl_name.strip())
    if not lead:
        return school
    deputy = fill_ins.pupil_name(brand.deputy_dsl_name.strip())
    whose = _WHOSE.get(lead.split(" ", 1)[0].rstrip(".").lower(), "their")
    # One flowing sentence, who then what for: a line a fact ("Mr Okafor," / "or his
    # deputy Mrs Mensah." / the room) drew three one-line boxes, the first ending on a
    # comma.
    names = f"{lead}, or {whose} deputy {deputy}" if deputy else lead
    # Its contact is where they are, with no email (school_card.school_contact). Naming the
    # deputy, a card cut to fit keeps it.
    blurb = f"{names}: {LEAD_WHAT}"
    return replace(school, name=school_card.unnamed_lead_heading(lesson, brand), blurb=blurb,
                   kept=((0, Keep.WHO_ELSE),) if deputy else ())


def parents_school_card(school: Signpost, brand: Brand) -> Signpost:
    """The school's card (school_card.school_contact, headed by the lead's name) as the parents'
    help slide shows it: headed by the service, "Our safeguarding lead", as every other
    card is (NSPCC Helpline, Police) and as the pupils' decks head it; under it the lead
    and the deputy by name. A card headed "Mrs Priya Shah" was the one card a parent
    scanning the headings could not tell was the school. Where the
    DSL has no phone of their own, the office's number and hours come first."""
    our = "Your school's" if named_people.visitor(brand) else "Our"
    # "Our school's safeguarding lead" ran to two lines in a half-slide card and the card
    # lost the lead's name to fit. The names in one sentence naming the deputy: a card cut
    # to fit keeps such a sentence (render/deck_help_words), and "Mr Okafor." alone was cut.
    deputy = named_people.school_deputy(brand).rstrip(".")  # as the card's own words name them
    if deputy.startswith("["):  # "[deputy" / "DSL's name]" broke the field over two lines
        deputy = deputy.replace(" ", contact_text.NBSP)
    # "or the deputy," held together, so a line too short for the whole sentence breaks
    # after the DSL's name ("Mrs Priya Shah, / or the deputy, Mr Ben Adeyemi."), not
    # raggedly after "or the".
    held = contact_text.NBSP.join(("or", "the", "deputy,"))
    names = f"{school.name}, {held} {deputy}." if deputy else f"{school.name}."
    card = replace(school, name=fill(safeguarding_words().secondary.unnamed_heading, our=our),
                   blurb=names, kept=((0, Keep.WHO_ELSE),) if deputy else ())
    return _office_first(card, brand) if lead_line.no_phone(brand) else card


def _office_first(school: Signpost, brand: Brand) -> Signpost:
    """The office's number and its hours first, then the DSL's and the deputy's ways (a
    card shows two lines of them; the rest are on the handout and said from the notes). An
    email alone was no way to reach the school at 9pm, and broke
    across two lines in half a slide."""
    hours = brand.office_hours.strip()
    # "Office", on the school's own card: with "School office" and its hours the line
    # wrapped, and the card lost the words saying who the DSL is.
    office = Reach(brand.phone.strip() + (f" ({hours})" if hours else ""), Who.OFFICE, "Office")
    others = [way for way in school.ways if way.who is not Who.OFFICE]
    return replace(school, ways=(office, *others))


def help_slides(lesson: Lesson, facts: FactsFile, brand: Brand, library: PictureLibrary | None
                ) -> list[Slide]:
    """The lesson's last slides: who can help (plan/help_signposts ``signposts``), the cards shared
    out over as few slides as hold them."""
    readers = lesson.readers
    slides: list[Slide] = []
    helps, adults = _cards(lesson, facts, brand, library)
    words = helps  # each card's whole words, before 11-16s' slides cut them to a line
    # At most three cards a slide (a brand's own local helplines can make more), shared out
    # evenly: never a slide holding one card. Children who cannot read see the school's two
    # adults on a slide of their own, their faces large (four in a row set them at half an
    # inch on a trainer's template).
    runs, rows, helps, series = _runs(lesson, facts, helps)
    size = max(map(len, runs), default=CARDS_PER_SLIDE)  # every slide's cards one width
    for n, run in enumerate(runs):
        shown = helps[run.start:run.stop]
        said = ""
        if not readers:
            # Children who cannot read see who and how (a picture, a name, a number); what
            # each is for is said aloud.
            said = "Say what each is for: " + " ".join(said_aloud(h) for h in shown)
            if n == 0:
                said = join_notes(said, places_said(brand))
            shown = tuple(_few(h, brand, h is helps[0], h in adults) for h in shown)
        else:  # _runs keeps every card, in order: ``words`` and ``helps`` line up
            said = must_hear(facts, words[run.start:run.stop], shown)
        slides.append(Slide(
            slide_runs.continued("Who can help", n, len(runs), 1),
            kicker="Getting help", place=Place.HELP,
            payload=SignpostingSlide(
                shown,
                lead_line.help_lead(lesson, brand) if n == 0 else "More places to get help.",
                slots=size,
                rows=rows,
                series=series if readers else tuple(
                    _few(h, brand, h is helps[0], h in adults) for h in helps)),
            notes=join_notes(said, visiting.help_note(lesson, brand),
                             safeguarding_reminder(brand))))
    if slides:  # the last slide shown stays up as the class packs away
        last = slides[-1]
        slides[-1] = replace(last, notes=join_notes(PACK_AWAY, last.notes))
    return slides


PACK_AWAY = "Leave this slide up while pupils pack away."

