"""Typed content model: what a lesson, a parents' session and the facts file may hold.

Length budgets (``Annotated[str, Chars(n)]``) match what the slide and handout layouts can
hold: python-pptx cannot make PowerPoint re-fit text, so text that would not fit is a
validation error here rather than a surprise on a slide.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from lessonpack.content.facts_model import Fact, FactsFile, Helpline, PlatformRule, Source
from lessonpack.content.fields import (
    AGE_RANGES,
    AUDIENCE_LABELS,
    ON_SLIDE,
    PUPIL_PAPER,
    SLIDE_TEXT,
    Audience,
    Chars,
    FactId,
    Id,
    Minutes,
    PictureName,
    PupilText,
    SlideLine,
    SlideMark,
    Strict,
    Text,
)
from lessonpack.content.kind_parts.idea_cards import BigIdea
from lessonpack.content.kind_parts.think_pair_share import ThinkPairShare
from lessonpack.content.parents_model import (
    WELCOME_MINUTES,
    Chart,
    ChartBar,
    ParentSession,
    WorkshopSection,
)
from lessonpack.content.part_words import AFTER_LABEL, after_paragraph
from lessonpack.content.parts import (
    Check,
    CurriculumLink,
    Differentiation,
    DisclosureStep,
    Keyword,
    Letter,
    LetterAfter,
    Misconception,
    QuizQuestion,
    Resource,
    Resources,
    Safeguarding,
    Scenario,
    TopicItem,
)
from lessonpack.content.route_cycles import names_left, unused_instead
from lessonpack.content.routes import (
    Routes,
    SecondAdultJobs,
    SheetRoute,
    YearWords,
    check_part,
)
from lessonpack.content.sheet_layout import SheetLayout, layout_problem
from lessonpack.content.wording import MESSAGE

# The model is read from this module (content/model.py) whichever module below defines a
# part: the building blocks (fields.py), the facts file (facts_model.py), the parts lessons
# and the parents' session share (parts.py) and the parents' session (parents_model.py).
__all__ = [
    "AGE_RANGES",
    "AUDIENCE_LABELS",
    "ON_SLIDE",
    "SLIDE_TEXT",
    "WELCOME_MINUTES",
    "AfterStep",
    "Audience",
    "BaselineStatement",
    "BigIdea",
    "CardLine",
    "CardRoute",
    "Chars",
    "Chart",
    "ChartBar",
    "Check",
    "ContentItem",
    "CurriculumLink",
    "Differentiation",
    "DisclosureStep",
    "Fact",
    "FactId",
    "FactsFile",
    "FollowUp",
    "Helpline",
    "Id",
    "Keyword",
    "LearningCycle",
    "Lesson",
    "Letter",
    "LetterAfter",
    "Minutes",
    "Misconception",
    "ParentSession",
    "PictureName",
    "PlatformRule",
    "Plenary",
    "PromptStep",
    "PupilText",
    "QuizQuestion",
    "Resource",
    "Resources",
    "RouteCycle",
    "RouteWords",
    "Safeguarding",
    "Scenario",
    "SlideLine",
    "SortActivity",
    "SortItem",
    "Source",
    "Starter",
    "Strict",
    "TakeAway",
    "Task",
    "Text",
    "ThinkPairShare",
    "TopicItem",
    "WorksheetPrompt",
    "WorkshopSection",
]


class PromptStep(Strict):
    """A step the pupil plans on the worksheet, a row of its own: ``name`` as the text says
    it ("Save"), ``hint`` in brackets after it where a child could take the step the wrong
    way ("a grown-up screenshots the words; no photos")."""

    name: Annotated[str, Chars(20)]
    hint: Annotated[str, Chars(60)] = ""

    @property
    def shown(self) -> str:
        return f"{self.name} ({self.hint})" if self.hint else self.name


class WorksheetPrompt(Strict):
    text: Annotated[str, Chars(200)]
    # The steps the text names ("Plan Kofi's steps: Stop, Tell, Save, Report."), each a
    # row with room to write beside it on the worksheet instead of ruled lines.
    steps: list[PromptStep] = Field(default_factory=list, max_length=5)
    # The text opens with a message to reply to, 'Ravi messages Amara: "…" Write Amara's
    # reply.': the task slide draws it on a phone (content/wording.MESSAGE).
    message: bool = False
    # Answer space on the worksheet: ruled lines, or an empty box to draw in, this many lines
    # high. 0 means no space (the pupil rings or ticks something printed above).
    lines: Annotated[int, Field(ge=0, le=12)] = 2
    space: Literal["lines", "box"] = "lines"
    model_answer: Annotated[str, Chars(400)]

    @model_validator(mode="after")
    def _message_as_written(self) -> WorksheetPrompt:
        if self.message and not MESSAGE.match(self.text):
            raise ValueError("message: true needs text that opens with the message, as "
                             "'Ravi messages Amara: \"...\" Write Amara's reply.'")
        return self

    @model_validator(mode="after")
    def _steps_as_written(self) -> WorksheetPrompt:
        # The sheet prints the text above the rows: a row the text does not name reads as
        # a step from nowhere.
        unnamed = [step.name for step in self.steps if step.name not in self.text]
        if unnamed:
            raise ValueError(f"steps: {', '.join(unnamed)} not named in the text; name each "
                             "step there, as 'Plan Kofi's steps: Stop, Tell, Save, Report.'")
        return self


class SortActivity(Strict):
    """Pupils sort ``items`` into ``columns``; ``answer`` is the column heading."""

    columns: list[Annotated[str, Chars(24)]] = Field(min_length=2, max_length=3)
    items: list[SortItem] = Field(min_length=3, max_length=9)
    # An ordering task: the worksheet shows the items shuffled with an "Order" column, and the
    # answer key gives their position in the order written here. With three columns it also
    # makes the "How it escalates" timeline slide.
    ordered: bool = False
    # The three columns are the stages of an escalating contact, in order (the items need not
    # be ordered): the feedback draws them as the "How it escalates" timeline slide. Said
    # here, never read from how a cycle's title is worded.
    timeline: bool = False
    # A column pupils write in beside each card, after the card's words and before the tick
    # columns (KS3: "Tactic", the tactic each warning sign shows). A prompt that asks for it
    # takes ``lines: 0``: it keeps its model answer for the key, and the sheet has no loose
    # lines to match up with the cards.
    write_in: Annotated[str, Chars(24)] | None = None
    # The sheet table's first column: the cards' words, or, for a class with no cards that
    # sorts on its sheet, what each row holds (``SheetSort.heading``).
    heading: Annotated[str, Chars(24)] = "Card"

    @model_validator(mode="after")
    def _answers_are_columns(self) -> SortActivity:
        for item in self.items:
            if item.answer not in self.columns:
                raise ValueError(
                    f"answer {item.answer!r} of {item.text!r} is not one of the columns")
        return self


class SortItem(Strict):
    text: Annotated[str, Chars(90)]
    answer: Annotated[str, Chars(24)]
    # Shown beside the card on a picture-led (Key Stage 1) sheet and on its picture card.
    picture: PictureName | None = None


SortActivity.model_rebuild()


class SheetSort(Strict):
    """A sort's words for a class that sorts on its sheet, with no cards (a pack fitted to
    Years 5-6): "Each card says where to look" above a table with no cards had a Year 6 ask
    "what cards?"."""

    # The sheet table's first column heading ("Where to look"), for the sort's "Card".
    heading: Annotated[str, Chars(24)]
    # The task's steps in full, as slide and sheet say them to that class.
    instructions: list[Annotated[str, Chars(110), SLIDE_TEXT, ON_SLIDE]] = Field(
        min_length=1, max_length=4)


class Task(Strict):
    title: Annotated[str, Chars(50)]
    minutes: Minutes
    # A step 'Read … story' / 'Look closely at … story' is left off the worksheet, whose
    # story box is just above it (docs/contributing.md, "Wording the planners read").
    instructions: list[Annotated[str, Chars(110), SLIDE_TEXT, ON_SLIDE]] = Field(
        min_length=1, max_length=4)
    sort: SortActivity | None = None
    # The sort's words where the class sorts on its sheet (plan/class_fit.for_class).
    on_sheet: SheetSort | None = None
    prompts: list[WorksheetPrompt] = Field(default=[], max_length=5)
    picture: PictureName | None = None

    @model_validator(mode="after")
    def _has_activity(self) -> Task:
        if self.sort is None and not self.prompts:
            raise ValueError("a task needs a 'sort' or at least one of 'prompts'")
        if self.on_sheet is not None and self.sort is None:
            raise ValueError("on_sheet: the words for a sort on the sheet need a 'sort'")
        return self

    def sorted_on_sheet(self) -> Task:
        """This task as said to a class sorting on its sheet: its ``on_sheet`` words, the
        cards' names gone; unchanged without them."""
        words, sort = self.on_sheet, self.sort
        if words is None or sort is None:
            return self
        return self.model_copy(update={
            "instructions": list(words.instructions), "on_sheet": None,
            "sort": sort.model_copy(update={"heading": words.heading})})


class LearningCycle(Strict):
    title: Annotated[str, Chars(50)]
    minutes: Minutes
    outcome: Annotated[str, Chars(110)]
    # The big ideas, written one of two ways: ``explain``, a line each (numbered rows), or
    # ``big_ideas``, a record each whose line comes with its card (kinds/idea_cards; a class
    # that cannot read yet keeps its own panel). Read them as ``lines``, whichever was written.
    # Each two to four (``_big_ideas_written_once``); the one not written stays empty, so a
    # dumped cycle validates again.
    explain: list[Annotated[str, Chars(100), SLIDE_TEXT, ON_SLIDE]] = Field(
        default=[], max_length=4)
    big_ideas: list[BigIdea] = Field(default=[], max_length=4)
    # Names the big ideas slide goes by in a plan line, "{slides age_rules}" (``SlideMark``;
    # a check's slides take its own ``marks``).
    explain_marks: list[SlideMark] = Field(default=[], max_length=3)
    # Read by the planner (docs/contributing.md, "Wording the planners read"): with
    # 'readers: false', two or more sayings written '"No!" (flat hand up)' make a "Say it and
    # show it" slide (content/wording.py; LP159 warns of sayings written otherwise).
    notes: Annotated[str, Chars(2000)]
    # Each year group's route and the second adult's jobs, as written in ``notes``
    # (content/routes.py; the plan keeps a known class's route, the handover lists the jobs).
    routes: Routes
    second_adult: SecondAdultJobs
    scenario: Scenario | None = None
    # A think, pair, share slide (kinds/think_pair_share), where its step "Think, pair,
    # share (N min)" is taught: straight after the story when the step comes before any
    # explaining (KS3's Part 3), else after what is taught, before the checks.
    think_pair_share: ThinkPairShare | None = None
    checks: list[QuizQuestion] = Field(min_length=1, max_length=2)
    task: Task
    feedback: list[Annotated[str, Chars(100), SLIDE_TEXT, ON_SLIDE]] = Field(
        min_length=1, max_length=4)
    # Shown on the cycle's section slide and beside its big ideas.
    picture: PictureName | None = None

    @property
    def lines(self) -> list[str]:
        """The big ideas' lines, in order, whether written as ``explain`` or ``big_ideas``."""
        return self.explain or [idea.line for idea in self.big_ideas]

    @model_validator(mode="after")
    def _big_ideas_written_once(self) -> LearningCycle:
        if bool(self.explain) == bool(self.big_ideas):
            raise ValueError("give the big ideas once: as explain (a line each) or as "
                             "big_ideas (a line, lead and picture each), not both or neither")
        if len(self.lines) < 2:
            raise ValueError("give at least two big ideas")
        return self

    @model_validator(mode="after")
    def _fields_in_notes(self) -> LearningCycle:
        check_part("LearningCycle", self.notes, self.routes, self.second_adult)
        return self

    @model_validator(mode="after")
    def _question_written_is_asked(self) -> LearningCycle:
        """``scenario.question_written`` leaves the story's question off the worksheet: only
        where the Part's task has questions with lines to write on, which ask it."""
        if self.scenario is None or not self.scenario.question_written \
                or any(p.lines for p in self.task.prompts):
            return self
        raise ValidationError.from_exception_data("LearningCycle", [InitErrorDetails(
            type=PydanticCustomError("question_not_written", (
                "the task has no question to write an answer under, so the worksheet would "
                "not ask the story's question at all: remove question_written, or give a "
                "prompt lines")),
            loc=("scenario", "question_written"), input=True)])


class RouteWords(Strict):
    """A sentence the lesson says outside its Parts about the Part a route replaces ("Give
    sentence starters for Kofi's steps: …"), and what that route's pack says instead
    (content/route_cycles.py): written by the author, never a name swapped."""

    text: Annotated[str, Chars(400)]
    say: Annotated[str, Chars(400)]


class RouteCycle(LearningCycle):
    """A Part a sheet route's years teach instead of the lesson's ``replaces``-th (Years 5–6
    meet Part 3's tricks in a case at their own age where Years 3–4 keep Kofi's): a pack
    built for a class in those years has it in that Part's place on every slide, sheet and
    page, and says each ``instead`` sentence its way; a pack for no class, or another year,
    keeps the lesson as written. Same minutes as the Part it replaces."""

    years: Annotated[str, Field(pattern=r"^\d+-\d+$", max_length=5)]
    replaces: Annotated[int, Field(ge=1, le=3)]
    instead: list[RouteWords] = Field(default=[], max_length=16)
    # Page one of the plan of a class in these years, under the class line: which version
    # this is (a Year 6 teacher asked whether the pack was the Year 4 lesson).
    plan_note: Annotated[str, Chars(200)]


def _taught_together(routes: list[RouteCycle], cycle: RouteCycle, where: str
                     ) -> tuple[list[RouteWords], set[int]]:
    """Every ``instead`` entry and replaced Part of the route Parts of ``cycle``'s years: a
    class of those years is taught them all at once (Years 5–6: Parts 1 and 3), so the names
    check reads all their words, and each sentence is said once, one Part per Part."""
    same = [r for r in routes if r.years == cycle.years]
    if [r.replaces for r in same].count(cycle.replaces) > 1:
        raise ValueError(f"{where}: a second Part {cycle.replaces} for Years {cycle.years}")
    said = [words for r in same for words in r.instead]
    texts = [w.text for w in said]
    twice = next((w.text for w in cycle.instead if texts.count(w.text) > 1), None)
    if twice is not None:
        raise ValueError(f"{where}: instead says {twice[:60]!r} again (another route Part of "
                         "its years says it): say it once, for both stories")
    return said, {r.replaces for r in same}


class BaselineStatement(Strict):
    text: Annotated[str, Chars(100), SLIDE_TEXT, ON_SLIDE]
    agree: bool
    why: Annotated[str, Chars(240)]


class Starter(Strict):
    title: Annotated[str, Chars(50)]
    minutes: Minutes
    instructions: Annotated[str, Chars(160)]
    notes: Annotated[str, Chars(1200)]
    routes: Routes
    second_adult: SecondAdultJobs
    statements: list[BaselineStatement] = Field(min_length=3, max_length=5)

    @model_validator(mode="after")
    def _fields_in_notes(self) -> Starter:
        check_part("Starter", self.notes, self.routes, self.second_adult)
        return self


class AfterStep(Strict):
    """One step of the plenary's "After the lesson" paragraph, a sentence as the notes say
    it: the class teacher's job ("the class teacher reads the question box…"), an aside for a
    visitor ("A visitor hands them over.", left out of the school's own papers and the
    handover, content/wording.VISITOR_ASIDE), or, with ``now``, what is done this minute,
    not after ("A pupil being threatened now is never sent alone…": kept on the closing
    slide, where the rest is a pointer to the plan)."""

    text: Annotated[str, Chars(300)]
    now: bool = False


class Plenary(Strict):
    minutes: Minutes
    notes: Annotated[str, Chars(1200)]
    routes: Routes
    second_adult: SecondAdultJobs
    # The second adult's job above collects the pupils' sheets as they leave: a visiting
    # trainer's sign-off then hands the class teacher only the question box, not sheets
    # she already has (plan/visit_brief/handover_sheet). Said here, not read from the job.
    second_adult_collects_sheets: bool = False
    # What is done after the lesson, read by the handover and the closing slide; the notes
    # say it where ``{{ part.after_lesson }}`` stands (content/part_words.py).
    after_lesson: list[AfterStep] = Field(default=[], max_length=5)
    reflection: list[Annotated[str, Chars(110)]] = Field(min_length=1, max_length=3)

    @model_validator(mode="after")
    def _fields_in_notes(self) -> Plenary:
        check_part("Plenary", self.notes, self.routes, self.second_adult)
        if self.second_adult_collects_sheets and not self.second_adult:
            raise ValueError("second_adult_collects_sheets is set but the plenary gives the "
                             "second adult no job: write the job that collects them")
        said = after_paragraph([s.text for s in self.after_lesson])
        if self.after_lesson and said not in self.notes:
            raise ValueError("after_lesson is never said: write {{ part.after_lesson }} in "
                             "the notes where it is read")
        if not self.after_lesson and _BARE_AFTER.search(self.notes):
            # {{ part.after_lesson }} with no steps says the label alone.
            raise ValueError("the notes say {{ part.after_lesson }} but after_lesson has no "
                             "steps: give it at least one, or take it out of the notes")
        return self


# The after-the-lesson label ending its paragraph: what an empty after_lesson says.
_BARE_AFTER = re.compile(re.escape(AFTER_LABEL) + r"[ \t]*(?:\n\s*\n|\s*$)")


class FollowUp(Strict):
    """Sheet work done after the lesson, the same day, with the class teacher (KS1 colours its
    traffic lights later, away from the carpet). Its minutes are not the lesson's: the plan's
    running sheet gives them a row of their own after the plenary, so a teacher sees the time
    the follow-up takes (otherwise it is lesson time that no running sheet shows)."""

    minutes: Minutes
    what: Annotated[str, Chars(110)]
    sheet: Annotated[str, Chars(60)]


# The key routes a help card's lines may be, after the school's (which the build adds from
# the brand): a pupil's first ways to help, set large with the help slides' icon before each.
CardRoute = Literal["home", "childline", "ceop", "samaritans", "shout"]


class CardLine(Strict):
    """One route on the help card. ``route`` marks it as a key route a pupil most needs (an
    icon before it, its name in the brand's colour, in the help slides' order: the school,
    home, Childline, CEOP, then the lines open all night, Samaritans and Shout); a line
    without one is another service (KS4's Report Remove, police...), set after them under a
    small "Also" heading in the order written. Marked, not read from the words, so a
    reworded or translated line keeps its place and its icon."""

    text: Annotated[str, Chars(80), PUPIL_PAPER]
    route: CardRoute | None = None


class TakeAway(Strict):
    """A help card every pupil keeps (two to an A4 page): the worksheet with the helplines is
    collected at the end, so without it a pupil left a lesson on sextortion with nothing on
    paper. Given to every pupil, so nobody is singled out. The school's
    DSL is added by the build, from the brand, first among the routes."""

    heading: Annotated[str, Chars(40)]
    reassurance: Annotated[str, Chars(90)]
    # One route a line, its number or address through {{ helpline.* }} (facts.yml). Eight
    # fit a half-page card: KS4's has home, both image routes the slides teach and four more.
    lines: list[CardLine] = Field(min_length=2, max_length=8)

    @field_validator("lines")
    @classmethod
    def _each_route_once(cls, lines: list[CardLine]) -> list[CardLine]:
        routes = [line.route for line in lines if line.route is not None]
        twice = sorted({r for r in routes if routes.count(r) > 1})
        if twice:
            raise ValueError(f"route {', '.join(twice)} marks more than one line; a card "
                             "gives each key route one line")
        return lines


class Lesson(TopicItem):
    kind: Literal["lesson"] = "lesson"
    id: Id
    topic: Id
    topic_title: Annotated[str, Chars(40)]
    audience: Audience
    title: Annotated[str, Chars(60)]
    subtitle: Annotated[str, Chars(90)]
    duration_minutes: Annotated[int, Field(ge=20, le=120)]
    summary: Annotated[str, Chars(500)]
    outcome: Annotated[str, Chars(170)]
    objectives: list[Annotated[str, Chars(100)]] = Field(min_length=3, max_length=4)
    prior_knowledge: list[Annotated[str, Chars(160)]] = Field(min_length=1, max_length=5)
    keywords: list[Keyword] = Field(min_length=3, max_length=6)
    misconceptions: list[Misconception] = Field(min_length=1, max_length=3)
    resources: Resources = Field(min_length=1)
    # How the room is set out for the lesson ("a carpet space for the class to sit in a
    # circle; tables for the helping hand"): a visiting trainer's handover asks the class
    # teacher to set it up, as the plan's steps move the class between them and nothing
    # asked for either. None: a lesson taught where the class already sits.
    room: Annotated[str, Chars(120)] | None = None
    # Who shares one set of cut-out sort cards: a pair, or a table of four or five. A table
    # set cuts a class's cutting by more than half (KS2's two sorts, one
    # set per pair, were about 270 pieces to cut the night before). ``support``: a set for
    # each table of a support group only, the class sorting on its worksheet (no count from
    # the class's size: six sets printed for a group of four wasted them).
    card_sets: Literal["pair", "table", "support"] = "pair"
    # What each year group does on the pupil worksheet ({years: 3-4, text: "do only …"}).
    # Built for a known class, its route is printed atop the sheet's first side: a Year 4
    # class got four dense sides, most of which the plan told it to skip.
    sheet_routes: list[SheetRoute] = Field(default=[], max_length=3)
    # The plan's bold line on page one where it serves every route's years (two or more
    # ``sheet_routes``, no class named): how a teacher gets their own year's version, in a
    # teacher's words ("ask whoever made this pack", never a command). {years} is filled
    # with the years the plan serves ("Years 3–6"). Left out: no such line.
    every_year_line: Annotated[str, Chars(160)] | None = Field(None, description=(
        "Page one of a plan serving every route's years: how to get one year group's own "
        "version. {years} is filled with the years served, e.g. 'Years 3–6'."))
    # Words one year group reads instead ("a private picture of you" for Year 7 where Years
    # 8-9 read "a nude of you"): built for that class, every slide, sheet and card says them.
    year_words: list[YearWords] = Field(default=[], max_length=6)
    # The take-away help card printed with the sort cards, ten to a page (KS3, KS4).
    take_away: TakeAway | None = None
    safeguarding: Safeguarding
    starter: Starter
    cycles: list[LearningCycle] = Field(min_length=2, max_length=3)
    # A Part a sheet route's years teach instead of one of ``cycles`` (plan/class_fit).
    # Up to one for each of a three-Part lesson's Parts.
    route_cycles: list[RouteCycle] = Field(default=[], max_length=3)
    # The pupil worksheet's sides, planned for this lesson's stories and tasks
    # (content/sheet_layout.py): each list starts a fresh side, the first under the starter.
    # Empty: the sheet flows, a page a Part at Years 3 to 6 (plan/worksheet/sides.py).
    sheet_layout: SheetLayout = Field(default=[], max_length=6)
    plenary: Plenary
    # Four to six questions; a lesson for children who cannot read yet (``readers: false``)
    # has a short picture check of two to four, read aloud (each question is two slides, and
    # a 5-year-old's plenary has minutes, not a quarter of an hour).
    exit_quiz: list[QuizQuestion] = Field(min_length=2, max_length=6)
    differentiation: Differentiation
    # What to drop when the slot is shorter than planned, in the order to drop it, and what
    # is never cut (no plan said what to do with 35 minutes, and what
    # got cut was the signposting). Printed at the head of the plan's step-by-step.
    # A line for some years alone starts with their label ("Years 5–6: …"): built for a class,
    # only its year's lines print (content/routes.py lines_for_year).
    short_of_time: list[Annotated[str, Chars(160)]] = Field(default=[], max_length=5)
    # The core route through a full lesson: minutes for the starter, each part and the
    # plenary once the cuts in ``short_of_time`` are made, leaving 5 to 10 minutes of the
    # lesson spare for settling a class and handing out (a 60-minute lesson of 45 slides
    # had none). The plan's running sheet shows this route's clock beside the full one.
    core_minutes: list[Annotated[int, Field(ge=1)]] = Field(default=[], max_length=5)
    follow_up: FollowUp | None = None
    # Up to three lines each on the "Remember" slide: a rule with its safe alternative
    # ("Going live to the public is not for your age. Watch with a grown-up near; ...").
    key_messages: list[Annotated[str, Chars(110), SLIDE_TEXT, ON_SLIDE]] = Field(
        min_length=3, max_length=3)
    signposting: list[FactId] = Field(min_length=2, max_length=8)
    curriculum_links: list[CurriculumLink] = Field(min_length=1)
    letter: Letter
    sources: list[str] = Field(min_length=1)
    # False for pupils who cannot read yet (KS1): the deck leaves out slides that only work for
    # readers (objectives, written self-checks, reflection prompts) and the teacher reads
    # everything aloud.
    readers: bool = True

    @model_validator(mode="after")
    def _quiz_length(self) -> Lesson:
        # Four is the least that still samples every part of a lesson as its end point; a
        # pupil's worksheet must fit four sides, so the quiz is not longer than it needs.
        if self.readers and len(self.exit_quiz) < 4:
            raise ValueError("exit_quiz needs 4 to 6 questions (2 to 4 only with "
                             "'readers: false')")
        if not self.readers and len(self.exit_quiz) > 4:
            raise ValueError("a lesson with 'readers: false' has a short exit check of 2 to 4 "
                             "questions, read aloud")
        return self

    @model_validator(mode="after")
    def _every_year_line(self) -> Lesson:
        # The one name the line may hold: any other brace would print as written.
        line = self.every_year_line
        if line is not None and (line.count("{") != 1 or "{years}" not in line
                                 or line.count("}") != 1):
            raise ValueError("every_year_line: keep {years} (once) and no other braces; "
                             "it is filled with the years the plan serves")
        return self

    @model_validator(mode="after")
    def _core_route(self) -> Lesson:
        # A minute a stage, none longer than the full stage, and 5 to 10 minutes spare: a
        # core route with no slack is no help, and one far shorter is a different lesson.
        if not self.core_minutes:
            return self
        full = [self.starter.minutes, *(c.minutes for c in self.cycles), self.plenary.minutes]
        if len(self.core_minutes) != len(full):
            raise ValueError(f"core_minutes: {len(self.core_minutes)} numbers, but the lesson "
                             f"has {len(full)} stages (the starter, each part, the plenary)")
        for i, (core, whole) in enumerate(zip(self.core_minutes, full, strict=True), 1):
            if core > whole:
                raise ValueError(f"core_minutes, item {i}: {core}, longer than the stage's "
                                 f"{whole} minutes")
        spare = self.duration_minutes - sum(self.core_minutes)
        if not 5 <= spare <= 10:
            raise ValueError(f"core_minutes add up to {sum(self.core_minutes)}, leaving {spare} "
                             f"of {self.duration_minutes} minutes spare (5 to 10 wanted)")
        return self

    @model_validator(mode="after")
    def _route_cycles_fit(self) -> Lesson:
        # A route's Part stands in one Part's place for a sheet route's years: the rest of
        # the lesson's slides and clock are the same for every route, and its pack must not
        # name the replaced story's people anywhere (content/route_cycles.py).
        routes = {r.years for r in self.sheet_routes}
        dumped = self.model_dump(mode="json") if self.route_cycles else {}
        for i, cycle in enumerate(self.route_cycles, 1):
            where = f"route_cycles, item {i}"
            said, replaced = _taught_together(self.route_cycles, cycle, where)
            if cycle.replaces > len(self.cycles):
                raise ValueError(f"{where}: replaces: {cycle.replaces}, but the lesson has "
                                 f"{len(self.cycles)} Parts")
            if cycle.years not in routes:
                raise ValueError(f"{where}: years: {cycle.years!r} is no sheet route's "
                                 f"({', '.join(sorted(routes)) or 'none'})")
            own = self.cycles[cycle.replaces - 1].minutes
            if cycle.minutes != own:
                raise ValueError(f"{where}: {cycle.minutes} minutes, but Part "
                                 f"{cycle.replaces} takes {own}")
            unused = unused_instead(dumped, cycle.instead)
            if unused:
                raise ValueError(f"{where}: instead, item {unused[0] + 1}: the lesson never "
                                 f"says {cycle.instead[unused[0]].text[:60]!r}")
            left = names_left(dumped, cycle.replaces, said, cycle.years, replaced)
            if left:
                name, loc = left[0]
                raise ValueError(f"{where}: its pack would still name {name!r} (at {loc}): "
                                 "add that sentence to instead, said for this route's story")
        return self

    @field_validator("sheet_layout")
    @classmethod
    def _layout_names_each_part(cls, layout: SheetLayout, info: ValidationInfo) -> SheetLayout:
        cycles = info.data.get("cycles")
        problem = layout_problem(layout, len(cycles)) if cycles is not None else None
        if problem:
            raise ValueError(problem)
        return layout

    @model_validator(mode="after")
    def _misconception_statements(self) -> Lesson:
        # A misconception said to be answered by a starter statement names one that exists.
        count = len(self.starter.statements)
        for i, m in enumerate(self.misconceptions, 1):
            if m.statement is not None and m.statement > count:
                raise ValueError(f"misconceptions, item {i}: statement: {m.statement}, but "
                                 f"the starter has {count} statements")
        return self

    @model_validator(mode="after")
    def _stories_drawn(self) -> Lesson:
        # Children who cannot read follow each story by its picture: the child must be drawn
        # (title slide, story, questions naming them), and how is content, never guessed from
        # a name. One positioned line for the first story that does not say.
        for i, cycle in enumerate(self.cycles):
            sc = cycle.scenario
            if not self.readers and sc is not None and sc.animal is None \
                    and sc.picture is None:
                who = sc.watcher or sc.character
                raise ValidationError.from_exception_data("Lesson", [InitErrorDetails(
                    type=PydanticCustomError("story_not_drawn", (
                        f"a lesson with 'readers: false' draws each story's child: say how "
                        f"{who} is drawn with animal: (a library picture, e.g. rabbit) or "
                        "picture: (girl, boy)")),
                    loc=("cycles", i, "scenario"), input=None)])
        return self

    @field_validator("outcome")
    @classmethod
    def _outcome_is_i_can(cls, value: str) -> str:
        if not value.startswith("I can"):
            raise ValueError("must be an 'I can …' statement")
        return value

    @property
    def timed_minutes(self) -> int:
        return (
            self.starter.minutes + sum(c.minutes for c in self.cycles) + self.plenary.minutes
        )


ContentItem = Lesson | ParentSession
