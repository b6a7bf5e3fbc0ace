"""The idea cards' part of the content schema (kinds/idea_cards): a learning cycle's big
ideas written as one record each, the line with its card's lead and picture
(``LearningCycle.big_ideas``).

Each idea is one record so that its card cannot be paired with the wrong line: an author who
reorders the ideas moves each card with its line.
"""

from __future__ import annotations

from typing import Annotated

from lessonpack.content.fields import ON_SLIDE, SLIDE_TEXT, Chars, PictureName, Strict


class BigIdea(Strict):
    """One big idea as a card (kinds/idea_cards): its line (what the numbered rows say
    where a template or a class cannot show cards), a short bold lead over it on the card,
    and a picture of the library that carries it."""

    line: Annotated[str, Chars(100), SLIDE_TEXT, ON_SLIDE]
    lead: Annotated[str, Chars(28), SLIDE_TEXT, ON_SLIDE]
    picture: PictureName
