"""Spare slides: material a session may have no time for, hidden at the very end of a deck.

PowerPoint's slide number counts hidden slides. Hidden slides in the middle of a deck made the
footer numbers the room sees jump (18, then 23) and the notes' slide ranges stop matching the
screen; at the end, after the last slide the show presents, the shown slides number 1…n with
no gap. A hidden divider titled "Spare slides" opens them, so a presenter scrolling the deck
sees where the session ends and the spares begin.
"""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.picture_library import Picture
from lessonpack.kinds.section import SectionSlide
from lessonpack.plan.deck.art import one
from lessonpack.plan.model import Slide
from lessonpack.plan.notes import join_notes
from lessonpack.plan.slide_span import SlideSpan

TITLE = "Spare slides"


def back_words(back_title: str) -> str:
    """The words at the end of each spare slide's kicker that link back to ``back_title``
    (render/deck_back_link.py makes them a jump to that slide, not to a number: a school
    that adds or removes a slide would have sent the presenter to the wrong one)."""
    return f"Back to {back_title}"


def how_to_show(first: int, last: int, back_title: str) -> str:
    """How a presenter reaches the spares in the show and comes back: by slide number
    (PowerPoint goes to any slide, hidden or not, when its number is typed and Enter
    pressed; H shows the next slide when it is hidden), and back by the spare's link."""
    return (f"To show them, type {first} and press Enter in the show, then press H for each "
            f"next spare slide; afterwards click “{back_words(back_title)}” at the top of "
            "the spare slide to come back. Or unhide them before the session (Slide Show, "
            "Hide Slide).")


def pointer(what: str, deck: list[Slide], spares: list[Slide], back: int) -> str:
    """The line, on the slide the spares belong after, that says where they are: the numbers
    they will have once appended to ``deck`` (their divider first) and how to show them."""
    first = len(deck) + 2  # after the divider
    last = len(deck) + 1 + len(spares)
    where = SlideSpan(first, last).label
    return (f"Time to spare? {what}, wait hidden at the end of the deck ({where}, "
            f"after a “{TITLE}” divider). "
            + how_to_show(first, last, deck[back - 1].title))


def append_spares(deck: list[Slide], spares: list[Slide], what: str, back: int,
                  picture: Picture | None = None) -> list[Slide]:
    """``deck`` with a hidden "Spare slides" divider and the ``spares``, hidden, after it;
    each spare's notes open with what it is and how to show it and come back to slide
    ``back`` (``what``: "Two more quiz questions, each with its answer"). ``picture``: the
    divider's icon, as every other section slide has one (without, it looked unfinished)."""
    if not spares:
        return deck
    first, last = len(deck) + 2, len(deck) + 1 + len(spares)
    back_title = deck[back - 1].title
    how = how_to_show(first, last, back_title)
    # A kicker as every section slide has ("Learning cycle 2"): the heading block the same.
    divider = Slide(TITLE, payload=SectionSlide(f"{what}."), pictures=one(picture),
                    kicker="If there is time", hidden=True,
                    notes=join_notes(f"Hidden: the show ends before this divider. {what}, "
                                     f"follow it ({SlideSpan(first, last).label}).", how))
    return [*deck, divider,
            *(replace(s, hidden=True, back_to=back,
                      kicker=" · ".join(filter(None, (s.kicker, back_words(back_title)))),
                      notes=join_notes(f"Spare slide, hidden. Press H for the next spare "
                                       f"slide; click “{back_words(back_title)}” at the top "
                                       "to come back.", s.notes))
              for s in spares)]


def spare_range(slides: tuple[Slide, ...] | list[Slide]) -> SlideSpan | None:
    """Slides 24–27: the hidden slides after a deck's "Spare slides" divider, or None
    where the deck has none."""
    at = next((n for n, s in enumerate(slides, 1) if s.hidden and s.title == TITLE
               and isinstance(s.payload, SectionSlide)), 0)
    spares = [n for n, s in enumerate(slides, 1) if at and n > at and s.hidden]
    return SlideSpan(spares[0], spares[-1]) if spares else None
