"""What a teacher must still fill in: one pattern the planners list and the renderers
highlight yellow.

A [bracketed field] ("[DSL's name]") is a fill-in wherever it prints. So is every contact from
a file marked ``example: true`` (lessonpack's own example brands and school): their names,
phone numbers and addresses are made up, and printed plain they read as real, checked
contacts (a parent ringing a "24 hours" line that never connects). Marked like the brackets,
they still show what goes where, but nobody can print them by mistake.

It lives with the content, below the planners and the renderers, so the lesson plan's
"Fill in first" box (plan/fill_in_first), the hidden "Before you teach" slide and the yellow
in both renderers all ask the same question and never disagree about what is a fill-in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lessonpack.content.brand import RSE_PART_WORDS, Brand
from lessonpack.content.owners import COUNCIL, DEPUTY, DSL, HEADTEACHER, OWNERS, Owner

# The longest field, brackets aside. A choice the teacher strikes through is the longest
# kind: the secondary letter's "[the relationships part of our RSE (every pupil takes it) /
# health education / the sex education part of our RSE (you may ask to withdraw)]" has 137
# characters inside. The limit still keeps a bracketed aside
# of a sentence or more, which a user's own text may hold, from being painted as one field.
FIELD_MAX = 140
# "[School name]", "[date of the lesson]": a field left for the teacher.
BRACKETS = rf"\[[^\[\]]{{2,{FIELD_MAX}}}\]"
# The bracketed fields alone, as one capturing group: ``findall`` gives each field,
# ``split`` keeps them between the text around them.
FIELD = re.compile(f"({BRACKETS})")
# Phone numbers and email addresses inside a longer contact ("Mrs Okafor's office, by the
# school hall; 01632 960419"): a slide may print the number on a line of its own.
_PHONE = re.compile(r"\b0\d[\d ]{8,12}\d\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# An email address, or the field for one ("[DSL's email]"), anywhere in a help card's words:
# the signposting planner gives that card a slide's width (kinds/signposting) and the cards'
# drawing lays it across the top (render/deck_cards), so the address is never broken over
# two lines. One pattern here, below both, so the two never disagree.
MAIL = re.compile(r"\S@\S|email\]", re.IGNORECASE)
_PARTS = re.compile(r"[,;]")
_NAMED = re.compile(r"^.+[A-Z0-9]")
# The fields of a brand or school file that print a person or a way to reach someone: the
# people's names and phones as content/owners says them, and the school's and trainer's
# other ways in.
_PEOPLE = tuple(o.name_key for o in OWNERS if o.name_key)
_CONTACTS = (*(o.phone_key for o in OWNERS if o.phone_key), "address", "phone", "email",
             "website", "delivered_by_website", "delivered_by_phone", "delivered_by_email",
             "privacy_notice", "rse_policy_url")

# The fields the planners print in staff papers (plans, facilitator notes, slide notes),
# where other square brackets are not fields: the parents' session's route when neither
# safeguarding lead is free (the head and an out-of-hours phone; plan/visiting) and the
# council's 24-hour line. Marked yellow there as a letter's fields are: plain, the one gap
# in the box a facilitator reads mid-disclosure looked like finished text.
HEAD_FIELD = "[headteacher's name and phone]"
HEAD_PHONE_FIELD = "[headteacher's out-of-hours phone]"
LOCAL_HELP_FIELD = "[council's 24-hour number]"  # as the letters print it, among theirs
# Who hears a concern about the head (KCSIE Part 4; brand ``head_concerns_to``): a
# maintained school's chair of governors, a trust's named person (often its CEO). Worded
# so that, left as it is, it still sends the concern the right way: "the chair of
# governors" alone sent a trust's staff to the wrong person.
HEAD_CONCERNS_FIELD = ("[the chair of governors (or, in an academy trust, whoever its "
                       "policy names)]")
# Words a plan uses about fields in its own guidance ("no [bracketed] field is left", "each
# yellow [field]"): never a gap to fill in.
NOT_FIELDS = frozenset({"[bracketed]", "[field]"})


# What an unbranded pack leaves for the teacher to fill in; the lesson plan's checklist asks
# for every [bracket] to be completed before the lesson. Short, as a help card's name wraps.
# ONE spelling of each, used by slides, sheets, letters, plans and the handout alike. Every
# field here and above has a straight apostrophe, as a reader sees it: typographic quotes
# leave a [field] as typed (plan/quotes), since a school finds and replaces it by its exact
# text, and one curled field among straight ones is two spellings to search for.
FILL_IN_DSL = "[DSL's name]"
FILL_IN_DEPUTY = "[deputy DSL's name]"
# A number a parent can ring: "[school phone or email]" invited an email address alone, which
# may not be read until the next school day.
FILL_IN_CONTACT = "[school phone]"
FILL_IN_DSL_ROOM = "[DSL's room]"  # where 11-16s find the lead in person
# Where a primary pupil finds the lead, and the deputy, in person: one field under each name.
FILL_IN_PLACE = "[where to find them]"
# A draft letter's own dates and the class it is about: fields like the rest, so a teacher
# working through the yellow fields dates the letter, its lesson and its reply slip (ruled
# blanks in black were passed over, and thirty letters went home undated). A named school's
# letter keeps a ruled line for what its file leaves out: it carries no [bracket].
LETTER_DATE_FIELD = "[letter date]"
LESSON_DATE_FIELD = "[lesson date]"
CLASS_FIELD = "[class]"
REPLY_BY_FIELD = "[reply-by date]"
# The letters' own fields for the school (plan/letter): whoever answers a parent's
# questions about the lesson (as the lesson files write it), and the letterhead's contacts
# and signer.
FILL_IN_QUESTIONS = "[contact]"
LETTERHEAD_FIELDS = ("[School name]", "[School address]", "[Phone]", "[Email]", "[Website]")
SIGNER_FIELD = "[Name]"
LOGO_FIELD = "[School logo]"


@dataclass(frozen=True)
class FillIn:
    """One field, typed once: how it prints (``text``, what a school finds and replaces),
    whose it is and what of theirs, and how the lists of what is left say it. The lists
    (the lesson plan's "Fill in first" box, the "Draft" strip, the hidden slide) read these,
    never the printed words: renaming a field's text changes no list's grouping."""

    text: str
    # Whose (content/owners): the DSL, the deputy DSL; None for a field of no one
    # ("[school phone]").
    owner: Owner | None = None
    # What of theirs: "name", "room".
    thing: str = ""
    # The thing said for two people at once: "DSL’s and deputy DSL’s names".
    plural: str = ""
    # A field of no one in a teacher's words, where its printed text names no one out of
    # its place ("[Phone]" is the school's phone); its text's own words otherwise.
    words: str = ""
    # A field with no owner of its own, printed under a person's name ("[where to find
    # them]"): it is that person's, and is listed once for each person it follows.
    follows: bool = False

    def said(self, short: bool = False) -> str:
        """The field in a teacher's words: "DSL’s name", "school phone"."""
        if self.owner:
            return f"{self.owner.whose(short)} {self.thing}"
        return self.words or _words(self.text)

    def things(self, together: bool) -> str:
        """What of the owner's it is, for one person or (``together``) for several."""
        if not self.owner:
            return self.said()
        return (self.plural or self.thing) if together else self.thing


def _words(text: str) -> str:
    """A field's printed text as words: no brackets, spaces as spaces, the apostrophe
    curled as the lists print it."""
    return text.strip("[]").replace("\u00a0", " ").replace("'", "’")


# Every field whose words the lists cannot take from its text as printed: a person's (said
# together with that person's other fields) and those the text alone leaves unclear.
FILL_INS = (
    FillIn(FILL_IN_DSL, owner=DSL, thing="name", plural="names"),
    FillIn(FILL_IN_DEPUTY, owner=DEPUTY, thing="name", plural="names"),
    FillIn(FILL_IN_DSL_ROOM, owner=DSL, thing="room", plural="rooms"),
    FillIn(FILL_IN_PLACE, follows=True),
    FillIn(HEAD_FIELD, owner=HEADTEACHER, thing="name and phone"),
    FillIn(HEAD_PHONE_FIELD, owner=HEADTEACHER, thing="out-of-hours phone"),
    FillIn(LOCAL_HELP_FIELD, owner=COUNCIL, thing="24-hour number"),
    # Whose it is (content/owners.HEAD_CONCERNS) is the person a school's policy names, so
    # it is listed by what it is for: with an owner it would join the leads' names in the
    # lists ("deputy DSL’s and chair or trust lead’s names"), which says less than its
    # purpose.
    FillIn(HEAD_CONCERNS_FIELD, words="who hears a concern about the head"),
    FillIn(FILL_IN_QUESTIONS, words="who answers questions"),
    FillIn(SIGNER_FIELD, words="letters’ signer"),
    FillIn(LOGO_FIELD, words="school logo"),
    FillIn("[School name]", words="school name"),
    FillIn("[School address]", words="school address"),
    FillIn("[Phone]", words="school phone"),
    FillIn("[Email]", words="school email"),
    FillIn("[Website]", words="school website"),
)
_BY_TEXT = {f.text: f for f in FILL_INS}


def field_of(printed: str) -> FillIn:
    """The field ``printed`` ("[DSL\u2019s\u00a0name]", as a deck may print it) is; a field
    of no one, said in its own words, for one not in ``FILL_INS``."""
    text = " ".join(printed.replace("\u2019", "'").split())
    return _BY_TEXT.get(text) or FillIn(text)

# The staff papers' own fields, above, and a plan's page-one line of who to reach where no
# school file names the DSL (plan/dsl_phone.unnamed_dsl_line): a teacher reads that line
# mid-lesson, and plain it looked like a finished line with odd brackets.
# A visit's papers (brief, handover) name who is coming and how to reach them: a trainer's
# brand that gives no name, phone or email prints these, so the office can confirm, chase or
# call off the visit (with nothing printed, nobody noticed the gap).
TRAINER_NAME_FIELD = "[trainer's name]"
TRAINER_PHONE_FIELD = "[trainer's phone]"
TRAINER_EMAIL_FIELD = "[trainer's email]"
STAFF_FIELDS = (HEAD_FIELD, HEAD_PHONE_FIELD, LOCAL_HELP_FIELD, HEAD_CONCERNS_FIELD, FILL_IN_DSL,
                FILL_IN_DEPUTY, FILL_IN_CONTACT, FILL_IN_DSL_ROOM, FILL_IN_PLACE,
                TRAINER_NAME_FIELD, TRAINER_PHONE_FIELD, TRAINER_EMAIL_FIELD)


_TITLES = frozenset({"Mr", "Mrs", "Miss", "Ms", "Mx", "Dr"})


def pupil_name(full: str) -> str:
    """"Mrs Helen Okafor" as children say it, "Mrs Okafor"; other names as given."""
    words = full.split()
    if len(words) >= 3 and words[0].rstrip(".") in _TITLES:
        return f"{words[0]} {words[-1]}"
    return full


def example_values(brand: Brand) -> tuple[str, ...]:
    """The made-up contacts an ``example: true`` file prints, longest first (so a whole
    contact is marked before a number inside it); none for a real school's file."""
    if not brand.example:
        return ()
    people = [getattr(brand, f) for f in _PEOPLE]
    # "Year 4, Mr Sam Okoro": the teacher after the class.
    people += [c.rsplit(",", 1)[-1] for c in brand.classes if "," in c]
    values = [*people, *(pupil_name(p.strip()) for p in people if p.strip())]
    contacts = [getattr(brand, f) for f in _CONTACTS]
    for line in brand.extra_helplines:
        values.append(line.name)
        contacts.append(line.contact)
    values += contacts
    # A made-up booking's times and meeting place read as agreed ones: marked too.
    values += [*brand.lesson_times.values(), brand.trainer_arrives, brand.meeting_place]
    values += _rse_part(brand)
    for text in contacts:
        values += _PHONE.findall(text) + _EMAIL.findall(text)
        # A plan may print a contact in parts ("both: Student Services, room G14"): each
        # part that names a place (a capital past its start, or a digit), not "school office".
        values += [p for p in (q.strip().removeprefix("or ") for q in _PARTS.split(text))
                   if _NAMED.search(p)]
    values += _places(brand)
    kept = {v.strip() for v in values if len(v.strip()) > 3}
    return tuple(sorted(kept, key=lambda v: (-len(v), v)))


def _rse_part(brand: Brand) -> list[str]:
    """The part of RSHE a made-up school's letters put the lesson in: it reads as a policy
    decided, so it is marked, and a school starting from the example confirms it against
    its own policy (whether parents may withdraw their child rests on it)."""
    return [RSE_PART_WORDS[brand.rse_lesson]] if brand.rse_lesson is not None else []


# A part of a contact that reaches someone from elsewhere, not a place in school: a phone
# number, an email address, or the "or ..." of another way.
_REACH = re.compile(r"\d{3,}|@|^or\b", re.IGNORECASE)


def _places(brand: Brand) -> list[str]:
    """Where in school the safeguarding lead and the deputy are ("school office", "by the
    library"), as printed beside their names and as a help slide's card line starts them
    ("By the library"): made up in an example as their names are, so marked as the names
    are, or a school adapting the example by hand keeps the example's room."""
    places = []
    for contact in (brand.safeguarding_contact, brand.deputy_dsl_contact):
        for part in (p.strip() for p in _PARTS.split(contact)):
            if _REACH.search(part):
                break
            places += [part, part[:1].upper() + part[1:]] if part else []
    return places


def example_places(brand: Brand | None) -> frozenset[str]:
    """Where in school an ``example: true`` file's contacts put its safeguarding lead and
    deputy, and where its visitor is met (``meeting_place``), each as ``place_key`` says
    it: marked yellow as its names are, but no one, so a list of the made-up people a file
    prints (plan/fill_in_first) leaves them out by what the file typed, not by how a place
    tends to read in English. None for a real school's file."""
    if brand is None or not brand.example:
        return frozenset()
    return frozenset(place_key(p) for p in (*_places(brand), brand.meeting_place)
                     if p.strip())


def place_key(text: str) -> str:
    """``text`` as two spellings of one place compare equal: one plain space between words,
    a straight apostrophe, any case ("By the school hall", "Mrs Okafor’s office")."""
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def _literal(value: str) -> str:
    """``value`` as a pattern that also matches it as printed: spaces unbreakable where a
    phone number is held together, an apostrophe curled."""
    words = [re.escape(w).replace("'", "['\u2019]") for w in value.split()]
    return r"[ \u00a0]+".join(words)


@lru_cache(maxsize=32)
def _bracketed(values: tuple[str, ...]) -> re.Pattern[str]:
    """The bracketed fields and ``values``: one capturing group."""
    if not values:
        return FIELD
    return re.compile("(" + "|".join([BRACKETS, *(_literal(v) for v in values)]) + ")")


@lru_cache(maxsize=32)
def _values_only(values: tuple[str, ...]) -> re.Pattern[str] | None:
    """``values`` alone as one capturing group; None for none."""
    return re.compile("(" + "|".join(_literal(v) for v in values) + ")") if values else None


def fill_in_pattern(brand: Brand | None, *, brackets: bool = True,
                    examples: bool = True) -> re.Pattern[str] | None:
    """One capturing group matching every fill-in: bracketed fields (unless ``brackets`` is
    False: then the planners' own ``STAFF_FIELDS`` alone) and, unless ``examples`` is
    False, an example file's contacts; None if nothing."""
    values = example_values(brand) if brand is not None and examples else ()
    return _bracketed(values) if brackets else _values_only((*values, *STAFF_FIELDS))


def fill_ins(brand: Brand | None) -> re.Pattern[str]:
    """Every fill-in ``brand``'s pack prints, brackets included (never None: the brackets
    alone are a pattern)."""
    return _bracketed(example_values(brand) if brand is not None else ())
