"""The school's row in the parents' handout's "Where to report and get help" table.

The table's first column is headed "Service", and a parent scans it for where to go: the
school's card as the slides show it is headed by the lead's name ("Mr Daniel Okafor"), which
read as a service nobody had heard of. In the table the service is the
school's safeguarding lead, and the person is named with the ways to reach them.
"""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import FILL_IN_CONTACT
from lessonpack.plan.contact_text import unbroken
from lessonpack.plan.lead_line import no_phone
from lessonpack.plan.model import Reach, Signpost, Who
from lessonpack.plan.named_people import DSL_TITLE, school_deputy, visitor

# What the row is for once its service says whose: "Our Designated Safeguarding Lead" again
# beside "Riverside Academy: Designated Safeguarding Lead" said it twice.
WHAT_FOR = "Any worry about your child's safety."


def school_service(brand: Brand) -> str:
    """"Riverside Academy: Designated Safeguarding Lead" where the brand names the school and
    its lead; else "Our school's safeguarding lead" ("Your school's" from a visiting
    trainer): a brand that names no lead may be a trainer's own, whose name is no school's
    ("Northshire Online Safety Team: …"), and two lines in the column kept a trainer's
    handout to its two sides."""
    if brand.named and brand.dsl_name.strip():
        return f"{brand.named}: {DSL_TITLE}"
    return f"{'Your' if visitor(brand) else 'Our'} school's safeguarding lead"


def school_row(school: Signpost, brand: Brand) -> Signpost:
    """``school`` (the school's card, headed by the lead's name) as the table's row: the
    service first, the lead's name leading the contacts ("Mr Daniel Okafor: safeguarding@…;
    School office: …"), the deputy's name beside their own number ("Deputy, Mr Daniel
    Price: 01632 960420"), or, with no line of theirs among the contacts, in what the row
    is for ("Deputy: Mrs Joy Mensah.")."""
    ways = _deputy_named(_phone_first(school, brand), brand)
    # The deputy as the school's card names them, when no contact line carries the name.
    named = bool(brand.deputy_dsl_name.strip()) and any(w.who is Who.DEPUTY for w in ways)
    deputy = "" if named else f"Deputy: {school_deputy(brand)}."
    return replace(school, name=school_service(brand), ways=ways,
                   blurb=f"{WHAT_FOR} {deputy}".strip())


def _deputy_named(ways: tuple[Reach, ...], brand: Brand) -> tuple[Reach, ...]:
    """The deputy's line labelled with their name ("Deputy, Mr Daniel Price: 01632
    960420"): "Deputy: 01632 960420" here and the name in the next column left a parent in
    a hurry ringing without knowing whom to ask for. Unchanged when the school names no
    deputy (the card's label stays, the field to fill in being in the row's last column)."""
    name = brand.deputy_dsl_name.strip()
    if not name:
        return ways
    return tuple(replace(w, label=f"{w.label}, {name}") if w.who is Who.DEPUTY and w.label
                 else w for w in ways)


def _phone_first(school: Signpost, brand: Brand) -> tuple[Reach, ...]:
    """The row's contacts, a number to ring first, as the letters home give them: the
    handout is what a family keeps, and a worry at 9pm on a Friday sent to an inbox may
    sit unread until Monday. A lead reached by email alone: the office's number, asking for
    the lead by name, then the address, said to be read in school hours. No
    contact given: a field for a number, asking for the lead. Else the lead's name before
    their ways ("Mrs Helen Okafor: 01632 960419")."""
    first, *rest = school.ways or (Reach(""),)
    if first.who is Who.LEAD and no_phone(brand):
        # The office's hours are on the slide and help card; here they ran side two to
        # the footer.
        office = Reach(f"Phone {unbroken(brand.phone.strip())}, ask for {school.name}",
                       Who.OFFICE)
        emails = [w.how for w in school.ways if w.who is Who.LEAD]
        email = Reach(f"email ({', '.join(emails)}) may not be read out of school hours",
                      Who.LEAD)
        return (office, email, *(w for w in rest if w.who not in (Who.LEAD, Who.OFFICE)))
    if first.how == FILL_IN_CONTACT:
        return (Reach(f"Phone {FILL_IN_CONTACT} and ask for {school.name}", Who.LEAD),
                *rest)
    # "DSL: safeguarding@…" is the lead's own line: the name takes the label's place. The
    # line is known by the planner's mark (``Who``), never by its printed label.
    first = (replace(first, label=school.name) if first.who is Who.LEAD and first.label
             else Reach(f"{school.name}. {first.line}", first.who))
    return (first, *rest)
