"""One Part of the lesson on the pupil worksheet: its story box, steps, sort and questions."""

from __future__ import annotations

import re
from dataclasses import replace

from lessonpack.content.model import Audience, LearningCycle, Scenario
from lessonpack.kinds import scenario
from lessonpack.kinds.payloads import StreamScreen
from lessonpack.plan.model import (
    Block,
    BulletList,
    Callout,
    Heading,
    Paragraph,
    StoryPicture,
    WritingLines,
)
from lessonpack.plan.worksheet.checks import private_checks
from lessonpack.plan.worksheet.prompts import (
    merge_repeated_prompts,
    prompt_blocks,
    reads_story,
    task_steps,
)
from lessonpack.plan.worksheet.sort import sort_table


def story_with_question(blocks: list[Block]) -> list[Block]:
    """The story's box with its "Talk with a partner" question as the box's last line, kept
    whole: the question can never be a page turn away from the story it asks about."""
    match blocks:
        case [Callout() as story, Paragraph(label=label, text=text), *rest]:
            return [replace(story, ask=(label, text), whole=True), *rest]
    return blocks


def cycle_worksheet(n: int, cycle: LearningCycle, audience: Audience,
                     run_on: bool = False, before_last: list[Block] | None = None,
                     room: StreamScreen | None = None, on_cards: str = "") -> list[Block]:
    """A Part: its story, steps and task. ``run_on``: the steps as one short paragraph (a
    Part that must fit its side with the story). ``before_last``: blocks before its last
    written question (the sheet's second leaf opening there). ``room``: the story's stream
    when its video is a room of clues (plan/deck/cycle.story_rooms), drawn under the story.
    ``on_cards``: the year bands that sort on cards, not in its sort's table
    (``sort.sort_table``)."""
    task = cycle.task
    # How the last Part's story ended (KS3: Kai's, before Sami's Part 3) is read aloud, never
    # printed: on the sheet it answered the last Part's "what can Kai do now?" for anyone
    # who turned over early, wherever on the next side it stood.
    blocks: list[Block] = [Heading(f"Part {n}: {task.title}", 2)]
    if cycle.scenario:
        # The story box never ends a page with its "Talk with a partner" question on the next.
        # One comment a line with the name in bold, at every age: run-in comments were
        # hard to scan on the secondary sheets too.
        blocks += [*_story_box(cycle.scenario), *_room_drawn(cycle.scenario, room)]
    # The Part's private checks come on the slides after its story, before its task.
    # The checks go overleaf with their Part's sort, never left on a page above it.
    blocks += private_checks(cycle, under_story=cycle.scenario is not None,
                              with_next=task.sort is not None)
    steps = task_steps(task.instructions, task.prompts)
    if cycle.scenario:  # the story is in the box above: a step to read it costs a line
        steps = tuple(step for step in steps if not reads_story(step))
    steps, prompts = merge_repeated_prompts(steps, list(task.prompts))
    if steps:  # one step left is a sentence, not a list numbered "1." alone
        # Kept with what follows (the first question and its lines, or the sort): a Part's
        # heading and steps at a page's foot with its question overleaf read as two tasks
        # (KS4's Part 2 read that way).
        blocks.append(Paragraph(" ".join(steps), keep_next=True) if len(steps) == 1 or run_on
                      else BulletList(steps, numbered=True, keep_next=True))
    if task.sort and task.sort.ordered:
        blocks.append(Paragraph("Number the cards in the order they happened, then tick the "
                                "column each belongs in.", "note"))
    if task.sort:  # the steps above say how to sort; a tick column per choice
        blocks.append(sort_table(task.sort, on_cards))
        if not run_on:  # (a Part on a side of its own already shares it with its story)
            # The story stays on the page of the sort it asks for (pupils flipped between a
            # story ending page 1 and its sort overleaf).
            blocks = [replace(b, keep_next=True) if isinstance(b, Callout) and b.whole
                      else b for b in blocks]
    # The success criteria ("Check your work") give the answers away: they are the teacher's,
    # in the teacher notes' answer key, never on the pupil's sheet.
    return blocks + prompt_blocks(prompts, audience, before_last)


def _room_drawn(story: Scenario, room: StreamScreen | None) -> list[Block]:
    """The room the sort's rows point into ("The frame on the wall"), as the slide's close-up
    shows it, under the story: a sort of places in a picture pupils could not see on the
    sheet was a memory test, and a sheet for 7-year-olds had no picture at all."""
    if room is None:
        return []
    return [StoryPicture(room, alt=(
        f"Drawing of the room seen in {story.called}'s live stream, as on the slides: the "
        "things on its wall and desk, and what the streamer is wearing."))]


def _story_box(story: Scenario) -> list[Block]:
    """A Part's story in its box, with its "Talk with a partner" line unless the Part's
    written questions ask it (``question_written``): the slide asks it aloud; the sheet
    asks it once, where the pupil writes."""
    told = story_with_question(scenario.worksheet_blocks(story))
    return _talk_said(told) if story.question_written else told


def _talk_said(story: list[Block]) -> list[Block]:
    """The story box without its "Talk with a partner" line."""
    match story:
        case [Callout() as box, *rest]:
            return [replace(box, ask=("", "")), *rest]
    return story


def story_with_sort(cycle: LearningCycle) -> bool:
    """A Part whose story is kept on the page of its sort (cycle_worksheet)."""
    return cycle.scenario is not None and cycle.task.sort is not None


FINISHED_EARLY_LINES = 3


def finished_early(cycle: LearningCycle, stretch: list[str]) -> list[Block]:
    """The lesson's stretch task about this Part's story ("…using Mei's story"), under the
    Part on its own side: a pupil who finishes early has the next thing to do, and the side
    is used (Part 2's was a third empty). Nothing when no stretch task
    names the story's character."""
    if cycle.scenario is None:
        return []
    who = cycle.scenario.character
    task = next((t for t in stretch if re.search(rf"\b{re.escape(who)}\b", t)), None)
    if task is None:
        return []
    return [Paragraph(task, label="Finished early?", keep_next=True),
            WritingLines(FINISHED_EARLY_LINES)]
