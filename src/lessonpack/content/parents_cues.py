"""A parents' workshop Part's cues for the facilitator notes, as data: each step's name (and
the shorter one the notes' narrow time column prints), its minutes, how the room works
("in pairs"), what to say and do, the points under it, and what kind of step it is (where
tables talk, where the story is read). The notes' step table is built from these fields
(plan/parents/session_steps.py), and a step whose minutes do not make the Part's is refused when
the content loads, naming the field: written as "Name (N min): text" lines, a typo in a
step's minutes printed a Part that ran into the next or a step that vanished.
"""

from __future__ import annotations

import enum
import re
from typing import Annotated, Literal

from pydantic import Field, NonNegativeInt, PositiveInt, model_validator

from lessonpack.content.fields import Chars, Strict

# The longest word the notes' time column holds in bold on a line: "Confidence" broke after
# its "e", "Safeguarding" after "Safeguar" (a hyphen may break a line: "Ice-/breaker").
NAME_WORD = 9
# Letters are not width: "agreement" (nine, with a wide "m") broke as "agreemen / t" where
# "Questions" (nine) held. The column (2.45 cm less its cells' padding) holds about 58 pt of
# the table's 12 pt bold, measured in Arial Bold, the widest body font the notes are set in,
# with half a point for renderers that round advances up.
NAME_WORD_PT = 58.8
# Arial Bold's advance widths in thousandths of an em (those of Liberation Sans Bold and
# Helvetica Bold, which share its metrics), written here so a content check gives the same
# answer on every machine, fonts installed or not (content sits below the font measure in
# the layers). A character not listed counts as a wide letter.
_BOLD_WIDTHS = dict(zip(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'’&/,.()",
    (556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611,
     389, 556, 333, 611, 556, 778, 556, 556, 500, 722, 722, 722, 722, 667, 611, 778, 722,
     278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667,
     611, *(556,) * 10, 333, 238, 278, 722, 278, 278, 278, 333, 333), strict=True))
_WIDE, _NAME_PT = 611, 12


def too_wide(word: str) -> bool:
    """Whether ``word`` breaks mid-word in the notes' time column, in its 12 pt bold."""
    width = sum(_BOLD_WIDTHS.get(c, _WIDE) for c in word) * _NAME_PT / 1000
    return len(word) > NAME_WORD or width > NAME_WORD_PT


def wide_words(name: str) -> list[str]:
    """The words of ``name`` (a step's name, a point's label) that break mid-word in the
    time column: the column's lines break at a space or after a hyphen ("Ice-/breaker")."""
    return [word for word in re.split(r"[ -]", name) if too_wide(word)]


def too_wide_name(name: str) -> bool:
    """Whether ``name`` breaks mid-word in the notes' time column."""
    return bool(wide_words(name))


# A Part's cues stay well under its script (2,000): room for the key points, the questions
# and a model answer, short enough that the facilitator notes keep to seven pages, the
# first five or six to run the session from (a trainer's own template may take one more).
CUES_CHARS = 1700


class CueKind(str, enum.Enum):
    """What a step is, where the notes put the story and the table questions."""

    STEP = "step"
    # Tables (or pairs) talk: the table questions go here, after the step's own words, and
    # the story too unless another step reads it.
    AT_TABLES = "at_tables"
    # The step that reads the Part's story out: the story goes here, after its words.
    READ_ALOUD = "read_aloud"
    # Said on the way into the next step, off the clock (a content note before a hard
    # slide): no minutes, printed at the minute it is said.
    NOTE = "note"


class CuePoint(Strict):
    """A point under a step: a run-in label ("Model answer", "Settings") and its words. A
    labelled point gets a row of its own, named by its label; one without a label follows
    the words before it."""

    label: Annotated[str, Chars(40)] | None = None
    # The point's row name in the time column where ``label`` is too wide for it: without
    # one, such a point stays a bold lead-in in the row before.
    short: Annotated[str, Chars(24)] | None = None
    text: Annotated[str, Chars(700)]

    @model_validator(mode="after")
    def _short_names_a_labelled_row(self) -> CuePoint:
        if self.short is not None and self.label is None:
            raise ValueError("short: names a labelled point's row: give the point a label")
        long = wide_words(self.short or "")
        if long:
            raise ValueError(f"\u201c{long[0]}\u201d is too long a word for the notes' time "
                             "column (it breaks mid-word there): shorten short:")
        return self

    @property
    def row_name(self) -> str:
        """The point's row name as the time column prints it ("" for no label)."""
        return self.short or self.label or ""


class CueCut(Strict):
    """What a step becomes when the session runs short (the facilitator notes' page-one
    list, as a lesson plan's "If short of time"), or that it is never cut. The minutes it
    saves are the step's own less ``keep``; its slides are found in the deck."""

    # "say it in one line", "skip it; go straight to questions": what to do instead.
    do: Annotated[str, Chars(60)] | None = None
    # Minutes the step still takes when cut (0: skipped).
    keep: NonNegativeInt = 0
    never: bool = False
    # Where the step is shown: its Part's first slide, the Part's shown quiz slides, or
    # the help (signposting) slides.
    slides: Literal["part", "quiz", "help"] = "part"

    @model_validator(mode="after")
    def _a_cut_or_never(self) -> CueCut:
        if (self.do is None) == (not self.never):
            raise ValueError("give what to do instead (do:), or never: true, not both")
        return self


class Cue(Strict):
    name: Annotated[str, Chars(40)]
    # The time column's label where ``name`` is too wide for it ("Tables" for "Table
    # discussion", whose longest word broke mid-word there).
    short: Annotated[str, Chars(24)] | None = None
    # None only for a note (``kind: note``), said between steps.
    minutes: PositiveInt | None = None
    # How the room works in this step ("in pairs", "at tables"): the step's words open with
    # it, as a sentence.
    how: Annotated[str, Chars(30)] | None = None
    text: Annotated[str, Chars(700)]
    kind: CueKind = CueKind.STEP
    points: list[CuePoint] = Field(default=[], max_length=6)
    # If the session runs short: what the step becomes, or that it is never cut.
    cut: CueCut | None = None

    @model_validator(mode="after")
    def _minutes_unless_a_note(self) -> Cue:
        if (self.kind == CueKind.NOTE) != (self.minutes is None):
            raise ValueError("a step gives its minutes; a note (kind: note) gives none"
                             if self.minutes is None else
                             "a note (kind: note) is said between steps: give it no minutes")
        return self

    @model_validator(mode="after")
    def _cut_saves_time(self) -> Cue:
        if self.cut is not None and self.cut.do is not None and \
                (self.minutes or 0) <= self.cut.keep:
            raise ValueError(f"cut: keeps {self.cut.keep} of the step's {self.minutes or 0} "
                             "minutes, saving none")
        return self

    @model_validator(mode="after")
    def _label_fits_the_time_column(self) -> Cue:
        long = wide_words(self.label)
        if long:
            raise ValueError(f"\u201c{long[0]}\u201d is too long a word for the notes' time "
                             "column (it breaks mid-word there): give the step a short name "
                             "for it (short:)")
        return self

    @property
    def label(self) -> str:
        """The step's name as the time column prints it."""
        return self.short or self.name

    @property
    def words(self) -> str:
        """The step's own words, opening with how the room works ("In pairs. …")."""
        if not self.how:
            return self.text
        return f"{self.how[:1].upper()}{self.how[1:]}. {self.text[:1].upper()}{self.text[1:]}"

    def chars(self) -> int:
        return len(self.text) + sum(len(p.text) for p in self.points)


def cues_problem(cues: list[Cue], minutes: int, *, story: bool, questions: bool) -> str:
    """What is wrong with a Part's ``cues`` as one sentence, "" when nothing is: the steps'
    minutes make the Part's ``minutes``; a Part whose ``story`` is read has a step to read
    it in, one with table ``questions`` a step where tables talk; each kind once; the cues
    short enough for the notes' pages."""
    total = sum(c.minutes or 0 for c in cues)
    if total != minutes:
        return (f"the steps' minutes add up to {total}, but the Part is {minutes} minutes: "
                "correct the steps' minutes so that they add up to the Part's")
    kinds = [c.kind for c in cues]
    for kind in (CueKind.AT_TABLES, CueKind.READ_ALOUD):
        if kinds.count(kind) > 1:
            return f"more than one step of kind {kind.value}: mark one"
    if questions and CueKind.AT_TABLES not in kinds:
        return ("the Part has table questions: mark the step where tables talk "
                "(kind: at_tables)")
    if story and not {CueKind.AT_TABLES, CueKind.READ_ALOUD} & set(kinds):
        return ("the Part has a story: mark the step that reads it (kind: read_aloud) or "
                "where tables talk about it (kind: at_tables)")
    if not story and CueKind.READ_ALOUD in kinds:
        return "a step of kind read_aloud, but the Part has no story to read"
    size = sum(c.chars() for c in cues)
    if size > CUES_CHARS:
        return (f"the cues' words are {size} characters; at most {CUES_CHARS} keep the "
                "facilitator notes within their pages (the full script is the notes')")
    return ""
