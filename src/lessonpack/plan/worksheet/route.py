"""The sheet of a class whose year does only some Parts (a year's route, plan/class_fit.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from lessonpack.content.model import LearningCycle, Lesson, WorksheetPrompt
from lessonpack.content.routes import SheetRoute
from lessonpack.kinds import scenario
from lessonpack.plan.model import (
    Block,
    Callout,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    WriteOnLine,
    WritingLines,
)
from lessonpack.plan.worksheet.checks import private_checks
from lessonpack.plan.worksheet.close import ROUTE_REFLECTION_LINES, exit_quiz, i_can, reflection
from lessonpack.plan.worksheet.part import story_with_question
from lessonpack.plan.worksheet.prompts import SAME_STEP, word_set


def class_sheet(lesson: Lesson) -> SheetRoute | None:
    """The route of the class's own year when it names the Parts and quiz questions its
    sheet keeps (a Year 4 class: Parts 2 and 3, questions 1 and 4); else None."""
    return next((r for r in lesson.sheet_routes
                 if r.first == r.last and (r.parts or r.quiz)), None)


def route_worksheet(lesson: Lesson, route: SheetRoute, help_blocks: list[Block],
                    named: Block) -> list[Block]:
    """A sheet of only the parts the class's year does, numbered as on the slides: each
    kept Part's story with its question and private checks, a side each, then the exit quiz
    (class_fit keeps only the year's questions, numbered as its slide numbers them), How did
    I do? for every Part the lesson teaches, the reflection and Who can help, which closes
    the sheet as the lesson ends. Three sides, each with room to write: on two, a Year 4
    class's sheet was full to the foot on both, the box mid-sheet between two Parts and a
    story with no room to answer its question. ``named``: the Name line over the quiz."""
    blocks: list[Block] = []
    # No Parts listed keeps them all (a route may cut the quiz alone).
    done = [(n, c) for n, c in enumerate(lesson.cycles, 1) if not route.parts or n in route.parts]
    kept = 0
    sorted_last = False  # the Part before ended on a sorted Part's answer lines
    for n, cycle in enumerate(lesson.cycles, 1):
        if (n, cycle) not in done:
            # A Part done away from the sheet still has its heading: the Parts read 1, 2, 3
            # and the child sees where the sort on the table's cards belongs.
            blocks.append(_away_from_sheet(n, cycle))
            continue
        if kept:
            # Under a sorted Part's answer the lines stay as many as it needs.
            blocks.append(PageBreak(fill=not sorted_last))
        kept += 1
        # The last Part's story's ending is read aloud, not printed (worksheet/part.py).
        blocks.append(Heading(f"Part {n}: {cycle.title}", 2))
        written = cycle.task.sort is None
        if cycle.scenario:
            story = story_with_question(scenario.worksheet_blocks(cycle.scenario))
            blocks += _without_asked(story, cycle.task.prompts) if written else story
        blocks += private_checks(cycle, under_story=cycle.scenario is not None)
        if written:
            blocks += [b for task in _short_task(cycle.task.prompts) for b in task]
        elif cycle.scenario:
            blocks += _sorted_answer(cycle, cycle.scenario.question, route.answer_lines)
        sorted_last = not written and cycle.scenario is not None
    return [*blocks, PageBreak(fill=not sorted_last), *exit_quiz(lesson, named),
            # Every Part the lesson taught: the ones done on cards or aloud were still taught
            # (the slides' lesson goal names all three). Its heading is the table's first
            # header cell, as on the class's earlier two-sided sheet.
            Table(("How did I do? I can…", "Not yet", "Getting there", "Yes!"),
                  tuple((i_can(c.outcome), "", "", "") for c in lesson.cycles),
                  tick_columns=3),
            # The reflection with three lines, as every answer on this sheet.
            # Four lines under the sentence's own: the class teacher reads it that day for
            # a child's worry, and the side had room to spare (a quarter of it was blank).
            *reflection(lesson, ROUTE_REFLECTION_LINES), *help_blocks]


def _sorted_answer(cycle: LearningCycle, story_question: str, lines: int) -> list[Block]:
    """A Part sorted on the table's cards: ``lines`` (the route's, from content) under the
    question to write about (``sorted_question``)."""
    return [Paragraph(answer_prompt(cycle.task.title, sorted_question(cycle, story_question)),
                      keep_next=True, space_before=6),
            WritingLines(lines)]


def sorted_question(cycle: LearningCycle, story_question: str) -> str:
    """The one question a Part sorted on cards leaves to write: the task's own written
    prompt where it has one (the Year 6 sheet's words), else the story's last question.
    The slide's notes name it in these words, so notes and sheet agree."""
    return next((p.text for p in cycle.task.prompts if p.lines), "") or \
        last_question(story_question)


def answer_prompt(task: str, question: str) -> str:
    """The line over a sorted Part's answer lines: the sort on the cards, then the
    question(s) to write about, each a sentence of its own, as the Year 6 sheet asks them
    ("What should Mei do now? Who could help her?"). "…then write your answer here:"
    named no question, and "…then answer: What should she do now?" had a capital
    mid-sentence and left out who could help."""
    asked = [q.strip() for q in re.findall(r"[^?]+\?", question)]
    if not asked:
        return f"{task} on your table's cards, then write your answer here:"
    # The questions alone after the sort, as the Year 6 sheet asks them, on one line:
    # "…then write your answers here." ran to a second, which took a writing line.
    return f"{task} on your table's cards. {' '.join(asked)}"


def last_question(text: str) -> str:
    """A story's question to talk about, its last question alone ("Which clues show who
    Mei is? What should she do now?" leaves "What should she do now?" to write)."""
    asked = re.findall(r"[^?]+\?", text)
    return asked[-1].strip() if asked else text


def _away_from_sheet(n: int, cycle: LearningCycle) -> Paragraph:
    """The one line of a Part the class's sheet leaves out: its name and what the class
    does instead (its sort on the table's cards, or the task aloud). A line, not a heading:
    side one is full to its foot."""
    where = f"{cycle.task.title} on your table's cards" if cycle.task.sort else "done aloud"
    # A heading with nothing under it had pupils asking where to write.
    return Paragraph(f"{where[0].lower()}{where[1:]} (no writing).",
                     label=f"Part {n}: {cycle.title} \u2013", keep_next=True)


def _without_asked(story: list[Block], prompts: list[WorksheetPrompt]) -> list[Block]:
    """The story box without its "Talk with a partner" question when a written prompt
    under it asks the same ("What should Kofi do? Plan his steps: …" above "b) Plan Kofi's
    steps: …"): asked once, where the pupil writes."""
    asked = [word_set(p.text) for p in prompts if p.lines]
    match story:
        case [Callout(ask=(_, question)) as box, *rest] if question and any(
                len(a & word_set(question)) >= SAME_STEP * len(a) for a in asked):
            return [replace(box, ask=("", "")), *rest]
    return story


# Points above each step's ruled line on a younger class's own sheet: with the line's own
# height about a centimetre a step, a Year 3-4 hand's room. A line a step, not a table: its
# header row and the hint wrapping in a narrow column read as a form, not a plan.
SHORT_STEP_GAP = 14


# Lines to write on wherever a younger class's own sheet asks for a sentence or two.
CLASS_LINES = 3


def _short_task(prompts: list[WorksheetPrompt]) -> list[list[Block]]:
    """A Part's written task on a younger class's own sheet, a list of blocks a prompt:
    each prompt, lettered as on the slide, with three lines (a trick's words) or a line a
    step ("Stop: ____"); the slide's "Pupils use the worksheet" needs somewhere to write,
    even when the class plan is written on the board and copied."""
    asked = [p for p in prompts if p.lines]
    tasks: list[list[Block]] = []
    for i, prompt in enumerate(asked):
        label = f"{chr(97 + i)})" if len(asked) > 1 else ""
        blocks: list[Block] = [Paragraph(prompt.text, label=label, keep_next=True)]
        if prompt.steps:
            # A step's line and one more under it: a Year 4 hand's sentence ("Tell Grandma
            # what StarFan_J said") took more than the one line (half the side was blank).
            blocks += [b for step in prompt.steps
                       for b in (WriteOnLine(f"{step.shown}:", space_before=SHORT_STEP_GAP),
                                 WritingLines(1))]
        else:
            blocks.append(WritingLines(CLASS_LINES))
        tasks.append(blocks)
    return tasks


def class_route(lesson: Lesson) -> list[Block]:
    """The class year's parts of the sheet, atop its first side: a Year 4 class was handed
    all four sides and told in the plan alone which to skip. Only a route fitted to a known
    class ("Year 4", plan/class_fit.py) is printed; unfitted routes ("Years 3–4", no class
    year) stay in the plan, not on the pupils' sheet."""
    # A route keeping every Part ("Year 6: do every part; sort on the Card tables.") is the
    # teacher's note, not the pupil's: it stays in the plan.
    found = [r for r in lesson.sheet_routes if r.first == r.last and r.parts]
    # One line under the name, not a box: side one is full (a box pushed Part 1's sort
    # onto a fifth side).
    return [Paragraph(found[0].text, label=f"{found[0].label}:", keep_next=True)] \
        if found else []
