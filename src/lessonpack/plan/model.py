"""Format-neutral plans: plain, immutable data that renderers turn into files.

A plan holds final text (Jinja already rendered, facts already resolved). Renderers never
look at content models, and plans never look at files: the cheapest layer to snapshot-test.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class DocMeta:
    """Core properties written into every output (the library templates carry stale ones)."""

    title: str
    subject: str
    author: str
    keywords: str
    language: str = "en-GB"


# --------------------------------------------------------------------------- deck


class SlideKind(str, enum.Enum):
    TITLE = "title"
    SECTION = "section"
    BULLETS = "bullets"
    TWO_COLUMN = "two_column"
    SCENARIO = "scenario"
    QUIZ_QUESTION = "quiz_question"
    QUIZ_ANSWERS = "quiz_answers"
    KEY_MESSAGES = "key_messages"
    SIGNPOSTING = "signposting"
    CHART = "chart"


@dataclass(frozen=True)
class Picture:
    """A picture from the library (lessonpack.picture_library), with the alt text to give it."""

    name: str
    alt: str
    path: str  # the file; built-in pictures live inside the installed package
    sha1: str  # of the file: a kept slide with another picture of the same name differs


@dataclass(frozen=True)
class Card:
    """A key word, ground rule or help card: a heading, a line of text and a picture."""

    heading: str
    text: str = ""
    picture: Picture | None = None


@dataclass(frozen=True)
class Statistic:
    """One figure shown large: "98%", what it counts, and where it comes from."""

    figure: str
    label: str
    source: str


@dataclass(frozen=True)
class Column:
    heading: str
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class StreamComment:
    user: str
    text: str


@dataclass(frozen=True)
class StreamScreen:
    """The mock live-stream screen: drawn from native shapes so teachers can edit it."""

    streamer: str
    stream_title: str
    viewers: int
    likes: int
    gifts: int
    comments: tuple[StreamComment, ...]
    question: str
    alt_text: str
    # Who is streaming, drawn in the stream's video area (KS1's Pip the rabbit).
    picture: Picture | None = None


@dataclass(frozen=True)
class Question:
    number: int
    text: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class Answer:
    number: int
    question: str
    answer: str
    explanation: str
    letter: str = ""  # the answer's letter on the question slide ("B")


@dataclass(frozen=True)
class Signpost:
    name: str
    blurb: str
    contact: str
    picture: Picture | None = None


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: float
    # Words shown on the bar instead of the number ("almost 1 in 8"); "" shows the value.
    shown: str = ""


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: tuple[ChartBar, ...]
    alt_text: str
    number_format: str = '0"%"'


@dataclass(frozen=True)
class Slide:
    kind: SlideKind
    title: str
    notes: str
    subtitle: str = ""
    bullets: tuple[str, ...] = ()
    # Optional bold lead-in per bullet (a keyword, a number); same length as bullets.
    bullet_leads: tuple[str, ...] = ()
    columns: tuple[Column, ...] = ()
    screen: StreamScreen | None = None
    question: Question | None = None
    answers: tuple[Answer, ...] = ()
    signposts: tuple[Signpost, ...] = ()
    chart: BarChart | None = None
    # Small label shown above the title, e.g. "Learning cycle 2 · 15 min".
    kicker: str = ""
    # Pictures drawn beside the text (the first one is the slide's main picture).
    pictures: tuple[Picture, ...] = ()
    # Drawn as cards instead of bullets: key words, ground rules.
    cards: tuple[Card, ...] = ()
    # Figures drawn large instead of a chart (parents' statistics).
    statistics: tuple[Statistic, ...] = ()


@dataclass(frozen=True)
class DeckPlan:
    filename: str
    meta: DocMeta
    footer: str
    slides: tuple[Slide, ...]
    # The look of the deck for its audience (lessonpack.render.deck_look): "ks1" … "parents".
    look: str = "ks2"


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class Heading:
    text: str
    level: Literal[1, 2, 3] = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    # "body" normal text, "lead" larger intro text, "note" smaller teacher/aside text.
    style: Literal["body", "lead", "note"] = "body"


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Checklist:
    """Tick-box items (☐) for pupils or for the teacher's pre-lesson checks."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Relative column widths; same length as header. Empty means equal widths.
    widths: tuple[float, ...] = ()
    # Height in lines of each body row, for tables pupils write into (0 = fit text).
    row_lines: int = 0


@dataclass(frozen=True)
class WritingLines:
    """Ruled lines for a pupil to write on."""

    count: int


@dataclass(frozen=True)
class MultipleChoice:
    number: int
    question: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class Callout:
    """A shaded box: safeguarding reminders, tips, signposting."""

    title: str
    lines: tuple[str, ...]
    tone: Literal["info", "safeguarding", "help"] = "info"


@dataclass(frozen=True)
class PageBreak:
    pass


Block = (
    Heading | Paragraph | BulletList | Checklist | Table | WritingLines | MultipleChoice
    | Callout | PageBreak
)


@dataclass(frozen=True)
class DocPlan:
    filename: str
    # Which style set the docx renderer uses: worksheet (large pupil text), lesson_plan,
    # letter or handout.
    kind: Literal["worksheet", "lesson_plan", "letter", "handout"]
    meta: DocMeta
    # The visible title block at the top of page one (meta.title is the file's property).
    title: str
    subtitle: str
    header: str
    footer: str
    blocks: tuple[Block, ...]
    # Worksheets start with a name/date line for the pupil.
    name_line: bool = False
    # Worksheets for 5-7-year-olds, who are learning to read: larger print throughout.
    large_print: bool = False


@dataclass(frozen=True)
class PackPlan:
    """Everything one pack contains, in the order it is written."""

    folder: str
    decks: tuple[DeckPlan, ...] = field(default=())
    documents: tuple[DocPlan, ...] = field(default=())
