"""The quiz question kind's drawing: lettered answer panels, the slide's picture beside
them where the look has quiz pictures, the right one marked and why on a reveal slide."""

from __future__ import annotations

from lessonpack.content.picture_library import Picture
from lessonpack.kinds.base import Filler, supply
from lessonpack.kinds.payloads import Question
from lessonpack.kinds.quiz_question import QUESTION
from lessonpack.plan.model import Slide
from lessonpack.render.deck_body_area import in_body
from lessonpack.render.deck_body_text import INCH
from lessonpack.render.deck_card_fit import GAP
from lessonpack.render.deck_geometry import Box
from lessonpack.render.deck_options import CARDS_GIVE, draw_options
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_question_band import ask_above
from lessonpack.render.deck_reveal_breaks import keep_title_lines, match_reveal_lines
from lessonpack.render.deck_title_band import title_room


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


SUPPLIES = (supply(QUESTION, draw_question),)
