"""Where a letter home says to get help: the school's DSL, its own services, the national
lines and 999."""

from __future__ import annotations

import re

from lessonpack.content import fill_ins
from lessonpack.content.brand import Brand
from lessonpack.content.model import FactsFile, Lesson
from lessonpack.plan import contact_text, help_signposts, local_help
from lessonpack.plan.ages import age_of
from lessonpack.plan.crisis_line import crisis_line
from lessonpack.plan.crisis_line import named as crisis_named
from lessonpack.plan.model import HelplineRef

# Services a letter lists, one a line: national ones, then the school's own local ones, to
# make this many. At least three national: the NSPCC, CEOP and Childline, the line the
# children are taught in class (a school's local lines once pushed Childline off the letter,
# so home and school no longer named the same help). The lesson plan and handout list all.
LETTER_SERVICES = 4
# The most characters of the school's own services on one line of a letter (A4, 1.6 cm
# sides, 11 pt): longer, they go one a line.
LETTER_LINE_CHARS = 88
# Narrower fonts hold more on the line (Calibri's letters average about nine tenths of
# Arial's width): in a trainer's template's Calibri the two local services fit one line,
# which the taller Calibri lines need to keep the slip on page one.
NARROW_FONTS = {"calibri": 0.88, "carlito": 0.88}


def letter_line_chars(font: str) -> int:
    """Characters of the school's own services that fit one line of a letter in ``font``."""
    return round(LETTER_LINE_CHARS / NARROW_FONTS.get(font.strip().lower(), 1.0))


LETTER_NATIONAL_LEAST, LETTER_NATIONAL_MOST = 3, 3
# Childline leads a secondary letter's line of services open at any hour.
CHILDLINE = HelplineRef("childline")


def dsl_sentence(brand: Brand) -> str:
    """Who to contact about a child's safety. A school's brand names its own DSL and deputy
    (placeholders to fill in when unset); a brand that says how its lead is referred to
    ("the school's Designated Safeguarding Lead": a trainer or a council, who is not the
    school) and names nobody gets that, never "our" with a gap to fill."""
    contact = brand.safeguarding_contact
    if not brand.dsl_name and brand.names_its_lead:
        how = f" ({contact})" if contact else ", through the school office"
        return (f"Any worry about your child's safety, online or offline? Please contact "
                f"{brand.safeguarding_lead}{how}.")
    # The fill-ins as the help cards and sheets spell them: one spelling everywhere.
    name = brand.dsl_name or fill_ins.FILL_IN_DSL
    deputy = brand.deputy_dsl_name or fill_ins.FILL_IN_DEPUTY
    # A parent phones or emails: the rooms staff find the DSL in ("Deputy Head's office, next
    # to reception") are left out where a number or address is given (as on the parents'
    # help cards); that line also made room to sign the letter.
    reach = contact_text.parent_contact(contact)
    deputy_reach = contact_text.parent_contact(brand.deputy_dsl_contact)
    deputy_contact = f" ({deputy_reach})" if deputy_reach else ""
    # A worried parent in the evening rings: where the leads are reached by email alone,
    # the school's phone comes first (the letterhead's number is not where they look), and
    # the addresses after it, since an email can sit unread until the next school day.
    if brand.phone and reach and not _PHONE_NUMBER.search(f"{reach} {deputy_reach}"):
        emails = f"{reach}, {deputy_reach}" if deputy_reach else reach
        return (f"Any worry about your child's safety? Phone the school on "
                f"{contact_text.unbroken(brand.phone)} and ask for our Designated "
                f"Safeguarding Lead, {name}, or our deputy, {deputy}. Email ({emails}) may not "
                f"be read out of school hours.")
    if not reach:
        # No contact given: a number a parent can ring, the school's or a field for it,
        # never "phone or email" (an email alone may sit unread over a weekend).
        phone = contact_text.unbroken(brand.phone) if brand.phone else fill_ins.FILL_IN_CONTACT
        return (f"Any worry about your child's safety? Phone the school on {phone} and ask "
                f"for our Designated Safeguarding Lead, {name}, or our deputy, "
                f"{deputy}{deputy_contact}.")
    phoned = "" if _PHONE_NUMBER.search(f"{reach} {deputy_reach}") or not brand.phone \
        else f", or phone the school on {contact_text.unbroken(brand.phone)}"
    # Two lines, not three, with both numbers: the letter and its slip are one page.
    return (f"Any worry about your child's safety? Contact our "
            f"Designated Safeguarding Lead, {name} ({reach}), or our "
            f"deputy, {deputy}{deputy_contact}{phoned}.")


# A UK phone number in a contact ("01632 960 214", "0800 1111").
_PHONE_NUMBER = re.compile(r"\b0\d[\d\s]{7,12}\d\b")


def night_line(lesson: Lesson, contact: str) -> bool:
    """Whether a school's own service reached at ``contact`` is the line a secondary
    letter's parent rings tonight: open 24 hours (its contact says so)."""
    return age_of(lesson.audience).secondary and "24 hours" in contact


def out_of_hours(lesson: Lesson, brand: Brand) -> str:
    """Where a secondary letter's parent turns tonight when the school's own services for
    families hold no 24-hour line: the police on 101, as the parents' handout says. Empty
    where a 24-hour line is listed (the school's, marked "Out of hours"), where the letter
    lists the local children's services field in its place (no own services at all), and
    on primary letters, whose page has no line to spare. "In danger now: 999" closes every
    letter's list of services (``letter_services``)."""
    own = local_help.own_helplines(brand, pupils=False)
    if not age_of(lesson.audience).secondary or not own or any(
            night_line(lesson, h.contact) for h in own):
        return ""
    return "Out of hours, the police on 101."


# The emergency line every letter's help box ends with.
DANGER_LINE = "In danger now: 999"


def letter_services(lesson: Lesson, facts: FactsFile, brand: Brand, *,
                    crisis: bool = False) -> tuple[str, bool]:
    """The services a letter lists under its DSL, one a line, and whether a local line is
    among them (always now: the school's own, or the local children's services field).
    With ``crisis``, the lesson's day-or-night crisis services (Samaritans and Shout) follow
    the national ones on a line of their own."""
    # The services a parent most needs (the NSPCC, CEOP, then the lesson's first) and the
    # school's own: a letter is one page; the lesson plan lists every service.
    services = help_signposts.adult_signposts(lesson, facts, brand)
    local = len(services) - len(local_help.own_helplines(brand, pupils=False))  # own last
    # One service a row: five run together on one line were hard to scan,
    # for a parent reading English as an additional language most of all.
    # A line break, not a paragraph, between them: the letter stays one page.
    national = max(LETTER_NATIONAL_LEAST, min(LETTER_NATIONAL_MOST,
                                              LETTER_SERVICES - (len(services) - local)))
    # The brand's or school's own services share one line, as on the handout: at a
    # secondary school, two of them on lines of their own pushed the reply slip onto a second
    # page.
    # A number never split over the line's end (it wrapped as "0306 999 / 0150"); two that
    # do not fit one line go one a line, each whole (no "(24 hours)" alone on a line).
    # The 24-hour line marked for the evening a worried parent reads the letter again,
    # unless the mark would part services that share a line (the slip's margin needs it:
    # "(24 hours)" still says so).
    plain = [f"{s.name}: {contact_text.unbroken(s.contact)}" for s in services[local:]]
    entries = [f"Out of hours: {s.name}, {contact_text.unbroken(s.contact)}"
               if night_line(lesson, s.contact) else said
               for s, said in zip(services[local:], plain, strict=True)]
    if not entries:
        # No service of the school's own for families: the handout's yellow field for the
        # council's 24-hour line, so no letter leaves a parent at 9pm on a Friday with only
        # national services: the letter reaches families the handout may not.
        field = local_help.local_help_field()
        entries, plain = ([f"Out of hours: {field.name}, {field.contact}"],
                          [f"{field.name}: {field.contact}"])
    width = letter_line_chars(brand.body_font)
    if len(entries) > 1 and len(" · ".join(plain)) <= width < len(" · ".join(entries)):
        entries = plain
    # One line when they fit, else one a line; the unmarked lines beside them, line for line.
    lines, unmarked = [" · ".join(entries)], [" · ".join(plain)]
    if len(lines[0]) > width:
        lines, unmarked = list(entries), list(plain)
    # Where the lesson names them, the line a parent turns to when a teenager is in crisis
    # at night, in the handout's words, with Childline's number: one line for the three
    # open at any hour, in place of Childline's own (a line more ran the letter's reply
    # slip to its cut).
    night = crisis_line(facts, lesson.signposting, (CHILDLINE.id,)) if crisis else ""
    # The national rows are chosen first; the night line then takes the row of a service it
    # names (Childline's, found by its mark, never its name: a card may name it differently
    # from the facts file), and where it names none of them it is a row more: choosing
    # around it had dropped a national service whenever the night line printed.
    said = {HelplineRef(h.id) for h in crisis_named(facts, lesson.signposting,
                                                     (CHILDLINE.id,))} if night else set()
    nationals = [f"{s.name}: {s.contact}" for s in services[:local][:national]
                 if s.helpline not in said]
    nationals += [night] if night else []
    return "\n".join(_with_danger(nationals, lines, unmarked[-1], width)), True


def _with_danger(nationals: list[str], lines: list[str], unmarked_last: str,
                 width: int) -> list[str]:
    """The services' lines with "In danger now: 999" added: after the school's own last
    service where it fits on that line (unmarked if that makes it fit: "(24 hours)" still
    says it is open tonight), else after the last national service it fits beside, else on
    a line of its own. Every letter, at every age, says what to do in an emergency, and a
    line more pushed a school's reply slip overleaf."""
    *before, last = lines
    for line in (last, unmarked_last):
        if len(f"{line} · {DANGER_LINE}") <= width:
            return [*nationals, *before, f"{line} · {DANGER_LINE}"]
    for n in reversed(range(len(nationals))):
        if len(f"{nationals[n]} · {DANGER_LINE}") <= width:
            beside = [*nationals[:n], f"{nationals[n]} · {DANGER_LINE}", *nationals[n + 1:]]
            return [*beside, *lines]
    return [*nationals, *lines, DANGER_LINE]
