"""The look of a deck for its audience: type sizes, corner rounding and where pictures go.

KS1 (5-7) is big, rounded and picture-led: body text 28-32 pt, the picture on the left where
the eye starts, cards with round corners. KS2 is friendly; KS3 and KS4 are grown-up (squarer
corners, pictures smaller and beside the text); parents' decks are calm and adult. Every size
is the largest tried: text shrinks to fit its space, never below ``floor_pt`` (and never
below 18 pt, the check's minimum).

Plain data, beside the kinds rather than in the renderer: a kind's ``fill`` and ``decorate``
receive the look (``filler.look``) and hand it to the drawings they ask for, so the kinds'
protocols (kinds/base.py) name this type, and kinds never import the renderer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from lessonpack.content.model import Audience
from lessonpack.errors import InternalError


@dataclass(frozen=True)
class Look:
    name: str
    body_pt: int  # body text is grown up to this when it has the room
    floor_pt: int  # and shrunk no further than this (then the 18 pt floor of deck_fit)
    card_pt: int  # text on cards and answer panels
    figure_pt: int  # a statistic's figure
    radius: float  # corner rounding of cards and panels (share of the shorter side)
    picture_first: bool  # the picture left of the text (read first), else right of it
    picture_share: float  # share of the content width the picture beside text takes
    quiz_pictures: bool  # a picture beside quiz questions too
    # Answers numbered 1, 2, 3 (children show that many fingers), not lettered A, B, C.
    numbered: bool = False
    # Pictures that only decorate (a heart by the key messages): for children who cannot
    # read yet the picture is what they look at; for readers it took a third of a panel
    # from the words, and for 11-16s on a lesson about coercion it patronised. (The goal
    # and the reflection have a picture in every deck: plan/deck/art.goal_picture.) Without
    # them a slide is typographic; pictures that carry meaning (story characters, the drawn
    # stream, help-service icons, the votes' thumbs) stay in every look.
    decorative: bool = True
    # Icons drawn as one-colour line icons (pictures/plain-*.png), not emoji: the emoji's
    # faces, hands and clapping read as primary-school art to 11-16s and to parents. Stories
    # keep theirs: a stream's props and its streamer are the scene, not icons.
    plain_icons: bool = False
    # A parents' session is presented, not taught: the deck's own words to whoever runs it
    # say so (``Reader``).
    presented: bool = False
    # Help cards that say what each service does at length, for adults: four a slide stand
    # two by two (wide cards), three in a row only where their words fit one, and a run of
    # help slides takes one size. Pupils' shorter cards stand in one row, each slide sized
    # on its own (a run's one long card set every slide small).
    long_help_cards: bool = False
    # The words of help cards at least (points; 0: the look's floor): 11-16s' help slides
    # are read from the back of the room as the class packs away, and at the deck's 22 pt
    # floor they were its smallest type. Fewer words make the room:
    # what a card has no room for is said aloud from the notes (render/deck_help).
    help_pt: int = 0
    # Ground-rule cards on one slide at most (None: all of them): four for 5-7s, so each
    # card is large enough to read its picture from the carpet.
    rules_per_slide: int | None = None


@dataclass(frozen=True)
class Reader:
    """Who runs the deck, and reads what it says to them rather than to the room (the
    hidden "Before you teach" slide, the title slide's first note): the class's teacher, a
    parents' session's presenter, or a visiting trainer (who builds the pack and teaches
    it); and whether the session is taught or presented (``presents``)."""

    role: Literal["teacher", "presenter", "trainer"]
    presents: bool = False

    @property
    def visiting(self) -> bool:
        return self.role == "trainer"

    @property
    def verb(self) -> str:
        """What the reader does with the deck: "teach" or "present"."""
        return "present" if self.presents else "teach"


def reader_of(look: Look, visiting: bool) -> Reader:
    """The deck's reader: a visiting trainer (``visiting``: the brand names a visitor),
    else the presenter of a presented session, else the class's teacher."""
    role: Literal["teacher", "presenter", "trainer"] = (
        "trainer" if visiting else "presenter" if look.presented else "teacher")
    return Reader(role, look.presented)


# 11-16s' help cards' words: KS2's body size, the size a class reads from the back.
HELP_PT = 26


LOOKS: dict[str, Look] = {
    "ks1": Look("ks1", 32, 28, 28, 96, 0.16, True, 0.40, True, numbered=True,
                rules_per_slide=4),
    "ks2": Look("ks2", 28, 24, 24, 88, 0.12, False, 0.34, True, decorative=False),
    "ks3": Look("ks3", 26, 22, 22, 80, 0.06, False, 0.30, False, decorative=False,
                plain_icons=True, help_pt=HELP_PT),
    "ks4": Look("ks4", 26, 22, 22, 80, 0.05, False, 0.30, False, decorative=False,
                plain_icons=True, help_pt=HELP_PT),
    "parents": Look("parents", 24, 20, 22, 80, 0.05, False, 0.28, False,
                    decorative=False, plain_icons=True, presented=True, long_help_cards=True),
}


# A look for every audience and no other: an audience added to the content model without a
# look is refused when lessonpack starts, not drawn silently in another age's look.
if set(LOOKS) != {a.value for a in Audience}:
    raise InternalError(f"kinds/look.py has looks for {sorted(LOOKS)}, the audiences are "
                        f"{sorted(a.value for a in Audience)}")


def look_for(audience: Audience) -> Look:
    return LOOKS[audience.value]


# The face the looks' sizes were set by eye in: Arial (the default look's body font).
SIZED_FOR = "Arial"


def for_body_font(look: Look, x_height_ratio: float) -> Look:
    """``look`` with its text sizes raised for a body font whose lower case is smaller than
    Arial's at the same point size (``x_height_ratio``: Arial's x-height over the font's).
    Calibri's x-height is about nine tenths of Arial's, so a trainer's Calibri template set
    at the default's sizes read a size or two smaller from the back of the room; its letters
    are also narrower by about as much, so the raised size takes the width the default's
    Arial takes and still fits where the default fits. A font as large as Arial, or larger,
    keeps the sizes as they are (they are already the largest tried). The floor stays: it
    is where a layout gives way to another (words beside a picture or under it), and a
    raised floor chose the narrower layout, whose words ended smaller."""
    if x_height_ratio <= 1.02:
        return look

    def raised(pt: int) -> int:
        return round(pt * x_height_ratio)

    return replace(look, body_pt=raised(look.body_pt), card_pt=raised(look.card_pt))
