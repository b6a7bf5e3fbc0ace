"""Plans the pupil worksheet (Key Stages 2 to 4) and the letter home of a lesson."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.lesson_date import dated as lesson_day
from lessonpack.content.model import (
    Audience,
    FactsFile,
    LearningCycle,
    Lesson,
    QuizQuestion,
    Scenario,
    SortActivity,
    SortItem,
    WorksheetPrompt,
)
from lessonpack.content.parts import option_letter
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.content.routes import SheetRoute
from lessonpack.errors import Problem, UserError
from lessonpack.kinds import scenario
from lessonpack.kinds.signposting import help_box
from lessonpack.plan import common, visiting
from lessonpack.plan.ages import age_of
from lessonpack.plan.class_line import class_and_teacher, date_and_class, name_and_class
from lessonpack.plan.letter_dates import letter_by, reply_by, same_day, session_time, too_late
from lessonpack.plan.model import (
    Block,
    BulletList,
    Callout,
    Checklist,
    CutLine,
    DocPlan,
    Heading,
    Letterhead,
    MultipleChoice,
    PageBreak,
    Paragraph,
    Questions,
    QuizGrid,
    SideBySide,
    Table,
    WriteOnLine,
    WritingLines,
)
from lessonpack.plan.picture_sheet import plan_picture_worksheet
from lessonpack.plan.rse_sentence import settle_rse, withdrawable
from lessonpack.plan.school_classes import class_file


def printed_order(sort: SortActivity) -> list[SortItem]:
    """Items as printed: an ordering task shows them shuffled (stable for the same content)."""
    if not sort.ordered:
        return list(sort.items)
    return sorted(sort.items, key=lambda i: hashlib.sha256(i.text.encode()).hexdigest())


# Relative widths of an ordering task's two text columns: the number, then the card.
ORDER_WIDTHS = (0.8, 5.0)
CARD_WIDTH = ORDER_WIDTHS[1]


def _sort_table(sort: SortActivity) -> Table:
    order = ("Order",) if sort.ordered else ()
    write = (sort.write_in,) if sort.write_in else ()
    # The card's words take the width, so most cards print on one line; each tick column is
    # as wide as its heading (the renderer measures it in the template's font). A sort is
    # done as a whole: it is never split over a page turn.
    widths: tuple[float, ...] = ()  # no order, no write-in: the renderer shares the rest
    if order or write:
        widths = (*ORDER_WIDTHS[:len(order)], CARD_WIDTH, *(WRITE_IN_WIDTH for _ in write))
    return Table(header=(*order, sort.heading, *write, *sort.columns),
                 rows=tuple((*("" for _ in order), item.text, *("" for _ in write),
                             *("" for _ in sort.columns))
                            for item in printed_order(sort)),
                 widths=widths, tick_columns=len(sort.columns), keep_whole=True,
                 row_lines=WRITE_IN_ROW_CM if write else 0)


# A sort's write-in column beside the card (relative widths): room for two words such as
# "special treatment" in a 14-year-old's hand, "special" over "treatment" (about 4.5 cm on
# A4; at under 4 cm pupils could not fit the word "treatment").
WRITE_IN_WIDTH = 4.2
# A write-in sort's least row height (cm): a 14-year-old's two words over two lines with
# room round them. At the cards' own height (two lines' type) pupils wrote in 1.1 cm rows
# while the foot of KS3's Part 2 side sat blank.
WRITE_IN_ROW_CM = 1.5


# Writing lines per prompt are the age's (plan/ages.AnswerLines): at least three (one or two
# lines for "what would you say, and who could help?" left no room for the second half of
# the answer), at most five, so a worksheet stays four sides. A KS4 answer has four (a short
# answer three), its sides planned to hold them (_secondary_sides); KS3's flowing sheet has
# no room for more than it has (see _secondary_layout).


def _prompt_blocks(prompts: list[WorksheetPrompt], audience: Audience,
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


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w']+", text.casefold()))


# A step is the same as a written prompt when the prompt holds this share of its words
# ("Then plan what Kai should do if someone pressures him again" is b)'s question in other
# words: printed above a), it read as part of the checklist task).
SAME_STEP = 0.6


def _steps(instructions: list[str], prompts: list[WorksheetPrompt]) -> tuple[str, ...]:
    """The task's steps without those a written prompt below repeats: the prompt, with its
    lines, is where the pupil does that step, and saying it twice costs a pupil's page."""
    asked = [_words(p.text) for p in prompts if p.lines]

    def repeated(step: str) -> bool:
        words = _words(step)
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
    return {w.removesuffix("'s") for w in _words(text)} - _SMALL_WORDS


# A written prompt says the same as a step when the step holds this share of its words
# ("Name the tactic each warning sign shows." has 3 of its 5 in "Name each sign's tactic: …").
PROMPT_IN_STEP = 0.6


def _merge_repeated_prompts(steps: tuple[str, ...], prompts: list[WorksheetPrompt]
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


def _reads_story(step: str) -> bool:
    return bool(_READ_STORY.match(step))


def _story_with_question(blocks: list[Block]) -> list[Block]:
    """The story's box with its "Talk with a partner" question as the box's last line, kept
    whole: the question can never be a page turn away from the story it asks about."""
    match blocks:
        case [Callout() as story, Paragraph(label=label, text=text), *rest]:
            return [replace(story, ask=(label, text), whole=True), *rest]
    return blocks


def _class_sheet(lesson: Lesson) -> SheetRoute | None:
    """The route of the class's own year when it names the Parts and quiz questions its
    sheet keeps (a Year 4 class: Parts 2 and 3, questions 1 and 4); else None."""
    return next((r for r in lesson.sheet_routes
                 if r.first == r.last and (r.parts or r.quiz)), None)


def _route_worksheet(lesson: Lesson, route: SheetRoute, help_blocks: list[Block]
                     ) -> list[Block]:
    """A sheet of only the parts the class's year does, numbered as on the slides: each
    kept Part's story with its question and private checks, a side each, then the exit quiz
    (class_fit keeps only the year's questions, numbered as its slide numbers them), How did
    I do? for every Part the lesson teaches, the reflection and Who can help, which closes
    the sheet as the lesson ends. Three sides, each with room to write: on two, a Year 4
    class's sheet was full to the foot on both, the box mid-sheet between two Parts and a
    story with no room to answer its question."""
    blocks: list[Block] = []
    # No Parts listed keeps them all (a route may cut the quiz alone).
    done = [(n, c) for n, c in enumerate(lesson.cycles, 1) if not route.parts or n in route.parts]
    kept = 0
    for n, cycle in enumerate(lesson.cycles, 1):
        if (n, cycle) not in done:
            # A Part done away from the sheet still has its heading: the Parts read 1, 2, 3
            # and the child sees where the sort on the table's cards belongs.
            blocks.append(_away_from_sheet(n, cycle))
            continue
        if kept:
            blocks.append(PageBreak())
        kept += 1
        # The last Part's story's ending comes before this Part's heading, not under it.
        blocks += scenario.ending_blocks(cycle.scenario)
        blocks.append(Heading(f"Part {n}: {cycle.title}", 2))
        written = cycle.task.sort is None
        if cycle.scenario:
            story = _story_with_question(scenario.worksheet_blocks(cycle.scenario))
            blocks += _without_asked(story, cycle.task.prompts) if written else story
        blocks += _private_checks(cycle, under_story=cycle.scenario is not None)
        if written:
            blocks += [b for task in _short_task(cycle.task.prompts) for b in task]
        elif cycle.scenario:
            # The sort is on the table's cards; the story's question to talk about has
            # lines to note the pair's answer under it.
            blocks += [Paragraph(_answer_prompt(cycle.task.title, cycle.scenario.question),
                                 keep_next=True, space_before=6),
                       WritingLines(CLASS_LINES)]
    return [*blocks, PageBreak(),
            # The slide's "ring A, B or C" in the heading, as the slide asks it.
            Heading("Exit quiz: ring one letter for each question", 2),
            *quiz_blocks(lesson.exit_quiz),
            # Every Part the lesson taught: the ones done on cards or aloud were still taught
            # (the slides' lesson goal names all three). Its heading is the table's first
            # header cell, as on the class's earlier two-sided sheet.
            Table(("How did I do? I can…", "Not yet", "Getting there", "Yes!"),
                  tuple((_can(c.outcome), "", "", "") for c in lesson.cycles),
                  tick_columns=3),
            # The reflection with three lines, as every answer on this sheet.
            # Four lines under the sentence's own: the class teacher reads it that day for
            # a child's worry, and the side had room to spare (a quarter of it was blank).
            *_reflection(lesson, "Think about it:", ROUTE_REFLECTION_LINES), *help_blocks]


def _answer_prompt(task: str, question: str) -> str:
    """The line over a sorted Part's answer lines: the sort on the cards, then the story's
    last question, the one left to write ("then write your answer here:" named no
    question: it was only in the box above and on the slide)."""
    asked = re.findall(r"[^?]+\?", question)
    last = asked[-1].strip() if asked else ""
    return (f"{task} on your table's cards, then answer: {last}" if last
            else f"{task} on your table's cards, then write your answer here:")


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
    asked = [_words(p.text) for p in prompts if p.lines]
    match story:
        case [Callout(ask=(_, question)) as box, *rest] if question and any(
                len(a & _words(question)) >= SAME_STEP * len(a) for a in asked):
            return [replace(box, ask=("", "")), *rest]
    return story


# Points above each step's ruled line on a younger class's own sheet: with the line's own
# height about a centimetre a step, a Year 3-4 hand's room. A line a step, not a table: its
# header row and the hint wrapping in a narrow column read as a form, not a plan.
SHORT_STEP_GAP = 14


# Lines to write on wherever a younger class's own sheet asks for a sentence or two.
CLASS_LINES = 3
ROUTE_REFLECTION_LINES = 4


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


def _reflection(lesson: Lesson, label: str = "", lines: int = 0) -> list[Block]:
    """The plenary's sentences to finish, each with its lines: the notes say the class
    teacher reads them that day, a private way for a child to say something is wrong.
    ``label``: the slide's title before the first ("Think about it:"), where the sentence
    is not under How did I do?."""
    if label:
        # The sentence's first line ruled from where it ends, then one more: the same room
        # to write as two lines under it, a line less down a side that is full to its foot.
        return [b for i, r in enumerate(lesson.plenary.reflection)
                for b in (WriteOnLine("" if i else label, said=r, space_before=6),
                          WritingLines(lines or REFLECTION_LINES - 1))]
    return [b for i, r in enumerate(lesson.plenary.reflection)
            for b in (Paragraph(r, keep_next=True), WritingLines(REFLECTION_LINES))]


def _class_route(lesson: Lesson) -> list[Block]:
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


def _cycle_worksheet(n: int, cycle: LearningCycle, audience: Audience,
                     run_on: bool = False, before_last: list[Block] | None = None
                     ) -> list[Block]:
    """A Part: its story, steps and task. ``run_on``: the steps as one short paragraph (a
    Part that must fit its side with the story). ``before_last``: blocks before its last
    written question (the sheet's second leaf opening there)."""
    task = cycle.task
    # How the last Part's story ended (KS3: Kai's, before Sami's Part 3) goes under a heading
    # of its own above this Part's: under "Part 3" it read as the start of Sami's part.
    blocks: list[Block] = [*scenario.ending_blocks(cycle.scenario),
                           Heading(f"Part {n}: {task.title}", 2)]
    if cycle.scenario:
        # The story box never ends a page with its "Talk with a partner" question on the next.
        # One comment a line with the name in bold, at every age: run-in comments were
        # hard to scan on the secondary sheets too.
        blocks += _story_box(cycle.scenario)
    # The Part's private checks come on the slides after its story, before its task.
    # The checks go overleaf with their Part's sort, never left on a page above it.
    blocks += _private_checks(cycle, under_story=cycle.scenario is not None,
                              with_next=task.sort is not None)
    steps = _steps(task.instructions, task.prompts)
    if cycle.scenario:  # the story is in the box above: a step to read it costs a line
        steps = tuple(step for step in steps if not _reads_story(step))
    steps, prompts = _merge_repeated_prompts(steps, list(task.prompts))
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
        blocks.append(_sort_table(task.sort))
        if not run_on:  # (a Part on a side of its own already shares it with its story)
            # The story stays on the page of the sort it asks for (pupils flipped between a
            # story ending page 1 and its sort overleaf).
            blocks = [replace(b, keep_next=True) if isinstance(b, Callout) and b.whole
                      else b for b in blocks]
    # The success criteria ("Check your work") give the answers away: they are the teacher's,
    # in the lesson plan's answer key, never on the pupil's sheet.
    return blocks + _prompt_blocks(prompts, audience, before_last)


def _story_box(story: Scenario) -> list[Block]:
    """A Part's story in its box, with its "Talk with a partner" line unless the Part's
    written questions ask it (``question_written``): the slide asks it aloud; the sheet
    asks it once, where the pupil writes."""
    told = _story_with_question(scenario.worksheet_blocks(story))
    return _talk_said(told) if story.question_written else told


def _talk_said(story: list[Block]) -> list[Block]:
    """The story box without its "Talk with a partner" line."""
    match story:
        case [Callout() as box, *rest]:
            return [replace(box, ask=("", "")), *rest]
    return story


# How far across the text width a lone private check's ruled space runs: room for a letter,
# not a line that asks for a sentence.
PRIVATE_REACH = 0.62
PAIR_REACH = 1.0  # the second of two, labelled as fully as the first, runs to the margin


def _private_checks(cycle: LearningCycle, under_story: bool = False,
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


def _full_stop(line: str) -> str:
    """A help line ending in words gets its full stop ("…take you to Mrs Shah."): run on
    without one, the next line read as part of it. A web address or a number is left bare."""
    last = line.rsplit(" ", 1)[-1]
    if line[-1:].isalpha() and "." not in last and "@" not in last:
        return f"{line}."
    return line


def _story_with_sort(cycle: LearningCycle) -> bool:
    """A Part whose story is kept on the page of its sort (_cycle_worksheet)."""
    return cycle.scenario is not None and cycle.task.sort is not None


FINISHED_EARLY_LINES = 3


def _finished_early(cycle: LearningCycle, stretch: list[str]) -> list[Block]:
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


def _can(outcome: str) -> str:
    """"I can spot red flags." -> "spot red flags": a row under the heading "I can…"."""
    return outcome.removeprefix("I can ").rstrip(".")


def quiz_blocks(quiz: list[QuizQuestion], intro: str = "") -> list[Block]:
    """Questions with options lettered as on the slides (the key uses the same letters), two
    to a row: a quiz in one long column costs a pupil most of a side."""
    return [QuizGrid(tuple(MultipleChoice(i, q.question, q.arranged[0])
                           for i, q in enumerate(quiz, 1)), intro=intro)]


REFLECTION_LINES = 2  # a sentence in a pupil's handwriting


def plan_worksheet(lesson: Lesson, facts: FactsFile, brand: Brand,
                   pictures: PictureLibrary | None = None) -> DocPlan:
    if not lesson.readers:  # children who cannot read yet: a sheet led by pictures
        return plan_picture_worksheet(lesson, facts, brand, pictures)
    st = lesson.starter
    # Year 3 turns the page for each Part, so a story and its task share a side; the first
    # side then holds the starter and Part 1, without the outcome (its "I can"s are the
    # rows of How did I do?) or a note the End rows and the starter's words already give.
    sheet = age_of(lesson.audience).sheet
    by_page = sheet.by_page
    own = _class_sheet(lesson)
    # Key words are on the slides and in the lesson plan; four sides leave no room for them.
    blocks: list[Block] = [
        *([] if own else _class_route(lesson)),
        Heading(f"Starter: {st.title}", 2),
        Paragraph(st.instructions),
        # A Start and an End row under each statement: ticked again privately at the end,
        # both answers still readable when the sheets are collected.
        Table(("Statement", "", "Agree", "Disagree", "Not sure"),
              tuple(row for s in st.statements
                    for row in ((s.text, "Start", "", "", ""), ("", "End", "", "", ""))),
              widths=(5.0, 1.0), tick_columns=3, keep_whole=True, paired_rows=True),
        # KS4: the line says when the End rows are ticked, over the plenary's question
        # about them (_changed_mind).
        *([Paragraph("At the end of the lesson, tick the End row for each sentence.",
                     "note")] if sheet.end_row_note else []),
    ]
    # Where the brand names no DSL, the school's line says what the help slide says, with
    # its yellow fields: [DSL's name] and the deputy's (Year 3 to 6), and [DSL's email]
    # (11-16s: "Email them" named no address), listed in the plan's "Fill in first" box.
    # Without them the KS2 sheet named nobody beside a slide with both names' fields.
    # KS1's sheet is drawn, with no line for the school.
    school, *services = common.signposts(lesson, facts, brand)
    card = common.pupils_slide_card if sheet.slide_card else common.pupils_school_card
    box = help_box("Who can help", (card(lesson, brand, school), *services))
    # Whole on one side: LibreOffice splits a long box's row line by line, and a school's
    # last service (its own drop-in) went overleaf alone (Riverside KS3).
    # Year 3 to 6: in two columns under its title (render/docx_box_columns), to fit the last
    # side under How did I do?. A secondary box's long entries gain nothing from columns (each
    # takes twice the lines at half the width).
    short = _short_box(lesson, facts, brand, box.lines[0])
    help_blocks: list[Block] = [replace(box, bold_lead=True, whole=True,
                                        columns=2 if by_page or short else 1,
                                        lines=tuple(_full_stop(t) for t in short or box.lines))]
    if own is not None:
        blocks += _route_worksheet(lesson, own, help_blocks)
        return _worksheet_plan(lesson, brand,
                               _name_on_sheet_two(blocks, name_and_class(lesson.audience, brand)))
    sheet_two = name_and_class(lesson.audience, brand)
    if not by_page and _secondary_layout(lesson):
        blocks += _secondary_sides(lesson, help_blocks, sheet_two)
        return _worksheet_plan(lesson, brand, blocks)
    blocks += _flowing_sides(lesson, help_blocks, by_page)
    return _worksheet_plan(lesson, brand, _name_on_sheet_two(blocks, sheet_two))


# The last line of a sheet's short help box: the card every pupil keeps names the routes.
CARD_LINE = "Your help card: these routes and more, yours to keep"


def _short_box(lesson: Lesson, facts: FactsFile, brand: Brand, school: str
               ) -> tuple[str, ...]:
    """KS3's Who can help, short: the school's line as the help slide words it, then each
    route by its name and number or address (the help card's), the brand's own services for
    pupils, and the card. The sheet is collected; the card every pupil is given is the copy
    they keep. With each route's description the box took a fifth side or squeezed Part 3's
    answers to two lines. Nothing for other sheets: the full box."""
    if not age_of(lesson.audience).sheet.short_help_box or lesson.take_away is None:
        return ()
    by_id = {h.id: h for h in facts.helplines}
    routes = [by_id[ref] for ref in lesson.signposting if ref in by_id]
    return (school, *(f"{h.name}: {h.card or h.web or h.contact}" for h in routes),
            *(f"{h.name}: {h.contact}" for h in common.own_helplines(brand, pupils=True)),
            CARD_LINE)


def _flowing_sides(lesson: Lesson, help_blocks: list[Block], by_page: bool) -> list[Block]:
    """The Parts, exit quiz, How did I do? and reflection of a sheet that turns the page for
    each Part (Year 3 to 6, ``by_page``) or lets them flow (KS3, or a secondary lesson of
    other than three Parts)."""
    blocks: list[Block] = []
    if not by_page and _story_with_sort(lesson.cycles[0]):
        # Part 1's story goes overleaf with its sort (kept together), so the help box fills
        # the side the starter leaves: pupils see where to get help before the story.
        blocks += help_blocks
        help_blocks = []
    for n, cycle in enumerate(lesson.cycles, 1):
        if n > 1 and by_page:
            # Year 3 turns the page for each Part: its story and task are one side, never
            # a story on one page and its sort on the next.
            blocks.append(PageBreak())
        blocks += _cycle_worksheet(n, cycle, lesson.audience, run_on=by_page)
        if by_page:
            blocks += _finished_early(cycle, lesson.differentiation.stretch)
    # Who can help closes the last side, after the quiz, How did I do? and the reflection,
    # where it reads as the lesson's close (atop the side it read as the start of the quiz;
    # between KS3's Parts 2 and 3 it left side two a quarter blank and Part 3 two lines an
    # answer). Year 3 to 6 turn the page for the quiz.
    return blocks + _flowing_close(lesson, help_blocks, by_page)


def _flowing_close(lesson: Lesson, help_blocks: list[Block], by_page: bool) -> list[Block]:
    """The exit quiz, How did I do? and the reflection, then the help box still to place
    (none where it filled side one under the starter)."""
    if not by_page and age_of(lesson.audience).sheet.reflection_under_parts:
        # KS3: the reflection under Part 3, as the plenary asks it (Think about it, then
        # the exit quiz), its lines filling side three; the last side the quiz, How did I
        # do? and Who can help, the box's one place, where the lesson ends. Four lines, as
        # a class's own sheet gives it: with Kai's ending back on side two, two left a
        # fifth of side three blank.
        return [*_reflection(lesson, "Think about it:", ROUTE_REFLECTION_LINES), PageBreak(),
                *_secondary_close(lesson), *help_blocks]
    return [*([PageBreak()] if by_page else []),
            *_secondary_close(lesson), *_reflection(lesson),
            *help_blocks]


# A secondary sheet's Parts, each laid out on its sides below (KS4 has three).
SECONDARY_PARTS = 3


def _secondary_layout(lesson: Lesson) -> bool:
    """A secondary sheet of three Parts whose Part 1 story goes overleaf with its sort
    (KS4): its sides are planned (_secondary_sides). Others flow (_flowing_sides): KS3's
    sheet, with its box at the end and four lines an answer, took five or six sides in a
    brand's larger type or taller header, so it keeps its flow."""
    return not age_of(lesson.audience).sheet.by_page and len(lesson.cycles) == SECONDARY_PARTS \
        and _story_with_sort(lesson.cycles[0])


def _secondary_sides(lesson: Lesson, help_blocks: list[Block], sheet_two: Block
                     ) -> list[Block]:
    """KS4's four sides, each turn of the page planned. Side one: the starter, then Part 1's
    story (its sort opens side two: with the story kept to its sort, side one was the help
    box or half blank). Side two: the sort, then Part 2 whole, a) and b) on one side (split,
    b) stood alone overleaf and lost its context when the leaves were parted). Side three:
    Part 3 and How did I do?. Side four, under the leaf's Name line: the exit quiz, the
    reflection ("One place I could go for help tonight is…") and Who can help
    beside it, short and in two columns as KS3's: on side one the list was fifty minutes
    from the question that asks for it, on another leaf."""
    first, second, last = lesson.cycles
    # The plenary's question about the starter's End rows stays beside them on side one.
    # How did I do? (a row for each Part's "I can") closes side three under the Parts: on
    # side four it took the room the help box needed, which went to a fifth side.
    return [*_changed_mind(), *_story_may_turn(_cycle_worksheet(1, first, lesson.audience)),
            *_cycle_worksheet(2, second, lesson.audience), PageBreak(),
            *_cycle_worksheet(3, last, lesson.audience), _how_did_i_do(lesson),
            PageBreak(), sheet_two, *_exit_quiz(lesson), *_reflection(lesson),
            *help_blocks]


# The plenary's question, asked as pupils tick the End rows on side one ("Ask what changed
# their minds"): under the starter's End rows, above Part 1's story.
CHANGED_MIND = "If any tick changed from Start to End, what changed your mind?"
CHANGED_MIND_LABEL = "End of the lesson:"


def _changed_mind() -> list[Block]:
    return [Paragraph(CHANGED_MIND, label=CHANGED_MIND_LABEL), WritingLines(2)]


def _story_may_turn(blocks: list[Block]) -> list[Block]:
    """A Part whose story box may end a side with its sort overleaf (the box itself stays
    whole): KS4's Part 1 kept whole left side one half blank under the starter."""
    return [replace(b, keep_next=False) if isinstance(b, Callout) and b.whole else b
            for b in blocks]


def _name_on_sheet_two(blocks: list[Block], line: Block) -> list[Block]:
    """``line`` (Name and Class) over the exit quiz: always on the sheet's second leaf (a
    sheet of three or four sides printed double-sided), which holds the quiz and the
    "worried me" sentence the class teacher reads that day. An unnamed loose leaf could not
    be traced to a child, and a worry written on it could not be followed up."""
    at = next((i for i, b in enumerate(blocks)
               if isinstance(b, Heading) and b.text.startswith("Exit quiz")), None)
    if at is None:
        return blocks
    # Kept with the quiz: on a flowing sheet it never ends the side before it alone.
    named = replace(line, keep_next=True) if isinstance(line, WriteOnLine) else line
    return [*blocks[:at], named, *blocks[at:]]


def _secondary_close(lesson: Lesson) -> list[Block]:
    """The exit quiz and How did I do?, each titled in its first line (the quiz's heading
    says how to answer; the table's first header cell asks the question), as a Year 4
    class's sheet has them: a heading and a line each were the room the leaf's Name line
    needed (a brand's help box went to a fifth side)."""
    return [*_exit_quiz(lesson), _how_did_i_do(lesson)]


def _exit_quiz(lesson: Lesson) -> list[Block]:
    return [Heading("Exit quiz: ring one letter for each question", 2),
            *quiz_blocks(lesson.exit_quiz)]


def _how_did_i_do(lesson: Lesson) -> Table:
    return Table(("How did I do? I can…", "Not yet", "Getting there", "Yes!"),
                 tuple((_can(c.outcome), "", "", "") for c in lesson.cycles), tick_columns=3)


def _lines_fill_their_page(blocks: list[Block]) -> list[Block]:
    """Writing lines that end a side (a page break or the sheet's end next) take the room
    left under them, rather than leave the foot of the side blank."""
    ends = [*blocks[1:], PageBreak()]
    # A single line is a step's second line ("Report: ____" and one more), not an answer's
    # room: it stays one line.
    return [replace(b, fill_page=True) if isinstance(b, WritingLines) and b.count > 1
            and isinstance(after, PageBreak) and after.fill else b for b, after in zip(blocks, ends,
                                                                        strict=True)]


def _worksheet_plan(lesson: Lesson, brand: Brand, blocks: list[Block]) -> DocPlan:
    blocks = _lines_fill_their_page(blocks)
    return DocPlan(class_file(lesson, brand, "worksheet") + ".docx", "worksheet",
                   common.meta(lesson, brand, "pupil worksheet"), title=lesson.title,
                   # "Pupil worksheet" in the running header at every age (one place for it
                   # on every sheet), never a line of side one's room.
                   subtitle="", header=f"{lesson.topic_title} · Pupil worksheet",
                   footer=common.doc_footer(lesson, brand), blocks=tuple(blocks), name_line=True,
                   print_size=age_of(lesson.audience).sheet.print_size)


# Services a letter lists, one a line: national ones, then the school's own local ones, to
# make this many. At least three national: the NSPCC, CEOP and Childline, the line the
# children are taught in class (a school's local lines once pushed Childline off the letter,
# so home and school no longer named the same help). The lesson plan and handout list all.
LETTER_SERVICES = 4
# The most characters of the school's own services on one line of a letter (A4, 1.6 cm
# sides, 11 pt): longer, they go one a line.
LETTER_LINE_CHARS = 88
# Narrower fonts hold more on the line (Calibri's letters average about nine tenths of
# Arial's width): in a trainer's template's Calibri the two local services fit one line,
# which the taller Calibri lines need to keep the slip on page one.
NARROW_FONTS = {"calibri": 0.88, "carlito": 0.88}


def letter_line_chars(font: str) -> int:
    """Characters of the school's own services that fit one line of a letter in ``font``."""
    return round(LETTER_LINE_CHARS / NARROW_FONTS.get(font.strip().lower(), 1.0))
LETTER_NATIONAL_LEAST, LETTER_NATIONAL_MOST = 3, 3


def _signatory(lesson: Lesson, brand: Brand) -> tuple[str, str]:
    """Name and role under "Yours sincerely": the brand's signatory; at a primary school
    the class teacher when none is named; else clear placeholders."""
    age = age_of(lesson.audience)
    teacher = class_and_teacher(lesson.audience, brand)[1]
    if not brand.letter_signatory and age.primary and teacher:
        return teacher, "Class teacher"
    role = brand.letter_signatory_role or age.signed_by
    return brand.letter_signatory or "[Name]", role


# The most characters of phone, email and website on one letterhead line (about 60% of the
# width, right of the logo, at 12 pt); longer, the website goes on a line of its own.
LETTERHEAD_LINE_CHARS = 64


def letterhead(brand: Brand, date: str | None = None) -> Letterhead:
    """Name, address and contacts from the brand, in [brackets] where it gives none; the
    letter's ``date`` under them ("" for one to write in, None for none)."""
    # The website on a line of its own when all three are too long for one: after the phone
    # and email it wrapped, leaving a "·" at a line's end.
    contacts = (brand.phone or "[Phone]", brand.email or "[Email]", brand.website or "[Website]")
    lines: tuple[str, ...] = ("  ·  ".join(contacts),)
    if len(lines[0]) > LETTERHEAD_LINE_CHARS:
        lines = ("  ·  ".join(contacts[:2]), contacts[2])
    return Letterhead(brand.named or "[School name]",
                      (brand.address or "[School address]", *lines), date)


_FILL_IN_CHECK = "[bracketed]"


def without_fill_in_check(checks: tuple[str, ...]) -> tuple[str, ...]:
    """A checklist without its "fill in every [bracketed] field" item: where a pack leaves
    fields, the plan's first page lists each file and field instead (plan/fill_in_first);
    where it leaves none, a teacher would hunt for brackets that are not there."""
    return tuple(c for c in checks if _FILL_IN_CHECK not in c)


def dsl_sentence(brand: Brand) -> str:
    """Who to contact about a child's safety. A school's brand names its own DSL and deputy
    (placeholders to fill in when unset); a brand that says how its lead is referred to
    ("the school's Designated Safeguarding Lead": a trainer or a council, who is not the
    school) and names nobody gets that, never "our" with a gap to fill."""
    contact = brand.safeguarding_contact
    if not brand.dsl_name and brand.names_its_lead:
        how = f" ({contact})" if contact else ", through the school office"
        return (f"Any worry about your child's safety, online or offline? Please contact "
                f"{brand.safeguarding_lead}{how}.")
    # The fill-ins as the help cards and sheets spell them: one spelling everywhere.
    name = brand.dsl_name or common.FILL_IN_DSL
    deputy = brand.deputy_dsl_name or common.FILL_IN_DEPUTY
    # A parent phones or emails: the rooms staff find the DSL in ("Deputy Head's office, next
    # to reception") are left out where a number or address is given (as on the parents'
    # help cards); that line also made room to sign the letter.
    reach = common.parent_contact(contact)
    deputy_reach = common.parent_contact(brand.deputy_dsl_contact)
    deputy_contact = f" ({deputy_reach})" if deputy_reach else ""
    # A worried parent in the evening rings: where the leads are reached by email alone,
    # the school's phone is added (the letterhead's number is not where they look).
    phoned = "" if _PHONE_NUMBER.search(f"{reach} {deputy_reach}") or not brand.phone \
        else f", or phone the school on {common.unbroken(brand.phone)}"
    # Two lines, not three, with both numbers: the letter and its slip are one page.
    return (f"Any worry about your child's safety? Contact our "
            f"Designated Safeguarding Lead, {name} ({reach or common.FILL_IN_CONTACT}), or our "
            f"deputy, {deputy}{deputy_contact}{phoned}.")


# A UK phone number in a contact ("01632 960 214", "0800 1111").
_PHONE_NUMBER = re.compile(r"\b0\d[\d\s]{7,12}\d\b")


def _night_line(lesson: Lesson, contact: str) -> bool:
    """Whether a school's own service reached at ``contact`` is the line a secondary
    letter's parent rings tonight: open 24 hours (its contact says so)."""
    return age_of(lesson.audience).secondary and "24 hours" in contact


def out_of_hours(lesson: Lesson, brand: Brand) -> str:
    """Where a secondary letter's parent turns tonight when the school's own services for
    families hold no 24-hour line: the police on 101, as the parents' handout says. Empty
    where a 24-hour line is listed (the school's, marked "Out of hours"), where the letter
    lists the local children's services field in its place (no own services at all), and
    on primary letters, whose page has no line to spare. "In danger now: 999" closes every
    letter's list of services (``_letter_services``)."""
    own = common.own_helplines(brand, pupils=False)
    if not age_of(lesson.audience).secondary or not own or any(
            _night_line(lesson, h.contact) for h in own):
        return ""
    return "Out of hours, the police on 101."


# The emergency line every letter's help box ends with.
DANGER_LINE = "In danger now: 999"


def _slip_to(lesson: Lesson) -> str:
    """Who the reply slip goes back to: the class teacher at primary, the form tutor after."""
    return age_of(lesson.audience).slip_to


def _lower_first(text: str) -> str:
    """"Live streaming" -> "live streaming" (after a colon, mid-sentence)."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def role_line(role: str, brand: Brand) -> str:
    """"Headteacher, Oakfield Primary School"; the organisation is not added again when the
    role already names it ("Online Safety Adviser, Northshire Council")."""
    org = brand.named
    if not org or org.split()[0].lower() in role.lower():
        return role
    return f"{role}, {org}"


# Points above the signature line: with the line's own height, room for a wet signature
# (about 9 mm; one blank line was too little).
SIGN_SPACE = 16
# The line to sign on, about 6 cm at 12 pt.
SIGN_LINE = "_" * 28


def plan_letters(lesson: Lesson, facts: FactsFile, brand: Brand) -> tuple[DocPlan, ...]:
    """The letters home: the one sent before the lesson (unless the brand sends only the one
    after, ``letter_sent: after``) and, in every pack, the one sent after it, which a teacher
    asked to teach at short notice sends instead. A letter dated on or after the lesson's day
    is the one sent after it: its slip cannot offer a look "before the lesson"."""
    if brand.letter_sent != "after" and too_late(brand.lesson_date, brand.letter_date):
        _refuse_late_withdrawal(lesson, brand)
        brand = brand.model_copy(update={"letter_sent": "after"})
    before = (plan_letter(lesson, facts, brand),) if brand.letter_sent != "after" else ()
    return (*before, plan_letter(lesson, facts, brand, after=True))


def _refuse_late_withdrawal(lesson: Lesson, brand: Brand) -> None:
    """No build of a letter that may offer the right to withdraw, dated when withdrawing is
    no longer possible: written after the lesson, it would drop that right without a word.
    A school teaching the lesson as relationships or health education says so in
    ``rse_lesson``."""
    offered = withdrawable(brand.rse_lesson)
    if not lesson.letter.rse_withdrawal or offered is False:
        return
    # Taught as sex education, only the lesson can move; not yet said, either.
    health = ("" if offered else
              "; taught as relationships or health education, set rse_lesson: relationships "
              "(or health)")
    raise UserError(Problem(
        "dates", 0, 0, "LP155", "letter_date",
        f"the letter home ({brand.letter_date}) is dated on or after the lesson "
        f"({brand.lesson_date}), and this lesson's letter offers parents the right to "
        "withdraw their child from sex education, which it can no longer give: move the "
        f"lesson, not the letter (date it a school week before){health}"))


def letter_after_file(lesson: Lesson, brand: Brand) -> str:
    """The letter after the lesson's file name, as the plans name it: beside the letter
    home when the folder is sorted by name."""
    return class_file(lesson, brand, "letter-home-after") + ".docx"


LEARNED_LABEL = "What the class learned today"
IF_TOLD_LABEL = "If your child tells you something:"


def _letter_body(lesson: Lesson, brand: Brand, after: bool, tight: bool) -> list[Block]:
    """What the letter says between its greeting and where to get help. Before the lesson:
    what it will cover, things to talk about and tips. After it: what the class learned,
    questions to ask at home, and what to do if the child tells them something."""
    letter = lesson.letter
    visit = visiting.letter_sentence(lesson, brand, taught=after)
    if not after:
        # The school's RSE policy, where its file gives it, makes the letter's RSE choice.
        paragraphs = [p.replace(FILL_IN_QUESTIONS, school_contact(brand) or FILL_IN_QUESTIONS)
                      .replace(FILL_IN_POLICY, brand.rse_policy_url.strip() or FILL_IN_POLICY)
                      for p in settle_rse(letter.paragraphs, brand.rse_lesson,
                                         lesson.audience)]
        # Who teaches it ends the first paragraph (what the lesson is), not a paragraph of
        # its own: the letter and its reply slip stay on one page.
        return [*[Paragraph(f"{p} {visit}".strip() if n == 0 else p)
                  for n, p in enumerate(paragraphs)],
                SideBySide(("Things to talk about at home", tuple(letter.conversation_starters)),
                           ("Helpful tips", tuple(letter.tips)),
                           # Single-spaced lists where the school's own services add lines:
                           # the slip stays on page one (two local helplines at a secondary
                           # school pushed it over).
                           tight=tight)]
    taught = lesson.letter.after
    return [Paragraph(f"{taught.opening} {visit}".strip()),
            SideBySide((LEARNED_LABEL, tuple(taught.learned)),
                       ("Questions to ask at home", tuple(taught.conversation_starters)),
                       tight=tight),
            # The steps one a line in a panel: a parent finds them again the day it matters.
            Paragraph("\n".join(taught.if_told), label=IF_TOLD_LABEL, panel=True)]


# Who answers a parent's questions about the lesson, as the lesson files write it.
FILL_IN_QUESTIONS = "[contact]"
# Where parents read the school's RSHE policy, as the lesson files write it (the brand's
# ``rse_policy_url`` in its place).
FILL_IN_POLICY = "[where to read it]"


def school_contact(brand: Brand) -> str:
    """"01632 960 500": the school office's phone from the brand (else its email), which
    answers a parent's questions when the letter names no one else; "" when it gives neither
    (the letter keeps its fill-in). One of them: both, the paragraph took a line the reply
    slip's margin needs, and the letterhead above gives both."""
    return common.unbroken(brand.phone.strip()) or brand.email.strip()


def _letter_services(lesson: Lesson, facts: FactsFile, brand: Brand) -> tuple[str, bool]:
    """The services a letter lists under its DSL, one a line, and whether a local line is
    among them (always now: the school's own, or the local children's services field)."""
    # The services a parent most needs (the NSPCC, CEOP, then the lesson's first) and the
    # school's own: a letter is one page; the lesson plan lists every service.
    services = common.adult_signposts(lesson, facts, brand)
    local = len(services) - len(common.own_helplines(brand, pupils=False))  # own last
    # One service a row: five run together on one line were hard to scan,
    # for a parent reading English as an additional language most of all.
    # A line break, not a paragraph, between them: the letter stays one page.
    national = max(LETTER_NATIONAL_LEAST, min(LETTER_NATIONAL_MOST,
                                              LETTER_SERVICES - (len(services) - local)))
    # The brand's or school's own services share one line, as on the handout: at a
    # secondary school, two of them on lines of their own pushed the reply slip onto a second
    # page.
    # A number never split over the line's end (it wrapped as "0306 999 / 0150"); two that
    # do not fit one line go one a line, each whole (no "(24 hours)" alone on a line).
    # The 24-hour line marked for the evening a worried parent reads the letter again,
    # unless the mark would part services that share a line (the slip's margin needs it:
    # "(24 hours)" still says so).
    plain = [f"{s.name}: {common.unbroken(s.contact)}" for s in services[local:]]
    entries = [f"Out of hours: {s.name}, {common.unbroken(s.contact)}"
               if _night_line(lesson, s.contact) else said
               for s, said in zip(services[local:], plain, strict=True)]
    if not entries:
        # No service of the school's own for families: the handout's yellow field for the
        # council's 24-hour line, so no letter leaves a parent at 9pm on a Friday with only
        # national services: the letter reaches families the handout may not.
        field = common.local_help_field()
        entries, plain = ([f"Out of hours: {field.name}, {field.contact}"],
                          [f"{field.name}: {field.contact}"])
    width = letter_line_chars(brand.body_font)
    if len(entries) > 1 and len(" · ".join(plain)) <= width < len(" · ".join(entries)):
        entries = plain
    # One line when they fit, else one a line; the unmarked lines beside them, line for line.
    lines, unmarked = [" · ".join(entries)], [" · ".join(plain)]
    if len(lines[0]) > width:
        lines, unmarked = list(entries), list(plain)
    nationals = [f"{s.name}: {s.contact}" for s in services[:local][:national]]
    return "\n".join(_with_danger(nationals, lines, unmarked[-1], width)), True


def _with_danger(nationals: list[str], lines: list[str], unmarked_last: str,
                 width: int) -> list[str]:
    """The services' lines with "In danger now: 999" added: after the school's own last
    service where it fits on that line (unmarked if that makes it fit: "(24 hours)" still
    says it is open tonight), else after the last national service it fits beside, else on
    a line of its own. Every letter, at every age, says what to do in an emergency, and a
    line more pushed a school's reply slip overleaf."""
    *before, last = lines
    for line in (last, unmarked_last):
        if len(f"{line} · {DANGER_LINE}") <= width:
            return [*nationals, *before, f"{line} · {DANGER_LINE}"]
    for n in reversed(range(len(nationals))):
        if len(f"{nationals[n]} · {DANGER_LINE}") <= width:
            beside = [*nationals[:n], f"{nationals[n]} · {DANGER_LINE}", *nationals[n + 1:]]
            return [*beside, *lines]
    return [*nationals, *lines, DANGER_LINE]


def plan_letter(lesson: Lesson, facts: FactsFile, brand: Brand, *,
                after: bool = False) -> DocPlan:
    """The letter home: sent before the lesson (what it will cover, a slip to see the
    materials first), or ``after`` it (what the class learned, questions for home, what to do
    if a child tells, a slip for questions). The help and signatory are the same in both."""
    # Sent after the lesson alone, it goes out on the letter's date; with the one before, on
    # the lesson's day (the letter's date is the first one's).
    # Undated by the school, the one before goes out two school weeks ahead of the lesson
    # (the day the plan says to send it by): dated so, as a letter that names its lesson's day.
    dated = brand.lesson_date if after and brand.letter_sent != "after" else (
        brand.letter_date or ("" if after else letter_by(brand.lesson_date)))
    name, role = _signatory(lesson, brand)
    helps, own = _letter_services(lesson, facts, brand)
    visit = visiting.letter_sentence(lesson, brand, taught=after)
    blocks: list[Block] = [
        # The letter's own date in the letterhead (a headteacher's letter goes out dated):
        # alone above the heading, it read as a form's field.
        letterhead(brand, dated),
        Heading(f"{'After y' if after else 'Y'}our child's online safety lesson: "
                f"{_lower_first(lesson.topic_title)}", 1),
        # When the lesson is and whose class, under the subject: apart from the letter's own
        # date above (the letter never named the class).
        date_and_class("Lesson date:", lesson.audience, brand, class_line=not brand.named),
        # A line's space under the lesson and class (the greeting ran on
        # from them).
        Paragraph("Dear parent or carer,", space_before=4),
        *_letter_body(lesson, brand, after, tight=own),
        # The school's own people first, then the services, one a line, under one label.
        Paragraph(" ".join(filter(None, (dsl_sentence(brand), out_of_hours(lesson, brand))))
                  + f"\n{helps}", label="Where to get help:", panel=True),
        # Sent after the lesson, no invitation to a workshop already held.
        *(workshop_invitation(brand, lesson.audience, dated if after else "")
          if not after or _still_to_come(brand.parents_session_date, dated) else []),
        # Every letter offers itself in another form: families with English as an
        # additional language or low literacy are the ones a dense letter loses, and a
        # safeguarding message that does not reach them does not protect their child.
        Paragraph(other_formats(brand)),
        Paragraph("Yours sincerely,", keep_next=True),
        # A letter's signature space: room to sign above a short line, the name and role
        # under it, one paragraph (with no line it read as a form's end, the name floating
        # under a gap; a paragraph for the line took the room the slip's air needs).
        Paragraph(f"{SIGN_LINE}\n{name}\n{role_line(role, brand)}", space_before=SIGN_SPACE),
    ]
    if brand.reply_slip:
        blocks += [*_reply_slip(lesson, brand, after),
                   # A signature, as a school's reply slips ask for: the parent's to sign.
                   WriteOnLine("Signed (parent or carer):", lead=("Child's name and class:", ""))]
    # The school's letter (its letterhead, its signatory). A visiting trainer is named in its
    # first paragraph, so no credit at the page foot: there it printed under the reply slip,
    # was cut off with it and returned, and took the lines the slip's margin needs.
    return DocPlan(letter_after_file(lesson, brand) if after
                   else class_file(lesson, brand, "letter-home") + ".docx", "letter",
                   common.meta(lesson, brand, "letter home after the lesson" if after
                               else "letter home", schools=True),
                   title="", subtitle="", header="",
                   footer="" if visit else delivered_credit(brand, "Lesson"),
                   blocks=tuple(blocks), furniture=False)


def other_formats(brand: Brand) -> str:
    """The standard line offering the letter in another language, read aloud or explained,
    and answering questions, with who to ask (the school's phone, else its email, else the
    fill-in): one line on every letter, before and after the lesson, at every age."""
    return (f"Questions, or this letter in another language, read aloud or explained? "
            f"Ask us: {school_contact(brand) or FILL_IN_QUESTIONS}.")


def _still_to_come(event: str, letter_date: str) -> bool:
    """Whether ``event`` ("Thursday 21 January 2027, 3.30pm") is on or after the letter's
    date; True when either is not a full date (the letter then keeps the invitation)."""
    when, sent = lesson_day(event.split(",")[0]), lesson_day(letter_date)
    return when is None or sent is None or when >= sent


def _reply_slip(lesson: Lesson, brand: Brand, after: bool) -> list[Block]:
    """The slip's cut line and choices. Before the lesson: back by a day that leaves time to
    show a parent the materials. After it: questions, any time (no day has passed)."""
    if after:
        return [CutLine(f"Reply slip: return to your child's {_slip_to(lesson)} at any time.",
                        foot=True),
                Checklist(("I have a question about the lesson; please contact me.",
                           "I would like to see the materials my child used in the lesson."))]
    # A day to return it by, before the lesson; one line.
    return [CutLine(f"Reply slip: return to your child's {_slip_to(lesson)} by "
                    f"{reply_by(brand.lesson_date, brand.letter_date) or '_' * 22}.",
                    # At the page's foot, where a school's slip is cut off, not mid-page.
                    foot=True),
            Checklist(("I would like to see the lesson materials before the lesson.",
                       "I have a question; please contact me."))]


WORKSHOP_LABEL = "Parents' and carers' workshop:"


def workshop_invitation(brand: Brand, audience: Audience | None = None,
                        sent: str = "") -> list[Block]:
    """The parents' workshop, when the school may run one with this lesson (the build makes
    the parents' pack, or the brand gives its date): when and where, or fill-ins for them.
    Nothing else in the pack told parents it was on. In a letter ``sent`` on the workshop's
    own day, "This evening, 6pm": the bare date, read at 3.15pm, looked weeks away."""
    if not brand.parents_workshop:
        return []
    if brand.named:
        # A school's own letter invites to the workshop it has dated or placed, leaving the
        # other as a line to write on; one it has said nothing of is left out (blank lines
        # for when and where went home to every family).
        if not (brand.parents_session_date or brand.parents_session_venue):
            return []
        when = _tonight(brand.parents_session_date, sent) or brand.parents_session_date \
            or "_" * 10 + " (when)"
        where = brand.parents_session_venue or "_" * 10 + " (where)"
        return [Paragraph(f"{when}, {where}. All welcome.{content_note(brand, audience)}",
                          label=WORKSHOP_LABEL)]
    # An unbranded letter is all fill-ins (content/fill_ins.py), so "Fill in first" and the
    # yellow ask for these too; and building the parents' pack says nothing of whether the
    # school runs the workshop, so the line says it goes when it runs none.
    when = _tonight(brand.parents_session_date, sent) or brand.parents_session_date \
        or WORKSHOP_WHEN
    where = brand.parents_session_venue or WORKSHOP_WHERE
    optional = "" if brand.parents_session_date or brand.parents_session_venue else (
        " " + WORKSHOP_OPTIONAL)
    # One line: the letter and its reply slip are one page.
    return [Paragraph(f"{when}, {where}. All welcome.{content_note(brand, audience)}{optional}",
                      label=WORKSHOP_LABEL)]


def _tonight(session: str, sent: str) -> str:
    """"This evening, 6pm" for a workshop on the day a letter is ``sent`` (the letter after
    a lesson on the workshop's day); "" otherwise."""
    if not (sent and session and same_day(session, sent)):
        return ""
    time = session_time(session)
    return f"This evening, {time}" if time else "This evening"


def content_note(brand: Brand, audience: Audience | None = None) -> str:
    """" It includes how offenders blackmail teenagers; ..." for an all-through or a
    secondary school, whose workshop has teenage sextortion figures and a teenage story: a
    parent of a five-year-old should know before coming, and a parent of a Year 10 pupil is
    reassured that nothing is graphic before the sextortion part of the evening.
    Empty for a primary school's version, which has neither, and on a primary-age
    ``audience``'s letter where no phase was set: "all" is then only the default, a primary
    school should run the primary version (the build says how), and a KS1 letter told
    families of five-year-olds about teenage blackmail."""
    if brand.phase not in ("all", "secondary"):
        return ""
    if audience is not None and age_of(audience).primary \
            and "phase" not in brand.model_fields_set:
        return ""
    return " " + ALL_THROUGH_CONTENT_NOTE


ALL_THROUGH_CONTENT_NOTE = (
    "It covers how offenders blackmail teenagers; no images are shown, nothing graphic.")
WORKSHOP_WHEN = "[date and time]"
WORKSHOP_WHERE = "[place]"
WORKSHOP_OPTIONAL = "[Delete if none.]"


def delivered_credit(brand: Brand, what: str) -> str:
    """"Lesson delivered by Northshire Online Safety Team": a trainer's credit on
    the school's letters and handout; empty when the school delivers it."""
    return f"{what} delivered by {brand.delivered_by}" if brand.delivered_by else ""
