"""A Part's written questions on the worksheet, with their room to write, and the
task's steps that a question below does not repeat."""

from __future__ import annotations

import re

from lessonpack.content.model import Audience, WorksheetPrompt
from lessonpack.plan.ages import age_of
from lessonpack.plan.model import Block, Paragraph, Questions, Table, WritingLines

# Writing lines per prompt are the age's (plan/ages.AnswerLines): at least three (one or two
# lines for "what would you say, and who could help?" left no room for the second half of
# the answer), at most five, so a worksheet stays four sides. A KS4 answer has four (a short
# answer three), its sides planned to hold them (its lesson's ``sheet_layout``); KS3's
# flowing sheet has no room for more than it has.


def prompt_blocks(prompts: list[WorksheetPrompt], audience: Audience,
                   before_last: list[Block] | None = None) -> list[Block]:
    """Each prompt and its room to write. ``before_last``: blocks between the last two
    prompts (the page break and name line that open a sheet's second leaf), the prompts
    then not kept together."""
    blocks: list[Block] = []
    written = [p for p in prompts if p.lines]
    for i, prompt in enumerate(prompts):
        if before_last and len(written) > 1 and prompt is written[-1]:
            blocks += before_last
        label = f"{chr(97 + i)})" if len(prompts) > 1 else ""  # a), b): the steps are 1, 2
        blocks.append(Paragraph(prompt.text, label=label, keep_next=bool(prompt.lines)))
        if prompt.lines and prompt.space == "box":
            blocks.append(Table(("Draw here",), (("",),), row_lines=prompt.lines))
        elif prompt.steps:
            # "Plan Kofi's steps: Stop, Tell, Save, Report.": a row for each step, the step
            # named on its left and two lines' room to write on its right (one short line
            # each was too little for a Year 4 hand on the lesson's main task).
            blocks.append(Table(("Step", "What should happen"),
                                tuple((step.shown, "") for step in prompt.steps),
                                widths=STEP_WIDTHS, row_lines=STEP_LINES, keep_whole=True))
        elif prompt.lines:
            blocks.append(WritingLines(age_of(audience).sheet.lines.of(prompt.lines)))
    return blocks if before_last else _grouped(blocks)


# A Part's questions are kept on one side when they have at most this many lines in all.
GROUP_LINES_MAX = 16


def _grouped(blocks: list[Block]) -> list[Block]:
    """Two questions that are each a prompt and its lines, as one Questions block: kept on
    one side together (KS4's Part 2 b) stood alone at the top of side three). Three or more
    may break between questions: kept whole, KS3's Part 3 a)-c) went overleaf from under
    its story with a school's longer help box above it, and the sheet took a fifth side."""
    pairs = list(zip(blocks[::2], blocks[1::2], strict=False))
    if len(blocks) != 4 or not all(
            isinstance(p, Paragraph) and isinstance(w, WritingLines) for p, w in pairs):
        return blocks
    items = tuple((p.label, p.text, w.count) for p, w in pairs
                  if isinstance(p, Paragraph) and isinstance(w, WritingLines))
    if sum(count for _, _, count in items) > GROUP_LINES_MAX:
        return blocks
    return [Questions(items)]


STEP_WIDTHS = (2.6, 4.4)  # the step's name (and its hint) beside the room to write
# Two lines of a Year 4 hand per step (about 9 mm each): the help box opens the next side,
# so Part 3's side has the room (at 14 mm a row, a step's sentence did not fit).
STEP_LINES = 1.8


def word_set(text: str) -> set[str]:
    return set(re.findall(r"[\w']+", text.casefold()))


# A step is the same as a written prompt when the prompt holds this share of its words
# ("Then plan what Kai should do if someone pressures him again" is b)'s question in other
# words: printed above a), it read as part of the checklist task).
SAME_STEP = 0.6


def task_steps(instructions: list[str], prompts: list[WorksheetPrompt]) -> tuple[str, ...]:
    """The task's steps without those a written prompt below repeats: the prompt, with its
    lines, is where the pupil does that step, and saying it twice costs a pupil's page."""
    asked = [word_set(p.text) for p in prompts if p.lines]

    def repeated(step: str) -> bool:
        words = word_set(step)
        return any(len(words & a) >= SAME_STEP * len(words) for a in asked)

    return tuple(step for step in instructions if not repeated(step))


# "Read Kai's old set-up in his story.", "With your partner, read Kofi's story and the
# chat.", "Look closely at Mei's stream and her story.": a step that only says to read the
# story printed just above it.
_READ_STORY = re.compile(r"^(?:with (?:a|your) partner, )?(?:read|look(?: closely)? at)\b"
                         r"[^.]*\bstory\b", re.IGNORECASE)


_SMALL_WORDS = frozenset({"the", "a", "an", "each", "of", "to", "and", "or", "it", "its"})


def _key_words(text: str) -> set[str]:
    """"Name each warning sign's tactic" -> {"name", "warning", "sign", "tactic"}."""
    return {w.removesuffix("'s") for w in word_set(text)} - _SMALL_WORDS


# A written prompt says the same as a step when the step holds this share of its words
# ("Name the tactic each warning sign shows." has 3 of its 5 in "Name each sign's tactic: …").
PROMPT_IN_STEP = 0.6


def merge_repeated_prompts(steps: tuple[str, ...], prompts: list[WorksheetPrompt]
                            ) -> tuple[tuple[str, ...], list[WorksheetPrompt]]:
    """A prompt that only repeats a step ("Name the tactic each warning sign shows." after
    "Name each warning sign's tactic: praise, gifts, …") is printed once, in the step's
    fuller words, where the pupil writes: the step leaves the list above."""
    kept, merged = list(steps), []
    for prompt in prompts:
        words = _key_words(prompt.text)
        step = next((s for s in kept if words and
                     len(words & _key_words(s)) >= PROMPT_IN_STEP * len(words)), None)
        if step is not None and not prompt.lines:
            # Answered in a column of the sort (``write_in``): the step above says so, and
            # the prompt, with no space of its own, would only say it again.
            continue
        if step is not None:
            kept.remove(step)
            prompt = prompt.model_copy(update={"text": step})
        merged.append(prompt)
    return tuple(kept), merged


def reads_story(step: str) -> bool:
    return bool(_READ_STORY.match(step))
