"""The parents' workshop invitation a letter home carries."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience
from lessonpack.plan.ages import age_of
from lessonpack.plan.letter_dates import same_day, session_time
from lessonpack.plan.model import Block, Paragraph

WORKSHOP_LABEL = "Parents' and carers' workshop:"


def workshop_invitation(brand: Brand, audience: Audience | None = None,
                        sent: str = "") -> list[Block]:
    """The parents' workshop, when the school may run one with this lesson (the build makes
    the parents' pack, or the brand gives its date): when and where, or fill-ins for them.
    Nothing else in the pack told parents it was on. In a letter ``sent`` on the workshop's
    own day, "This evening, 6pm": the bare date, read at 3.15pm, looked weeks away."""
    if not brand.parents_workshop:
        return []
    if brand.named:
        # A school's own letter invites to the workshop it has dated or placed, leaving the
        # other as a line to write on; one it has said nothing of is left out (blank lines
        # for when and where went home to every family).
        if not (brand.parents_session_date or brand.parents_session_venue):
            return []
        when = _tonight(brand.parents_session_date, sent) or brand.parents_session_date \
            or "_" * 10 + " (when)"
        where = brand.parents_session_venue or "_" * 10 + " (where)"
        return [Paragraph(f"{when}, {where}. {who_comes(brand)}{content_note(brand, audience)}",
                          label=WORKSHOP_LABEL)]
    # An unbranded letter is all fill-ins (content/fill_ins.py), so "Fill in first" and the
    # yellow ask for these too; and building the parents' pack says nothing of whether the
    # school runs the workshop, so its one field says the line goes when it runs none (a
    # field each for when and where and a "[Delete if none.]" after the line's last
    # sentence were three yellow marks where one does).
    if not (brand.parents_session_date or brand.parents_session_venue):
        return [Paragraph(f"{WORKSHOP_FIELD}. {who_comes(brand)}"
                          f"{content_note(brand, audience)}", label=WORKSHOP_LABEL)]
    when = _tonight(brand.parents_session_date, sent) or brand.parents_session_date \
        or WORKSHOP_WHEN
    where = brand.parents_session_venue or WORKSHOP_WHERE
    # One line: the letter and its reply slip are one page.
    return [Paragraph(f"{when}, {where}. {who_comes(brand)}{content_note(brand, audience)}",
                      label=WORKSHOP_LABEL)]


def _tonight(session: str, sent: str) -> str:
    """"This evening, 6pm" for a workshop on the day a letter is ``sent`` (the letter after
    a lesson on the workshop's day); "" otherwise."""
    if not (sent and session and same_day(session, sent)):
        return ""
    time = session_time(session)
    return f"This evening, {time}" if time else "This evening"


def who_comes(brand: Brand) -> str:
    """Who the workshop is for, and what children do there. "All welcome" alone left
    parents guessing whether to bring children (a primary school's 3.30pm session is pick-up
    time) and let a Year 10 pupil come to an evening of sextortion figures the notes keep
    for adults. A primary or all-through school's children are looked after in another room
    (the facilitator notes' checklist arranges it); a secondary school's session is for the
    adults alone."""
    if brand.phase == "secondary":
        return ADULTS_ONLY
    return ALL_WELCOME


ALL_WELCOME = "All welcome; staff look after children in another room."
ADULTS_ONLY = "For adults only, please."


def content_note(brand: Brand, audience: Audience | None = None) -> str:
    """" It includes how offenders blackmail teenagers; ..." for an all-through or a
    secondary school, whose workshop has teenage sextortion figures and a teenage story: a
    parent of a five-year-old should know before coming, and a parent of a Year 10 pupil is
    reassured that nothing is graphic before the sextortion part of the evening.
    Empty for a primary school's version, which has neither, and on a primary-age
    ``audience``'s letter where no phase was set: "all" is then only the default, a primary
    school should run the primary version (the build says how), and a KS1 letter told
    families of five-year-olds about teenage blackmail."""
    if brand.phase not in ("all", "secondary"):
        return ""
    if audience is not None and age_of(audience).primary \
            and "phase" not in brand.model_fields_set:
        return ""
    return " " + ALL_THROUGH_CONTENT_NOTE


ALL_THROUGH_CONTENT_NOTE = (
    "It covers how offenders blackmail teenagers; no images, nothing graphic.")
WORKSHOP_WHEN = "[date and time]"
WORKSHOP_WHERE = "[place]"
# When and where in one field, with what to do when the school runs no workshop.
WORKSHOP_FIELD = "[date, time and place, or delete this line]"
