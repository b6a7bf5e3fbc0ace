"""What the planners do differently for each audience, said once per audience.

The planners asked "is this KS3?" wherever an age changed something (92 such comparisons),
and one number could be set in two places (a KS3 answer's writing lines: a table, then an
if-chain in front of it). Here each audience has one ``Age``: its phase (primary pupils,
secondary pupils, adults), the worksheet a reading class is given (``Sheet``) and who its
letters go back to and are signed by. A planner reads the field it needs; a new audience, or
a change to one age's sheet, is one entry below. What a lesson's own content decides (a
story whose question the sheet asks in writing: ``Scenario.question_written``) is said in
the content, never inferred from its age.

Plain data, like the decks' looks (kinds/look.py), which say how each audience's slides are
drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from lessonpack.content.model import Audience
from lessonpack.errors import InternalError

Phase = Literal["primary", "secondary", "adults"]


@dataclass(frozen=True)
class AnswerLines:
    """Writing lines under a written prompt. A prompt written for one line asks for a short
    answer (a clue, a name): ``short`` lines. Any other gets its own count, at least
    ``least`` (a sentence and its reason in a pupil's hand) and at most ``most`` (so the
    sheet keeps to its sides)."""

    short: int
    least: int
    most: int

    def of(self, asked: int) -> int:
        """The lines printed for a prompt written for ``asked`` lines."""
        return self.short if asked == 1 else max(self.least, min(asked, self.most))


@dataclass(frozen=True)
class Sheet:
    """A reading class's worksheet (plan/worksheet/sheet.plan_worksheet) as its age needs it."""

    lines: AnswerLines
    # Year 3 to 6 turn the page for each Part: its story and task are one side, never a
    # story on one page and its sort on the next. Older sheets flow, or are planned side by
    # side where the lesson's content says how (``Lesson.sheet_layout``).
    by_page: bool
    # Side one says when the End rows of the starter are ticked ("At the end of the lesson,
    # tick the End row"), above the plenary's question about them where a lesson's
    # ``sheet_layout`` asks it (KS4's side one).
    end_row_note: bool
    # The reflection under the last Part, as the plenary asks it (think, then the exit
    # quiz), and the quiz, How did I do? and Who can help on the last side.
    reflection_under_parts: bool
    # Who can help short: each route by its name and number, and the help card every pupil
    # keeps; with each route's description the box took a fifth side
    # (worksheet/sheet._short_box).
    short_help_box: bool
    # The school's card as the pupils' help slide shows it, with a yellow field for each
    # name (and, 11-16, the lead's email: a pupil that age goes alone and needs a way in).
    # Without it a Year 3 to 6 sheet named nobody beside a slide with both names' fields.
    # KS1's sheet is drawn, with no line for the school.
    slide_card: bool
    # Type size: "pupil" (13 pt) for 7-11s, the template's 12 pt for older readers.
    print_size: Literal["large", "pupil", "standard"]


@dataclass(frozen=True)
class Age:
    """One audience's settings for the planners."""

    phase: Phase
    sheet: Sheet
    # Who the letter's reply slip goes back to, and who signs a letter when the school file
    # names nobody: a primary class has one teacher, a secondary form a tutor and a PSHE lead.
    slip_to: str
    signed_by: str

    @property
    def primary(self) -> bool:
        return self.phase == "primary"

    @property
    def secondary(self) -> bool:
        return self.phase == "secondary"


# Four lines every written answer, a clue's too at KS3: two or three were too few for a
# Year 8 hand to write a sentence and its reason. KS4's sides are planned to hold four (a
# short answer three). Year 3 to 6: three to five, a short answer two.
SECONDARY_LINES = 4
_KS2_LINES = AnswerLines(short=2, least=3, most=5)
_KS3_LINES = AnswerLines(short=SECONDARY_LINES, least=SECONDARY_LINES, most=SECONDARY_LINES)
_KS4_LINES = AnswerLines(short=SECONDARY_LINES - 1, least=SECONDARY_LINES,
                         most=SECONDARY_LINES)
# The sheet of an audience with no reading worksheet of its own (parents have none; KS1's,
# below, is led by pictures): the flowing default, were one planned.
_OTHER_SHEET = Sheet(AnswerLines(short=2, least=3, most=4), by_page=False, end_row_note=True,
                     reflection_under_parts=False, short_help_box=False, slide_card=False,
                     print_size="standard")

# KS1's sheet is led by pictures (plan/picture_sheet) and printed large, for the adult who
# reads it aloud beside a five-year-old and the child who finds their row by its picture.
_KS1_SHEET = replace(_OTHER_SHEET, print_size="large")

AGES: dict[Audience, Age] = {
    Audience.KS1: Age("primary", _KS1_SHEET, "class teacher", "Class teacher"),
    Audience.KS2: Age("primary", Sheet(_KS2_LINES, by_page=True, end_row_note=False,
                                       reflection_under_parts=False, short_help_box=False,
                                       slide_card=True, print_size="pupil"),
                      "class teacher", "Class teacher"),
    Audience.KS3: Age("secondary", Sheet(_KS3_LINES, by_page=False, end_row_note=False,
                                         reflection_under_parts=True, short_help_box=True,
                                         slide_card=True, print_size="standard"),
                      "form tutor", "Head of PSHE"),
    Audience.KS4: Age("secondary", Sheet(_KS4_LINES, by_page=False, end_row_note=True,
                                         reflection_under_parts=False, short_help_box=True,
                                         slide_card=True, print_size="standard"),
                      "form tutor", "Head of PSHE"),
    Audience.PARENTS: Age("adults", _OTHER_SHEET, "form tutor", "Head of PSHE"),
}

# An audience added to the content model without its settings is refused when lessonpack
# starts, not planned silently as another age.
if set(AGES) != set(Audience):
    raise InternalError(f"plan/ages.py has settings for {sorted(a.value for a in AGES)}, the "
                        f"audiences are {sorted(a.value for a in Audience)}")


def age_of(audience: Audience) -> Age:
    return AGES[audience]
