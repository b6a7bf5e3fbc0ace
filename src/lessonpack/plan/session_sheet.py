"""Page one of the parents' facilitator notes: the session's details and its running order
with the slides of each Part, as a lesson plan's running sheet gives them.

Teacher review s7, 9 and 26: the notes gave no slide numbers (26 slides, a presenter guessing
which belong to each Part) and no date, venue or presenter, though a council trainer reads
them in a school they do not know.
"""

from __future__ import annotations

import itertools

from lessonpack.content.brand import Brand
from lessonpack.content.model import ParentSession
from lessonpack.plan.model import DeckPlan, WriteOnLine


def _part_of(kicker: str) -> str:
    """"Part 2" from "Part 2 · 7 min" or "Part 2 · The research"."""
    return kicker.split("·")[0].strip()


def part_slides(session: ParentSession, deck: DeckPlan | None) -> list[str]:
    """"4–6" for each Part (its first slide with a "Part n" kicker to the next Part's), the
    last Part to the deck's end (its quiz, take-home and help slides); none without a deck
    or when the deck's Parts do not match the sections."""
    if deck is None:
        return []
    starts = [next((n for n, s in enumerate(deck.slides, 1)
                    if _part_of(s.kicker) == f"Part {k}"), 0)
              for k in range(1, len(session.sections) + 1)]
    if not all(starts) or starts != sorted(starts):
        return []
    return [str(a) if b - a == 1 else f"{a}–{b - 1}"
            for a, b in itertools.pairwise([*starts, len(deck.slides) + 1])]


def opening_slides(deck: DeckPlan | None, first_part: str) -> str:
    """"1–3": the welcome slides before Part 1 (title, ground rules, objectives)."""
    if deck is None or not first_part:
        return ""
    end = int(first_part.split("–")[0]) - 1
    return f"1–{end}" if end > 1 else "1"


def running_order(session: ParentSession, deck: DeckPlan | None) -> tuple[str, ...]:
    """A line per Part: the clock from the start, its slides and its title ("0–7 min ·
    slide 4: 1. Why children love live video"), a list beside the resources (as a table
    it cost a Brightpath set of notes a ninth page)."""
    slides = part_slides(session, deck)
    rows, clock = [], 0
    opening = opening_slides(deck, slides[0] if slides else "")
    if opening:
        rows.append(f"Before · {_slides(opening)}: welcome, ground rules, plan")
    for n, section in enumerate(session.sections, 1):
        where = f" · {_slides(slides[n - 1])}" if slides else ""
        rows.append(f"{clock}–{clock + section.minutes} min{where}: {n}. {section.title}")
        clock += section.minutes
    return tuple(rows)


def _slides(numbers: str) -> str:
    """"slides 6–8" or "slide 5"."""
    return f"slides {numbers}" if "–" in numbers else f"slide {numbers}"


def details(brand: Brand) -> tuple[WriteOnLine, ...]:
    """"Venue: Ashgrove Primary School   Date and time: ____" and who presents: the
    presenter's name to write in, with the visiting team they come from."""
    who = f"Presenter, {brand.delivered_by}:" if brand.delivered_by else "Presenter:"
    return (WriteOnLine("Date and time:", lead=("Venue:", brand.named)), WriteOnLine(who))
