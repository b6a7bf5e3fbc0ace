"""Format-neutral plans: plain, immutable data that renderers turn into files.

A plan holds final text (Jinja already rendered, facts already resolved). Renderers never
look at content models, and plans never look at files: the cheapest layer to snapshot-test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Literal, Protocol


@dataclass(frozen=True)
class DocMeta:
    """Core properties written into every output (the library templates carry stale ones)."""

    title: str
    subject: str
    author: str
    keywords: str
    language: str = "en-GB"


# --------------------------------------------------------------------------- deck


class SlidePayload(Protocol):
    """A slide's typed content; its class (declared in a lessonpack.kinds module) says which
    kind of slide it is, what layout it needs and how it is drawn."""

    kind: ClassVar[str]


@dataclass(frozen=True)
class Signpost:
    """A service to turn to: on help cards (slides) and in help boxes and tables (documents)."""

    name: str
    blurb: str
    contact: str


@dataclass(frozen=True)
class Slide:
    title: str
    notes: str
    payload: SlidePayload
    # Small label shown above the title, e.g. "Learning cycle 2 · 15 min".
    kicker: str = ""

    @property
    def kind(self) -> str:
        return self.payload.kind


@dataclass(frozen=True)
class DeckPlan:
    filename: str
    meta: DocMeta
    footer: str
    slides: tuple[Slide, ...]


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
