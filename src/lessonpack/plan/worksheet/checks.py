"""The private checks on the worksheet: where a pupil writes the letter a check's slide asks for."""

from __future__ import annotations

from lessonpack.content.model import LearningCycle, QuizQuestion
from lessonpack.content.parts import option_letter
from lessonpack.plan.model import Block, Paragraph, WriteOnLine

# How far across the text width a lone private check's ruled space runs: room for a letter,
# not a line that asks for a sentence.
PRIVATE_REACH = 0.62
PAIR_REACH = 1.0  # the second of two, labelled as fully as the first, runs to the margin


def private_checks(cycle: LearningCycle, under_story: bool = False,
                    with_next: bool = False) -> list[Block]:
    """A place to write the letter of each private check (``private: true``): its slide says
    "Write A, B or C privately on your worksheet. No hands." Named as the slide's kicker
    names it ("Quick check" alone, "Check 1 of 2" among others); a lone check with its
    question and its lettered options (a letter to write means nothing without them, and the
    slide may have moved on), then the space for each letter, two to a line. Never the answer: the
    sheet is the pupil's. ``under_story``: close under the story box it asks about (a Part's
    side has no line to spare for a gap); else a little apart from the Part's heading.
    ``with_next``: kept on the page of what follows (the Part's sort)."""
    checks = [check for check in cycle.checks if check.private]
    if not checks:
        return []
    named = [f"Check {i} of {len(cycle.checks)}" if len(cycle.checks) > 1 else "Quick check"
             for i, check in enumerate(cycle.checks, 1) if check.private]
    lines: list[Block] = []
    # A pair (KS4's Part 3) keeps its labels only: their questions and options are on the
    # slides, and printed here they put the Part's sort, then the exit quiz, overleaf (a
    # fifth side on a sheet that must stay within four).
    if len(checks) == 1:
        lines.append(_asked_check(named[0], checks[0], under_story))
    for pair in (named[i:i + 2] for i in range(0, len(named), 2)):
        if len(pair) == 1:
            lines.append(WriteOnLine(f"{pair[0]}: write A, B or C", reach=PRIVATE_REACH,
                                     keep_next=with_next))
        else:
            # Both of a pair labelled alike, so neither reads as a different kind of answer.
            lines.append(WriteOnLine(f"{pair[1]} (private): A, B or C",
                                     lead=(f"{pair[0]} (private): A, B or C", ""),
                                     reach=PAIR_REACH, space_before=0 if under_story else 6))
    return lines


def _asked_check(name: str, check: QuizQuestion, under_story: bool) -> Paragraph:
    """A lone private check as the slide asks it: its question, then its options lettered
    as lines of the question's own paragraph (a paragraph each spread it over a side)."""
    # In the order the slide letters them (``arranged``), not as written in the content: a
    # pupil who writes the slide's letter must be marked by the same key.
    options = "".join(f"\n{option_letter(i)}\t{text}"
                      for i, text in enumerate(check.arranged[0]))
    return Paragraph(check.question + options, label=f"{name} (private):", keep_next=True,
                     keep_lines=True, space_before=0 if under_story else 6)
