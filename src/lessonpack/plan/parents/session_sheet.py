"""Page one of the parents' facilitator notes: the session's details and its running order
with the slides of each Part, as a lesson plan's running sheet gives them.

Without it the notes gave no slide numbers (26 slides, a presenter guessing
which belong to each Part) and no date, venue or presenter, though a council trainer reads
them in a school they do not know.
"""

from __future__ import annotations

import itertools
import re

from lessonpack.content.brand import Brand
from lessonpack.content.model import WELCOME_MINUTES, ParentSession
from lessonpack.content.parents_model import SignIn
from lessonpack.plan import named_people, visiting
from lessonpack.plan.clock import span as clock_span
from lessonpack.plan.deck import spare
from lessonpack.plan.model import Block, BulletList, DeckPlan, Heading, WriteOnLine
from lessonpack.plan.named_people import dsl
from lessonpack.plan.parents.parents_sign_in import sign_in_words
from lessonpack.plan.slide_span import SlideSpan


def _part_of(kicker: str) -> str:
    """"Part 2" from "Part 2 · 7 min" or "Part 2 · The research"."""
    return kicker.split("·")[0].strip()


def part_slides(session: ParentSession, deck: DeckPlan | None) -> list[SlideSpan]:
    """Slides 4–6 for each Part (its first slide with a "Part n" kicker to the next Part's), the
    last Part to the deck's last shown slide (hidden slides after it, ``hidden_extras``, are
    no Part's); none without a deck or when the deck's Parts do
    not match the sections."""
    if deck is None:
        return []
    starts = [next((n for n, s in enumerate(deck.slides, 1)
                    if _part_of(s.kicker) == f"Part {k}"), 0)
              for k in range(1, len(session.sections) + 1)]
    if not all(starts) or starts != sorted(starts):
        return []
    end = len(deck.slides) - len(hidden_extras(deck))
    return [SlideSpan(a, b - 1) for a, b in itertools.pairwise([*starts, end + 1])]


def hidden_extras(deck: DeckPlan | None) -> list[int]:
    """The numbers of the hidden slides that end the deck, after its last shown slide."""
    if deck is None:
        return []
    shown = [n for n, s in enumerate(deck.slides, 1) if not s.hidden]
    return list(range(max(shown, default=0) + 1, len(deck.slides) + 1))


def opening_slides(deck: DeckPlan | None, first_part: SlideSpan | None) -> SlideSpan | None:
    """Slides 1–3: the welcome slides before Part 1 (title, ground rules, objectives); None
    without a deck or Part 1's slides."""
    if deck is None or first_part is None:
        return None
    return SlideSpan(1, max(first_part.first - 1, 1))


def running_order(session: ParentSession, deck: DeckPlan | None,
                  brand: Brand | None = None) -> tuple[str, ...]:
    """A line per Part: its clock, its slides and its title ("6.05–6.12pm · slide 4: 1. Why
    children love live video"), a list beside the resources (as a table it cost a Brightpath
    set of notes a ninth page). The clock is the session's own when the brand or school gives
    its start time, else minutes from the start; the welcome has its own timed line first (a
    welcome said "before the hour" read as five to six)."""
    slides = part_slides(session, deck)
    opening = opening_slides(deck, slides[0] if slides else None)
    start = start_minutes(brand.parents_session_date if brand is not None else "")
    clock = WELCOME_MINUTES if opening is not None else 0

    def span(a: int, b: int) -> str:
        return clock_span(start + a, start + b) if start is not None else f"{a}–{b} min"

    rows = []
    # The team's sign-in file, printed by the office, is set out first and collected last,
    # in the session's own words (parents.yml ``visit.sign_in``).
    sign_in = session.visit.sign_in if session.visit is not None and brand is not None \
        and named_people.visitor(brand) else None
    if sign_in is not None:
        rows.append(sign_in.arrive)
    if opening is not None:
        rows.append(f"{span(0, WELCOME_MINUTES)} · {opening.label}: "
                    "welcome, ground rules, plan")
    for n, section in enumerate(session.sections, 1):
        where = f" · {slides[n - 1].label}" if slides else ""
        rows.append(f"{span(clock, clock + section.minutes)}{where}: {n}. {section.title}")
        clock += section.minutes
    spares = spare.spare_range(deck.slides) if deck is not None else None
    if spares is not None:  # hidden at the deck's end, after the help slides: off the clock
        rows.append(f"If there is time · {spares.label}: "
                    f"{spare.TITLE.lower()}, hidden at the end")
    if sign_in is not None:
        rows.append(sign_in.close)
    return tuple(rows)


# "6pm", "3.30pm", "6:30 pm", "18:00": the session's start in its date line.
_TIME = re.compile(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)\b|\b(\d{2}):(\d{2})\b",
                   re.IGNORECASE)


def start_minutes(date_line: str) -> int | None:
    """Minutes after midnight the session starts, from its date line, or None."""
    found = _TIME.search(date_line)
    if not found:
        return None
    if found[3]:
        hour = int(found[1]) % 12 + (12 if found[3].lower() == "pm" else 0)
        return hour * 60 + int(found[2] or 0)
    return int(found[4]) * 60 + int(found[5])



def resources(session: ParentSession, brand: Brand) -> tuple[str, ...]:
    """The session's resources, and a visiting team's sign-in file (the visit brief has the
    office print it, so the presenter's list names it too), in the session's words
    (parents.yml ``visit.sign_in``)."""
    own = tuple(r.text for r in session.resources)
    if not named_people.visitor(brand) or session.visit is None:
        return own
    return (*own, session.visit.sign_in.resources)


def details(brand: Brand) -> tuple[WriteOnLine, ...]:
    """"Venue: Ashgrove Primary School, the hall   Date and time: ____" and who presents
    (_presenter). The date and room are the brand's or school's parents_session_date and
    _venue when given (the letters home invite parents with the same)."""
    who = _presenter(brand)
    venue = ", ".join(filter(None, (brand.named, brand.parents_session_venue)))
    if brand.parents_session_date:  # a line each: beside the venue, a long date wrapped
        return (WriteOnLine("Date and time:", filled=brand.parents_session_date),
                WriteOnLine("Venue:", filled=venue), *who)
    return (WriteOnLine("Date and time:", lead=("Venue:", venue)), *who)


def _presenter(brand: Brand) -> tuple[WriteOnLine, ...]:
    """Who presents: a visiting team, named; a school's own staff, no line (a bare
    "Presenter:" on a branded pack looked unfinished, and the presenter knows who they
    are); an unbranded pack, a line to write on as its other fill-ins."""
    if brand.delivered_by:
        return (WriteOnLine("Presenter:", filled=visiting.delivered_by(brand)),)
    return () if brand.named else (WriteOnLine("Presenter:"),)


# "Primary and all-through sessions: …": the rest of a checklist item (from the item's start
# or a sentence's) is for some schools' sessions only.
_FOR_PHASES = re.compile(r"(?:^|(?<=\. ))((?:primary|secondary|all-through)(?:(?:, | and )"
                         r"(?:primary|secondary|all-through))*) sessions?: ", re.IGNORECASE)
_PHASE_WORD = {"primary": "primary", "secondary": "secondary", "all": "all-through"}


def for_phase(items: tuple[str, ...], phase: str) -> tuple[str, ...]:
    """The items for a school of ``phase``: words for some phases' sessions only lose their
    "Primary and all-through sessions:" lead where they apply (a primary school's presenter
    read it as template text) and are left out where they do not."""
    kept = []
    for item in items:
        found = _FOR_PHASES.search(item)
        if found is None:
            kept.append(item)
            continue
        before, rest = item[:found.start()].strip(), item[found.end():]
        if _PHASE_WORD.get(phase, "all-through") in found[1].lower():
            kept.append(" ".join(filter(None, (before, rest[:1].upper() + rest[1:]))))
        elif before:
            kept.append(before)
    return tuple(kept)


def after_session(brand: Brand, sign_in: SignIn | None = None) -> list[Block]:
    """What to do when families have gone: the handover, in the order it is done. The notes
    ended at the quiz answers, with nothing on the question box or a concern heard at the
    end. ``sign_in``: a visiting team's sign-in file (parents.yml ``visit.sign_in``), whose
    sheets go to the school's DSL once every family has left."""
    lead = dsl(brand)
    # A visitor takes the feedback forms away: a concern written on one is read first.
    forms = "read every feedback form, then " if named_people.visitor(brand) else ""
    steps = [
        f"Before you leave, {forms}give {lead} (or the deputy) the question-box slips and a "
        "note of any concern raised; a disclosure goes on the school's own form that day.",
        "Note any question you could not answer, and reply through the school office.",
    ]
    if named_people.visitor(brand) and sign_in is not None:
        # Who keeps what, as the sign-in sheet's own box tells families: the sheets and the
        # play register stay with the school's DSL; the team takes the slips and forms.
        # Then how the slips are held until the team's office has them, in the brief's words.
        steps.append(f"{sign_in_words(sign_in.kept, brand)} {sign_in.slips}")
    return [Heading("After the session", 2), BulletList(tuple(steps), numbered=True)]
