"""Typed content model: what a lesson, a parents' session and the facts file may hold.

Length budgets (``Annotated[str, Chars(n)]``) match what the slide and handout layouts can
hold: python-pptx cannot make PowerPoint re-fit text, so text that would not fit is a
validation error here rather than a surprise on a slide.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from lessonpack.content.wording import MESSAGE

if TYPE_CHECKING:
    from lessonpack.content.picture_words import PictureWords


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


# --------------------------------------------------------------------------- facts file


class Source(Strict):
    """A document a fact rests on: ``publisher`` and ``url`` name the authority itself.

    When only a copy could be read (a school's page quoting CEOP, a news report of a platform's
    announcement), ``url`` stays the owner's own page and ``read_at`` records the copy: the copy
    is where it was read, never the authority (``lessonpack validate`` refuses document-sharing
    sites and news aggregators as ``url``).
    """

    id: Annotated[str, StringConstraints(pattern=r"^S[-A-Za-z0-9]{1,20}$")]
    title: Annotated[str, Chars(300)]
    publisher: Annotated[str, Chars(160)]
    url: Annotated[str, Chars(400)]
    date: Annotated[str, Chars(40)] | None = None
    read_at: list[Annotated[str, Chars(400)]] = []
    checked: dt.date | None = None


class Fact(Strict):
    """A statistic or claim used in content, with where it came from."""

    id: FactId
    text: Annotated[str, Chars(300)]
    sources: list[str] = Field(min_length=1)
    checked: dt.date
    # A fact that cannot go out of date (a finished study's figures): no "check again" warning.
    stable: bool = False
    # Where in the source the figure is, so a DSL can check it word for word: a page of a
    # report, or the paragraph or section of a web page, which has no pages.
    where: Annotated[str, Chars(200)] = ""


class Helpline(Strict):
    id: FactId
    name: Annotated[str, Chars(60)]
    for_whom: Annotated[str, Chars(120)]
    what_for: Annotated[str, Chars(200)]
    child_friendly: Annotated[str, Chars(120)]
    # The same for 11–16-year-olds: plainer than what_for, not as young as child_friendly.
    young_people: Annotated[str, Chars(120)]
    # Shown on slides beside the name: keep it short (a number, a web address).
    contact: Annotated[str, Chars(60)]
    web: Annotated[str, Chars(80)] | None = None
    sources: list[str] = Field(min_length=1)
    checked: dt.date
    stable: bool = False


class PlatformRule(Strict):
    id: FactId
    platform: Annotated[str, Chars(40)]
    rule: Annotated[str, Chars(240)]
    since: Annotated[str, Chars(40)] | None = None
    sources: list[str] = Field(min_length=1)
    checked: dt.date
    stable: bool = False


class FactsFile(Strict):
    sources: list[Source]
    facts: list[Fact]
    helplines: list[Helpline]
    platform_rules: list[PlatformRule] = []


# --------------------------------------------------------------------------- shared parts


class QuizOption(Strict):
    text: Annotated[str, Chars(90), SLIDE_TEXT, ON_SLIDE]
    correct: bool = False


class QuizQuestion(Strict):
    question: Annotated[str, Chars(150), SLIDE_TEXT, ON_SLIDE]
    options: list[QuizOption] = Field(min_length=3, max_length=4)
    explanation: Annotated[str, Chars(240)]
    # Where the right answer is shown (A, B, C or D). Unset, a stable hash of the question
    # decides; set it to spread a quiz's answers (validate checks no letter is keyed for more
    # than half a quiz).
    key: Literal["A", "B", "C", "D"] | None = None
    # A check on blame or on what should happen to a victim: answered privately (written, no
    # fingers or hands), so no pupil sees classmates put a tricked child at fault.
    private: bool = False
    # A cycle's second check, run only if time allows: the slide says so, so a teacher can
    # skip it without reading the notes.
    optional: bool = False

    @model_validator(mode="after")
    def _one_correct(self) -> QuizQuestion:
        if sum(o.correct for o in self.options) != 1:
            raise ValueError("exactly one option must have 'correct: true'")
        if self.key is not None and "ABCD".index(self.key) >= len(self.options):
            raise ValueError(f"key {self.key} is past the last of {len(self.options)} options")
        return self

    @property
    def correct_text(self) -> str:
        return next(o.text for o in self.options if o.correct)

    @property
    def arranged(self) -> tuple[tuple[str, ...], int]:
        """Options in the order shown to pupils, and the index of the correct one.

        Authors tend to write the right answer first; showing it first every time would teach
        pupils to pick "A". A stable hash of the question decides where it goes, so the same
        content always gives the same order (and the same bytes).
        """
        others = [o.text for o in self.options if not o.correct]
        slot = ("ABCD".index(self.key) if self.key is not None
                else hashlib.sha256(self.question.encode()).digest()[0] % len(self.options))
        others.insert(slot, self.correct_text)
        return tuple(others), slot


class Keyword(Strict):
    term: Annotated[str, Chars(32)]
    definition: Annotated[str, Chars(150), SLIDE_TEXT, ON_SLIDE]
    picture: PictureName | None = None
    # What the picture means for this word, for screen readers, over the library's alt text
    # (a DSL's review: "someone you don't know" beside grooming taught stranger danger).
    picture_alt: Annotated[str, Chars(120)] | None = None


class Misconception(Strict):
    belief: Annotated[str, Chars(140)]
    correction: Annotated[str, Chars(240)]


class CurriculumLink(Strict):
    framework: Annotated[str, Chars(60)]
    detail: Annotated[str, Chars(240)]


def _text_item(data: Any) -> Any:
    """A plain string item is ``{text: ...}``: only the items a visitor's plan treats
    differently are written as a mapping."""
    return {"text": data} if isinstance(data, str) else data


# What a check's role needs its text to say for the plan to put the school's names in it.
_CHECK_ROLE_WORDS = {"names_dsl_and_deputy": "the DSL and the deputy"}


class Check(Strict):
    """One safeguarding check. ``visitor`` says what a visiting trainer's plan does with it
    (plan/visiting.py), so rewording the check can never change that: ``skip``, the school
    keeps it (who is vulnerable, who is on site, the question box; the visitor's own checks
    ask the DSL instead); ``ask_class_teacher``, the class teacher does it ("Ask Mr Hale to
    show pupils a photo of the DSL…").

    ``role`` marks what the plan relies on, so rewording cannot change it silently:
    ``talk_to_dsl``, the check has the teacher talk to the DSL about the lesson beforehand
    (without one the lesson plan adds its own "Talk to … before the lesson" first);
    ``names_dsl_and_deputy``, a visitor's plan puts the school's DSL and deputy by name
    where the text says "the DSL and the deputy" (a visitor has not met them)."""

    text: Annotated[str, Chars(200)]
    visitor: Literal["skip", "ask_class_teacher"] | None = None
    role: Literal["talk_to_dsl", "names_dsl_and_deputy"] | None = None

    @model_validator(mode="after")
    def _names_fit(self) -> Check:
        words = _CHECK_ROLE_WORDS.get(self.role or "")
        if words and words not in self.text:
            raise ValueError(f"a '{self.role}' check must say '{words}' (a visitor's plan "
                             "puts the school's names there)")
        return self


class Resource(Strict):
    """One thing a lesson needs. Written as a plain string, or as a mapping where a plan
    uses it: ``provided_by`` says who has it when a visiting trainer teaches (``trainer``:
    the trainer brings it, a prop only they have; ``pupils``: the pupils' own kit, which the
    school provides), with ``short``, the few words the plan's "Visit logistics" table lists
    it by; ``cut_cards`` marks the resource that speaks of the cut-out sort cards, where the
    plan names the cards file to print."""

    text: Annotated[str, Chars(160)]
    provided_by: Literal["trainer", "pupils"] | None = None
    short: Annotated[str, Chars(60)] | None = None
    cut_cards: bool = False

    @model_validator(mode="after")
    def _short_with_provider(self) -> Resource:
        if (self.provided_by is None) != (self.short is None):
            raise ValueError("'provided_by' and 'short' go together: who has it when a "
                             "visitor teaches, and the words the visit logistics table uses")
        return self


Resources = list[Annotated[Resource, BeforeValidator(
    _text_item, json_schema_input_type=Annotated[str, Chars(160)] | Resource)]]


# What a role's step must say for the plan to put the school's names in it (plan/visiting.py):
# a school's own staff read this box under pressure, and it must name someone.
_ROLE_WORDS = {"tell": "the DSL", "staff_concern": "the headteacher"}


class DisclosureStep(Strict):
    """One "If a child discloses" step. ``role`` marks the steps a visitor does differently
    (plan/visiting.py): ``tell`` (whom to tell: a visitor goes to or phones the school's DSL
    at once; a school's staff see the DSL and deputy named), ``record`` (where it is written:
    a visitor has no login to the school's system, so paper or a signed note), and
    ``staff_concern`` (a concern about a member of staff: the head named, the chair of
    governors and the LADO added)."""

    text: Annotated[str, Chars(240)]
    role: Literal["tell", "record", "staff_concern"] | None = None

    @model_validator(mode="after")
    def _names_fit(self) -> DisclosureStep:
        words = _ROLE_WORDS.get(self.role or "")
        if words and words not in self.text:
            raise ValueError(f"a '{self.role}' step must say '{words}' (the plan puts the "
                             "school's name there)")
        return self


class Safeguarding(Strict):
    # Each item a string, or a mapping where a plan treats it differently (Check: a
    # visitor's plan, and the role a lesson plan relies on).
    checklist: list[Annotated[Check, BeforeValidator(
        _text_item, json_schema_input_type=Annotated[str, Chars(200)] | Check)]] = Field(
        min_length=3)
    ground_rules: list[Annotated[str, Chars(90), SLIDE_TEXT, ON_SLIDE]] = Field(
        min_length=3, max_length=7)
    disclosure: list[Annotated[DisclosureStep, BeforeValidator(
        _text_item, json_schema_input_type=Annotated[str, Chars(240)] | DisclosureStep)]] = Field(
        min_length=3)
    notes: list[Annotated[str, Chars(400)]] = Field(min_length=1)

    @field_validator("disclosure")
    @classmethod
    def _one_tell_step(cls, steps: list[DisclosureStep]) -> list[DisclosureStep]:
        # Without its `tell` step a visitor's plan would not say to go to the DSL at once.
        roles = [s.role for s in steps]
        if roles.count("tell") != 1:
            raise ValueError("exactly one step needs 'role: tell' (the step that says whom "
                             "to tell, which a visitor's plan rewrites); found "
                             f"{roles.count('tell')}")
        for role in ("record", "staff_concern"):
            if roles.count(role) > 1:
                raise ValueError(f"more than one step has 'role: {role}'")
        return steps

    @property
    def checks(self) -> tuple[str, ...]:
        return tuple(c.text for c in self.checklist)

    @property
    def steps(self) -> tuple[str, ...]:
        return tuple(s.text for s in self.disclosure)


class Differentiation(Strict):
    support: list[Annotated[str, Chars(240)]] = Field(min_length=1)
    stretch: list[Annotated[str, Chars(240)]] = Field(min_length=1)
    send: list[Annotated[str, Chars(240)]] = Field(min_length=1)


class LetterAfter(Strict):
    """The letter home sent after the lesson (a brand's ``letter_sent: after`` or ``both``):
    what the class talked about and how to keep talking at home. Its tips and where to get
    help are the letter's own: a parent reads the same advice whenever the letter comes."""

    paragraphs: list[Annotated[str, Chars(700)]] = Field(min_length=2, max_length=4)
    # Questions that follow the lesson up ("What did Pip do?"); the letter's own when left
    # out, which are asked before a child has had the lesson.
    conversation_starters: list[Annotated[str, Chars(160)]] | None = Field(
        None, min_length=2, max_length=6)


class Letter(Strict):
    """A letter home; the school name, date and signature come from the brand. Written to go
    before the lesson; ``after`` is the version sent once it has been taught."""

    subject: Annotated[str, Chars(90)]
    paragraphs: list[Annotated[str, Chars(700)]] = Field(min_length=2, max_length=5)
    conversation_starters: list[Annotated[str, Chars(160)]] = Field(min_length=2, max_length=6)
    tips: list[Annotated[str, Chars(200)]] = Field(min_length=2, max_length=6)
    after: LetterAfter | None = None


# --------------------------------------------------------------------------- pupil lesson


class StreamComment(Strict):
    user: Annotated[str, Chars(18)]
    text: Annotated[str, Chars(70), SLIDE_TEXT, ON_SLIDE]
    kind: Literal["kind", "unkind", "red-flag", "neutral"] = "neutral"


class Scenario(Strict):
    """A fictional live stream, drawn as an editable mock screen on the slide."""

    character: Annotated[str, Chars(30)]
    # The account the stream or chat is on, as the mock screen shows it. A child on a live video
    # is on a parent's or carer's account ("Sam (Zainab's dad)"), so the picture matches the rule
    # taught; only a story where a child breaks the rule shows the child's own name.
    account: Annotated[str, Chars(30)] | None = None
    stream_title: Annotated[str, Chars(40)]
    viewers: Annotated[int, Field(ge=0, le=999_999)]
    likes: Annotated[int, Field(ge=0, le=999_999)]
    gifts: Annotated[int, Field(ge=0, le=99_999)] = 0
    story: Annotated[str, Chars(600), SLIDE_TEXT, ON_SLIDE]
    comments: list[StreamComment] = Field(min_length=3, max_length=5)
    question: Annotated[str, Chars(110), SLIDE_TEXT, ON_SLIDE]
    picture_alt: Annotated[str, Chars(250)]
    # How the one on screen is drawn in the stream's video: a kind of figure the deck casts
    # (girl, boy, teen-boy, grown-up: each character keeps one, no two share one) or any
    # library picture (person, child). Said here, never guessed from the story's pronouns;
    # without it a primary story draws a child, a secondary or parents' story a person.
    picture: PictureName | None = None
    # The story's child when someone else is on screen (Olly watches the Moon Bunny Show,
    # Kofi watches Baker Bea): the slide reads "Olly is watching" and the video shows the
    # show's host, a grown-up; for KS1 the child is drawn watching a screen.
    watcher: Annotated[str, Chars(30)] | None = None
    # The grown-up drawn beside the child (Zainab's dad filming her, Olly's dad on the sofa);
    # never drawn in a parents' story, whose parent is not on the stream.
    beside: Literal["mum", "dad"] | None = None
    # The animal the story's child is (KS1's Pip the rabbit, Olly the owl), a library picture:
    # the child is drawn as it, beside any question naming the child ("Pip the rabbit"), and
    # their family (Mum, Granny, Dad) as that animal where the library has them (rabbit-mum,
    # owl-dad). Said here, never found from the story's words: a renamed character keeps it.
    animal: PictureName | None = None
    # The story is a private video call with family (KS1's Pip and Granny): KS1's slide draws
    # a call (the relatives who comment, no viewer count or comment feed), titled "Pip's video
    # call". Other ages draw the stream.
    video_call: bool = False
    # A ``watcher`` story's show as KS1's slide draws it: its star in the middle of the screen
    # (bunny; a television when not given) and a picture in its top corner (moon).
    star: PictureName | None = None
    show_corner: PictureName | None = None
    # Words written on a clue the picture shows, so pupils can read what it gives away:
    # {street-sign: Elm Road, certificate: Mei Chen, parcel: 4 Elm Road, school-top: Hillside
    # Primary}. Illustration details, fictional like the stories.
    clues: dict[Literal["street-sign", "certificate", "parcel", "school-top"],
                Annotated[str, Chars(30)]] = Field(default_factory=dict)
    # What the stream's picture shows (its clues: "a school jumper, a street sign through the
    # window..."), for drawing it; the story read aloud then need not list them, so pupils
    # find them in the picture. Teachers see it in the notes.
    picture_shows: Annotated[str, Chars(300)] | None = None
    # The story in three or four short beats, for a slide read from the back of a hall (the
    # parents' table-talk slide): the full story is read aloud from the notes and printed in
    # the facilitator notes (a 14 pt paragraph on the slide).
    beats: list[Annotated[str, Chars(70)]] | None = Field(None, min_length=3, max_length=4)

    @model_validator(mode="after")
    def _watcher_in_story(self) -> Scenario:
        if self.watcher and not re.search(rf"\b{re.escape(self.watcher)}\b", self.story):
            raise ValueError(f"watcher: the story never names {self.watcher!r}")
        if (self.star or self.show_corner) and not self.watcher:
            raise ValueError("star and show_corner draw a watched show: the story needs a "
                             "watcher (the child watching it)")
        if self.video_call and self.watcher:
            raise ValueError("video_call: a video call is the child's own, so it has no "
                             "watcher; remove one of them")
        return self


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


class Task(Strict):
    title: Annotated[str, Chars(50)]
    minutes: Minutes
    # A step 'Read … story' / 'Look closely at … story' is left off the worksheet, whose
    # story box is just above it (docs/contributing.md, "Wording the planners read").
    instructions: list[Annotated[str, Chars(110), SLIDE_TEXT, ON_SLIDE]] = Field(
        min_length=1, max_length=4)
    sort: SortActivity | None = None
    prompts: list[WorksheetPrompt] = Field(default=[], max_length=5)
    picture: PictureName | None = None

    @model_validator(mode="after")
    def _has_activity(self) -> Task:
        if self.sort is None and not self.prompts:
            raise ValueError("a task needs a 'sort' or at least one of 'prompts'")
        return self


class LearningCycle(Strict):
    title: Annotated[str, Chars(50)]
    minutes: Minutes
    outcome: Annotated[str, Chars(110)]
    explain: list[Annotated[str, Chars(100), SLIDE_TEXT, ON_SLIDE]] = Field(
        min_length=2, max_length=4)
    # Read by the planner (docs/contributing.md, "Wording the planners read"): with
    # 'readers: false', two or more sayings written '"No!" (flat hand up)' make a "Say it and
    # show it" slide (content/wording.py; LP159 warns of sayings written otherwise).
    notes: Annotated[str, Chars(2000)]
    scenario: Scenario | None = None
    checks: list[QuizQuestion] = Field(min_length=1, max_length=2)
    task: Task
    feedback: list[Annotated[str, Chars(100), SLIDE_TEXT, ON_SLIDE]] = Field(
        min_length=1, max_length=4)
    # Shown on the cycle's section slide and beside its big ideas.
    picture: PictureName | None = None


class BaselineStatement(Strict):
    text: Annotated[str, Chars(100), SLIDE_TEXT, ON_SLIDE]
    agree: bool
    why: Annotated[str, Chars(240)]


class Starter(Strict):
    title: Annotated[str, Chars(50)]
    minutes: Minutes
    instructions: Annotated[str, Chars(160)]
    notes: Annotated[str, Chars(1200)]
    statements: list[BaselineStatement] = Field(min_length=3, max_length=5)


class Plenary(Strict):
    minutes: Minutes
    notes: Annotated[str, Chars(1200)]
    reflection: list[Annotated[str, Chars(110)]] = Field(min_length=1, max_length=3)


class FollowUp(Strict):
    """Sheet work done after the lesson, the same day, with the class teacher (KS1 colours its
    traffic lights later, away from the carpet). Its minutes are not the lesson's: the plan's
    running sheet gives them a row of their own after the plenary, so a teacher sees the time
    the follow-up takes (teacher s11: "lesson time that no running sheet shows")."""

    minutes: Minutes
    what: Annotated[str, Chars(110)]
    sheet: Annotated[str, Chars(60)]


class TakeAway(Strict):
    """A business-card-sized help card every pupil keeps: the worksheet with the helplines is
    collected at the end, so without it a pupil left a lesson on sextortion with nothing on
    paper. Given to every pupil, so nobody is singled out. The school's
    DSL is added by the build, from the brand, after ``reassurance``."""

    heading: Annotated[str, Chars(40)]
    reassurance: Annotated[str, Chars(90)]
    # One route a line, its number or address through {{ helpline.* }} (facts.yml). Seven
    # fit a card: KS4's lists both image routes the slides teach (DSL review s12).
    lines: list[Annotated[str, Chars(80)]] = Field(min_length=2, max_length=7)


_Item = TypeVar("_Item", bound="TopicItem")


class TopicItem(Strict):
    """A lesson or a parents' session, with its topic folder's picture words."""

    # Given by the loader from the folder's picture-words.yml (content/picture_words.py), never
    # written in the item itself: which picture a rule, card or answer that names none gets.
    _picture_words: Any = PrivateAttr(default=None)

    @property
    def picture_words(self) -> PictureWords:
        from lessonpack.content.picture_words import NONE

        return self._picture_words or NONE

    def with_picture_words(self: _Item, words: PictureWords) -> _Item:
        copy = self.model_copy()
        copy._picture_words = words  # noqa: SLF001 - its own attribute, on its copy
        return copy


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
    # Who shares one set of cut-out sort cards: a pair, or a table of four or five. A table
    # set cuts a class's cutting by more than half (KS2's two sorts, one
    # set per pair, were about 270 pieces to cut the night before).
    card_sets: Literal["pair", "table"] = "pair"
    # The take-away help card printed with the sort cards, ten to a page (KS3, KS4).
    take_away: TakeAway | None = None
    safeguarding: Safeguarding
    starter: Starter
    cycles: list[LearningCycle] = Field(min_length=2, max_length=3)
    plenary: Plenary
    # Four to six questions; a lesson for children who cannot read yet (``readers: false``)
    # has a short picture check of two to four, read aloud (each question is two slides, and
    # a 5-year-old's plenary has minutes, not a quarter of an hour).
    exit_quiz: list[QuizQuestion] = Field(min_length=2, max_length=6)
    differentiation: Differentiation
    # What to drop when the slot is shorter than planned, in the order to drop it, and what
    # is never cut (no plan said what to do with 35 minutes, and what
    # got cut was the signposting). Printed at the head of the plan's step-by-step.
    short_of_time: list[Annotated[str, Chars(160)]] = Field(default=[], max_length=4)
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


# --------------------------------------------------------------------------- parents' session


class ChartBar(Strict):
    label: Annotated[str, Chars(40)]
    value: Annotated[float, Field(ge=0, le=100)]
    fact: FactId
    # For a figure its source gives in words ("almost 1 in 8"): the deck shows these words
    # (which must appear in the fact) as the figure instead of ``value`` as a percentage.
    shown: Annotated[str, Chars(24)] | None = None


class Chart(Strict):
    title: Annotated[str, Chars(80)]
    bars: list[ChartBar] = Field(min_length=2, max_length=6)
    alt: Annotated[str, Chars(250)]
    # A second chart in a section gets its own slide: its title and the points beside it.
    heading: Annotated[str, Chars(50)] | None = None
    points: list[Annotated[str, Chars(100), ON_SLIDE]] = Field(default=[], max_length=4)
    # What to say on that slide: figures about harm get their own framing where they are shown
    # (a reassurance and an action), not on the slide before them.
    notes: Annotated[str, Chars(1200)] | None = None


# The school phase a parents' pack is built for: the brand's ``phase``. A primary school's
# parents need primary-age examples, a secondary school's the teenage ones, an all-through
# school's both.
Phase = Literal["primary", "secondary", "all"]
_M = TypeVar("_M", bound=BaseModel)
PHASES: tuple[str, ...] = ("primary", "secondary", "all")


def _one_variant_a_phase(variants: list[Any]) -> None:
    seen: set[str] = set()
    for variant in variants:
        twice = seen & set(variant.phases)
        if twice:
            raise ValueError(f"more than one variant for phase {sorted(twice)[0]!r}")
        seen |= set(variant.phases)


def _with_variant(item: _M, variants: list[Any], phase: str) -> _M:
    """``item`` with the fields its variant for ``phase`` gives (only those given), and no
    variants left: what a school of that phase gets."""
    variant = next((v for v in variants if phase in v.phases), None)
    update = ({name: getattr(variant, name) for name in variant.model_fields_set
               if name != "phases"} if variant else {})
    return item.model_copy(update={**update, "variants": []})


class SectionVariant(Strict):
    """What a workshop section says instead for the schools of ``phases``: only the fields
    given replace the section's own (which are written for secondary schools)."""

    phases: list[Phase] = Field(min_length=1)
    title: Annotated[str, Chars(50)] | None = None
    points: list[Annotated[str, Chars(100), ON_SLIDE]] | None = Field(
        None, min_length=2, max_length=4)
    notes: Annotated[str, Chars(2000)] | None = None
    charts: list[Chart] | None = Field(None, max_length=2)
    scenario: Scenario | None = None
    discussion: list[Annotated[str, Chars(160)]] | None = Field(None, max_length=3)
    picture: PictureName | None = None


class WorkshopSection(Strict):
    title: Annotated[str, Chars(50)]
    minutes: Minutes
    points: list[Annotated[str, Chars(100), ON_SLIDE]] = Field(min_length=2, max_length=4)
    notes: Annotated[str, Chars(2000)]
    charts: list[Chart] = Field(default=[], max_length=2)
    scenario: Scenario | None = None
    discussion: list[Annotated[str, Chars(160)]] = Field(default=[], max_length=3)
    picture: PictureName | None = None
    # The points are steps to take in order (what to do if something happens): the slide
    # draws them as a flow, left to right.
    steps: bool = False
    # The notes say what the pupils' lessons teach: the build adds which classes had them when
    # the school names its classes, so no parent hears their child had a lesson they did not.
    lessons_taught: bool = False
    variants: list[SectionVariant] = Field(default=[], max_length=3)

    @model_validator(mode="after")
    def _one_variant_a_phase(self) -> WorkshopSection:
        _one_variant_a_phase(self.variants)
        return self

    def every_chart(self) -> list[tuple[tuple[str | int, ...], Chart]]:
        """Each chart of the section and of its variants, with where it is under the section
        ("charts", 0) or ("variants", 1, "charts", 0): the checks look at all of them."""
        found: list[tuple[tuple[str | int, ...], Chart]] = [
            (("charts", c), chart) for c, chart in enumerate(self.charts)]
        for v, variant in enumerate(self.variants):
            found += [(("variants", v, "charts", c), chart)
                      for c, chart in enumerate(variant.charts or [])]
        return found

    def for_phase(self, phase: str) -> WorkshopSection:
        """This section as a school of ``phase`` sees it."""
        return _with_variant(self, self.variants, phase)


class HandoutVariant(Strict):
    """Handout lists a school of ``phases`` gets instead; lists not given stay the same."""

    phases: list[Phase] = Field(min_length=1)
    conversation_starters: list[Annotated[str, Chars(160)]] | None = Field(
        None, min_length=4, max_length=8)
    settings_checklist: list[Annotated[str, Chars(160)]] | None = Field(
        None, min_length=4, max_length=8)
    family_agreement: list[Annotated[str, Chars(160)]] | None = Field(
        None, min_length=4, max_length=8)
    warning_signs: list[Annotated[str, Chars(160)]] | None = Field(None, min_length=3, max_length=8)
    if_something_happens: list[Annotated[str, Chars(200)]] | None = Field(
        None, min_length=4, max_length=8)


class Handout(Strict):
    conversation_starters: list[Annotated[str, Chars(160)]] = Field(min_length=4, max_length=8)
    settings_checklist: list[Annotated[str, Chars(160)]] = Field(min_length=4, max_length=8)
    family_agreement: list[Annotated[str, Chars(160)]] = Field(min_length=4, max_length=8)
    warning_signs: list[Annotated[str, Chars(160)]] = Field(min_length=3, max_length=8)
    if_something_happens: list[Annotated[str, Chars(200)]] = Field(min_length=4, max_length=8)
    variants: list[HandoutVariant] = Field(default=[], max_length=3)

    @model_validator(mode="after")
    def _one_variant_a_phase(self) -> Handout:
        _one_variant_a_phase(self.variants)
        return self

    def for_phase(self, phase: str) -> Handout:
        return _with_variant(self, self.variants, phase)


class QuizVariant(Strict):
    """The quiz a school of ``phases`` runs instead of the session's own (written for
    secondary schools): a primary school's parents are not quizzed on nudes and sextortion,
    but on what their children meet (chat in games, gifts, private calls)."""

    phases: list[Phase] = Field(min_length=1)
    quiz: list[QuizQuestion] = Field(min_length=3, max_length=6)


# The parents' session opens with five minutes of welcome (title, ground rules, plan) before
# Part 1: its sections and this make the advertised length.
WELCOME_MINUTES = 5


class ParentSession(TopicItem):
    kind: Literal["parents-session"] = "parents-session"
    id: Id
    topic: Id
    topic_title: Annotated[str, Chars(40)]
    audience: Literal[Audience.PARENTS] = Audience.PARENTS
    title: Annotated[str, Chars(60)]
    subtitle: Annotated[str, Chars(90)]
    duration_minutes: Annotated[int, Field(ge=20, le=120)]
    summary: Annotated[str, Chars(500)]
    objectives: list[Annotated[str, Chars(100)]] = Field(min_length=3, max_length=4)
    resources: Resources = Field(min_length=1)
    safeguarding: Safeguarding
    sections: list[WorkshopSection] = Field(min_length=4, max_length=7)
    quiz: list[QuizQuestion] = Field(min_length=3, max_length=6)
    quiz_variants: list[QuizVariant] = Field(default=[], max_length=3)
    handout: Handout
    key_messages: list[Annotated[str, Chars(80)]] = Field(min_length=3, max_length=3)
    signposting: list[FactId] = Field(min_length=3, max_length=8)
    platform_rules: list[FactId] = []
    sources: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_quiz_a_phase(self) -> ParentSession:
        _one_variant_a_phase(self.quiz_variants)
        return self

    def for_phase(self, phase: str) -> ParentSession:
        """The workshop a school of ``phase`` (the brand's) runs: each section, the handout and
        the quiz with the variant written for that phase, where there is one."""
        quiz = next((v.quiz for v in self.quiz_variants if phase in v.phases), self.quiz)
        return self.model_copy(update={
            "sections": [s.for_phase(phase) for s in self.sections],
            "handout": self.handout.for_phase(phase),
            "quiz": quiz, "quiz_variants": []})


ContentItem = Lesson | ParentSession
