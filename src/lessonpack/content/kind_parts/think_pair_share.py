"""The think, pair, share slide's part of the content schema (kinds/think_pair_share): a
question for the class, and the short line each of its three stages gives pupils (Think on
your own, Pair with a partner, Share with the class) (``LearningCycle.think_pair_share``)."""

from __future__ import annotations

from typing import Annotated

from lessonpack.content.fields import ON_SLIDE, SLIDE_TEXT, Chars, Strict


class ThinkPairShare(Strict):
    """A question at the top of the slide, then three panels across it: Think (on your own,
    1 minute), Pair (with a partner, 2 minutes), Share (with the class), each with its line.
    The stages' names and times are the kind's; content gives the words pupils act on."""

    question: Annotated[str, Chars(110), SLIDE_TEXT, ON_SLIDE]
    think: Annotated[str, Chars(70), SLIDE_TEXT, ON_SLIDE]
    pair: Annotated[str, Chars(70), SLIDE_TEXT, ON_SLIDE]
    share: Annotated[str, Chars(70), SLIDE_TEXT, ON_SLIDE]
