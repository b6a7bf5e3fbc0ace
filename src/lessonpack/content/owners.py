"""Whose a fill-in is: the people a school file names, once, with the lines that hold
their name and phone and how the lists of what is left to fill in say them ("DSL’s",
"deputy’s").

Two lists say whose fill-ins are: a [field]'s own record (content/fill_ins ``FILL_INS``,
grouped by plan/field_words) and an example file's made-up contact, by the school file's
line it came from (plan/fill_in_owners). Each had its own table of people and possessives;
a person renamed or added in one was missed by the other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Owner:
    """One person a fill-in may be: ``who`` as the lists say them ("deputy DSL"), ``short``
    on a line with no room, beside the others ("deputy"), and the school file's lines that
    hold their name and (within a contact line) their phone, "" for none."""

    who: str
    short: str = ""
    name_key: str = ""
    phone_key: str = ""

    def whose(self, short: bool = False) -> str:
        """"deputy DSL’s"; with ``short``, "deputy’s"."""
        return f"{(short and self.short) or self.who}’s"


DSL = Owner("DSL", name_key="dsl_name", phone_key="safeguarding_contact")
DEPUTY = Owner("deputy DSL", short="deputy", name_key="deputy_dsl_name",
               phone_key="deputy_dsl_contact")
TRAINER = Owner("trainer", name_key="trainer_name", phone_key="trainer_phone")
CLASS_TEACHER = Owner("class teacher", name_key="class_teacher")
HEADTEACHER = Owner("headteacher", name_key="headteacher", phone_key="headteacher_phone")
SIGNATORY = Owner("signatory", name_key="letter_signatory")
# Who hears a concern about the head: the chair of governors, or whom a trust's policy names.
HEAD_CONCERNS = Owner("chair or trust lead", short="chair", name_key="head_concerns_to")
COUNCIL = Owner("council")  # the local authority's out-of-hours line: no school file line

# In the order the lists name them: the safeguarding leads first, as the handover's
# disclosure line does; the head before the letters' signatory, who is often the same person
# and is named on the handover as the head.
OWNERS = (DSL, DEPUTY, TRAINER, CLASS_TEACHER, HEADTEACHER, SIGNATORY, HEAD_CONCERNS,
          COUNCIL)
