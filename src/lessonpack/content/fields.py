"""The building blocks of the content model (content/model.py): text budgets, the marks
the rules read (SLIDE_TEXT, ON_SLIDE, PUPIL_PAPER), ids, and the audiences."""

from __future__ import annotations

import enum
from typing import Annotated, Any, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, StringConstraints


def Chars(max_chars: int) -> StringConstraints:  # noqa: N802 - reads like a type's part
    """A text field's budget, as metadata: ``Annotated[str, Chars(300)]`` is a stripped,
    non-empty string of at most 300 characters. Annotated keeps the field a ``str`` to mypy
    (a call in the annotation itself, ``Text(300)``, made every such field Any)."""
    return StringConstraints(strip_whitespace=True, min_length=1, max_length=max_chars)


class SlideText:
    """Marks a field whose text pupils read themselves on the slides: the reading-level rule
    (LP160, content/lint/readability.py) grades every field so marked, and lists none.
    Write it ``Annotated[str, Chars(n), SLIDE_TEXT, ON_SLIDE]`` (text pupils read is on a
    slide too)."""

    def __repr__(self) -> str:
        return "SLIDE_TEXT"


SLIDE_TEXT = SlideText()


class OnSlide:
    """Marks a field whose text is shown on a slide, to pupils or to parents: a platform age
    rule in it must say when it was checked (LP179, content/lint/agerules.py), whatever the
    field is called. Text on a parents' slide: ``Annotated[str, Chars(n), ON_SLIDE]``."""

    def __repr__(self) -> str:
        return "ON_SLIDE"


ON_SLIDE = OnSlide()


class PupilPaper:
    """Marks a field whose text pupils read on paper but never on a slide (the take-away
    card's lines, a helpline's words for children or young people): with SLIDE_TEXT, what a
    year group's own words (``year_words``, plan/year_words.py) rewrite. No rule grades it:
    the slide rules stay with the slides."""

    def __repr__(self) -> str:
        return "PUPIL_PAPER"


PUPIL_PAPER = PupilPaper()
# Every mark of text pupils read themselves, on a slide or on paper.
PUPILS_READ = (SLIDE_TEXT, PUPIL_PAPER)


def is_marked(annotation: Any, metadata: list[Any], mark: object) -> bool:
    """Whether a field (``str`` or a list of them, perhaps optional) is marked ``mark``:
    ``annotation`` and ``metadata`` as pydantic's FieldInfo holds them."""
    if mark in metadata:
        return True
    for inner in get_args(annotation):
        if get_origin(inner) is Annotated and mark in inner.__metadata__:
            return True
        if get_origin(inner) is list and is_marked(inner, [], mark):
            return True
    return False


# The same types as calls, for models outside the package that still use them (the fields
# of this module are written with Annotated, which mypy reads; tests/test_types.py checks it).
def Text(max_chars: int) -> type[str]:  # noqa: N802 - reads like a type in annotations
    """``Annotated[str, Chars(max_chars)]``."""
    return Annotated[str, Chars(max_chars)]  # type: ignore[return-value]


def PupilText(max_chars: int) -> type[str]:  # noqa: N802 - reads like a type in annotations
    """``Annotated[str, Chars(max_chars), SLIDE_TEXT, ON_SLIDE]``: text pupils read on a
    slide (graded for reading level, LP160, and dated where it states a platform's age rule,
    LP179)."""
    return Annotated[str, Chars(max_chars), SLIDE_TEXT, ON_SLIDE]  # type: ignore[return-value]


def SlideLine(max_chars: int) -> type[str]:  # noqa: N802 - reads like a type in annotations
    """``Annotated[str, Chars(max_chars), ON_SLIDE]``: text shown on a slide to adults (a
    parents' workshop), not graded for pupils' reading but held to the slide rules (LP179)."""
    return Annotated[str, Chars(max_chars), ON_SLIDE]  # type: ignore[return-value]


Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")]
# Facts and helplines are referenced from Jinja text as ``fact.ID`` so their ids are identifiers.
FactId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,62}$")]
Minutes = Annotated[int, Field(ge=1, le=120)]
# A picture of the library by name (lessonpack.content.picture_library): "rabbit", "school-gate".
PictureName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,40}$")]
# A name content gives some slides ("age_rules"), so a plan line names them by it, written
# "{slides age_rules}", and prints their numbers in the deck as built (plan/slide_marks).
SlideMark = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,30}$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Audience(str, enum.Enum):
    KS1 = "ks1"
    KS2 = "ks2"
    KS3 = "ks3"
    KS4 = "ks4"
    PARENTS = "parents"

    @property
    def label(self) -> str:
        return AUDIENCE_LABELS[self]

    @property
    def is_pupils(self) -> bool:
        return self is not Audience.PARENTS


AUDIENCE_LABELS: dict[Audience, str] = {
    Audience.KS1: "Key Stage 1 (ages 5–7)",
    Audience.KS2: "Key Stage 2 (ages 7–11)",
    Audience.KS3: "Key Stage 3 (ages 11–14)",
    Audience.KS4: "Key Stage 4 (ages 14–16)",
    Audience.PARENTS: "Parents and carers",
}

# Inclusive age ranges used by ``--age``; KS2 ends at 10 so that 11 maps to KS3 (Year 7).
AGE_RANGES: dict[Audience, range] = {
    Audience.KS1: range(5, 7),
    Audience.KS2: range(7, 11),
    Audience.KS3: range(11, 14),
    Audience.KS4: range(14, 17),
}
