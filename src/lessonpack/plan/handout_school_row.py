"""The school's row in the parents' handout's "Where to report and get help" table.

The table's first column is headed "Service", and a parent scans it for where to go: the
school's card as the slides show it is headed by the lead's name ("Mr Daniel Okafor"), which
read as a service nobody had heard of (a designer's review). In the table the service is the
school's safeguarding lead, and the person is named with the ways to reach them.
"""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.plan.common import DSL_TITLE, visitor
from lessonpack.plan.model import Signpost

# What the row is for once its service says whose: "Our Designated Safeguarding Lead" again
# beside "Riverside Academy: Designated Safeguarding Lead" said it twice.
WHAT_FOR = "Any worry about your child's safety, online or off."


def school_service(brand: Brand) -> str:
    """"Riverside Academy: Designated Safeguarding Lead"; "Our school: …" while the brand
    names no school ("Your school: …" from a visiting trainer)."""
    school = brand.named or ("Your school" if visitor(brand) else "Our school")
    return f"{school}: {DSL_TITLE}"


def school_row(school: Signpost, brand: Brand) -> Signpost:
    """``school`` (the school's card, headed by the lead's name) as the table's row: the
    service first, the lead's name leading the contacts ("Mr Daniel Okafor: safeguarding@…;
    School office: …"), and what the row is for with the deputy's name kept."""
    contact = school.contact
    # "DSL: safeguarding@…" is the lead's own address: the name takes the label's place.
    contact = (f"{school.name}: {contact.removeprefix('DSL: ')}" if contact.startswith("DSL: ")
               else f"{school.name}. {contact}")
    deputy = school.blurb.partition(". ")[2]  # "Deputy: Mrs Joy Mensah."
    return replace(school, name=school_service(brand), contact=contact,
                   blurb=f"{WHAT_FOR} {deputy}".strip())
