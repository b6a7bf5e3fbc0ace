"""Drawings in the body placeholder's area: the placeholder goes and its area is drawn
(cards, a question's answer panels, a reveal's answer rows, a kind's own drawing), clear of
the footer on lessonpack's own layouts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lessonpack.content.picture_library import Picture
from lessonpack.kinds.base import Filler
from lessonpack.kinds.payloads import Answer, Card, Question
from lessonpack.plan.model import Slide
from lessonpack.render.deck_answers import draw_answers
from lessonpack.render.deck_body_text import FOOT_GAP, INCH, box_of
from lessonpack.render.deck_card_fit import GAP
from lessonpack.render.deck_cards import draw_cards
from lessonpack.render.deck_geometry import Box
from lessonpack.render.deck_options import CARDS_GIVE, draw_options
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_question_band import ask_above
from lessonpack.render.deck_reveal_breaks import keep_title_lines, match_reveal_lines
from lessonpack.render.deck_title_band import title_room
from lessonpack.render.deck_title_room import settle_body
from lessonpack.render.deck_under_title import clear_of_title
from lessonpack.render.ooxml.placeholders import placeholder


def _take(filler: Filler, role: str) -> Box | None:
    """The box of a role's placeholder, which then goes (its area is drawn instead)."""
    settle_body(filler)
    ph = placeholder(filler.slide, filler.slots.get(role))
    if ph is not None:
        box = filler.resolved.drawn_in.get(role) or box_of(ph)
        ph.element.getparent().remove(ph.element)
        return box
    return filler.resolved.boxes.get(role)


def in_body(filler: Filler, draw: Callable[[Box], list[str]], clear: bool = True) -> bool:
    """Draw in the body placeholder's area (the placeholder goes), collecting what does not
    fit; False when the layout has no body area."""
    region = _take(filler, "body")
    if region is None:
        return False
    if clear and filler.resolved.how == "name":
        # A clear gap above the footer: panels, rows and cards ending on the footer band
        # read as overflow. Our own layouts; a trainer's keeps its area.
        # ``clear=False``: a drawing that needs the whole height (KS4's seven-step timeline).
        x, y, w, h = region
        region = (x, y, w, h - FOOT_GAP)
    region = clear_of_title(filler, region)  # a trainer's title wrapped to two lines
    filler.misfits += draw(region)
    return True


def draw_card_grid(filler: Filler, cards: Sequence[Card]) -> bool:
    """Cards in the body area."""
    return in_body(filler, lambda region: draw_cards(filler.slide, region, cards,
                                                       filler.brand, filler.look))


def _cards_give(filler: Filler) -> int:
    """The points answers may lose to stay cards (deck_options.CARDS_GIVE): on lessonpack's
    own layouts, and on a trainer's for a presented session, where rows of adults' answers
    at 22 pt drew thin one-line bars across a hall's screen while the pupils' decks on the
    same template stood three large lettered cards side by side."""
    return CARDS_GIVE if filler.resolved.how == "name" or filler.look.presented else 0


def draw_question(filler: Filler, spec: Slide, question: Question,
                  mark: Picture | None = None) -> bool:
    """Lettered answer panels in the body area, the slide's picture beside them where the
    look has quiz pictures; on a reveal slide the right one marked and why, below."""
    look, slide = filler.look, filler.slide

    def draw(region: Box) -> list[str]:
        asked: list[str] = []
        if question.asked:  # a short title: the whole question over the panels
            region, asked = ask_above(slide, region, question.asked, filler.brand, look)
        if spec.pictures and look.quiz_pictures:
            x, y, w, h = region
            side = int(min(h, 3.0 * INCH))
            left = x if look.picture_first else x + w - side
            add_picture(slide, spec.pictures[0], (left, y + (h - side) // 2, side, side))
            region = (x + side + GAP if look.picture_first else x, y, w - side - GAP, h)
        return asked + panels(region)

    def panels(region: Box) -> list[str]:
        return draw_options(slide, region, question.options, filler.brand, look,
                            pictures=question.pictures, answer=question.answer,
                            explanation=question.explanation, mark=mark,
                            prompt=question.prompt, like=question.like,
                            give=_cards_give(filler))

    # Before the panels are placed: they start under the title's last line
    # (deck_title_room), which must be where the question slide's was.
    if question.answer is not None:
        keep_title_lines(filler)
    else:
        title = slide.shapes.title
        if title is not None:  # the box its reveal's title grows to, if it grows
            title_room(filler, title, f"Answer: {spec.title}")
        match_reveal_lines(filler, f"Answer: {spec.title}")
    return in_body(filler, draw)


def draw_answer_rows(filler: Filler, answers: Sequence[Answer]) -> bool:
    """A row per answer, with its letter, in the body area."""
    return in_body(filler, lambda region: draw_answers(filler.slide, region, answers,
                                                         filler.brand, filler.look))

