"""Format-neutral plans: plain, immutable data that renderers turn into files.

A plan holds final text (Jinja already rendered, facts already resolved). Renderers never
look at content models, and plans never look at files: the cheapest layer to snapshot-test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import ClassVar, Literal, Protocol

from lessonpack.content.model import Audience
from lessonpack.content.picture_library import Picture


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


class Way(Enum):
    """What a school card's contact line says, marked by the planner that words it
    (plan/school_card ``school_contact``): a later step that says it another way reads the mark,
    never the sentence, which a --content folder's wording file may change."""

    AS_GIVEN = "as_given"  # the school's own words (a room, a number) or a service's
    # "Ask your teacher to take you to Mrs Shah": the card's own name said again.
    ASK_TO_TAKE = "ask_to_take"
    # "Your teacher can take you." (for five- to seven-year-olds, then "Or Mr Price."),
    # where the school names no place to point to.
    NO_PLACE = "no_place"


class Who(Enum):
    """Whom a contact line reaches, marked by the planner that writes it (the school's card,
    plan/school_card ``school_contact``): a later step that drops the office's line, or says whose
    number a left-off line is, reads the mark, never the line's label ("DSL:", "School
    office:"), which is printed text."""

    SERVICE = "service"  # a helpline's or service's own line
    LEAD = "lead"  # the Designated Safeguarding Lead's
    DEPUTY = "deputy"  # the deputy DSL's
    OFFICE = "office"  # the school office's


@dataclass(frozen=True)
class Reach:
    """One way to reach someone on a card: how (a number, a place, an address), whom it
    reaches, and the printed label it is shown after ("Deputy" in "Deputy: 01632 …"; none
    on most cards). Printed as ``line``."""

    how: str
    who: Who = Who.SERVICE
    label: str = ""

    @property
    def line(self) -> str:
        return f"{self.label}: {self.how}" if self.label else self.how


def reach(contact: str, who: Who = Who.SERVICE) -> tuple[Reach, ...]:
    """``contact`` as a card's one way to reach ``who`` (none for an empty contact)."""
    return (Reach(contact, who),) if contact else ()


class _Ref:
    """A name carried as a mark. Not a string, nor a dataclass: every string a plan holds
    is printed (the Fill in first box and the web outline walk them all), and a mark is
    never printed. Equal to a mark of its own kind with the same name."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Ref) and type(other) is type(self) and other._name == self._name

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._name))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._name!r})"


class HelplineRef(_Ref):
    """A helpline's id in content/facts.yml, carried as a mark."""

    __slots__ = ()

    @property
    def id(self) -> str:
        return self._name


class SplitRef(_Ref):
    """The name a crowded slide is planned again under, split (``Slide.split_as``): a
    slide's title carried as a mark."""

    __slots__ = ()

    @property
    def title(self) -> str:
        return self._name


class Keep(Enum):
    """A help card's sentence a card cut to fit keeps (render/deck_help_words), marked by
    the planner that writes it: WHO_ELSE names whom else to ask (the deputy: who a child
    asks when the lead is away), kept on every cut card; WITH_FIRST is kept with the first
    sentence (whether a report is anonymous: content/facts.yml ``keep_with_first``)."""

    WHO_ELSE = "who else"
    WITH_FIRST = "with first"


# One of a card's sentences, by its place among them (0: the first), and why a card cut to
# fit keeps it: a place, not the sentence's words, as every string a plan holds is printed.
Kept = tuple[int, Keep]


@dataclass(frozen=True)
class Signpost:
    """A service to turn to: on help cards (slides) and in help boxes and tables (documents)."""

    name: str
    blurb: str
    # Its ways to reach the service, each marked with whom it reaches (``Reach``); printed
    # one after another as ``contact``.
    ways: tuple[Reach, ...]
    picture: Picture | None = None  # the help card's icon (a phone, a shield…)
    # The school's own card (its lead and deputy), set by the planner where it makes it: the
    # renderer reads this, never the heading, whose words a --content folder may change.
    is_school: bool = False
    # What the contact line says, marked where it is worded (``Way``).
    way: Way = Way.AS_GIVEN
    # The facts file's helpline this card shows, set where the card is made from it
    # (plan/help_signposts ``signposts``): a later step joins the card to its facts by this, never
    # by its name, which the planner may reword. None for the school's and a brand's own.
    helpline: HelplineRef | None = None
    # The sentences of ``blurb`` a card cut to fit keeps, by their place, each marked why
    # (``Keep``): a planner that rewords the blurb marks its own words.
    kept: tuple[Kept, ...] = ()

    @property
    def contact(self) -> str:
        """The card's contact as printed: its ways, one after another."""
        return CONTACT_SEP.join(w.line for w in self.ways)


def with_contact(card: Signpost, contact: str) -> Signpost:
    """``card`` with ``contact`` its one way to reach whom its first way reached: a card
    reworded for a slide (a pupil's one line, a service's short line)."""
    who = card.ways[0].who if card.ways else Who.SERVICE
    return replace(card, ways=reach(contact, who))


def reworded(card: Signpost, edit: Callable[[str], str]) -> Signpost:
    """``card`` with ``edit`` made to how each of its ways reaches someone, each kept
    marked as it was (labels are the planner's own and never hold a name)."""
    return replace(card, ways=tuple(replace(w, how=edit(w.how)) for w in card.ways))


# Between a card's ways in its printed contact; a help card sets each on a line of its own
# (render/deck_help_words).
CONTACT_SEP = "; "


class Place(Enum):
    """Which step of a lesson's starter or plenary a slide shows, marked by the planner
    that makes it: the step's notes move to it (plan/deck/places.py) and the lesson plan's
    slide ranges start the plenary at it."""

    STARTER = "starter"  # the starter's vote, where its notes start
    GROUND_RULES = "ground_rules"
    GOAL = "goal"
    PLENARY = "plenary"  # the plenary's look back, where it opens
    EXIT = "exit"  # the exit quiz or check
    SELF_CHECK = "self_check"  # the exit quiz's answers
    CLOSE = "close"  # the key messages
    HELP = "help"  # who can help


@dataclass(frozen=True)
class Slide:
    title: str
    notes: str
    payload: SlidePayload
    # Small label shown above the title, e.g. "Learning cycle 2 · 15 min".
    kicker: str = ""
    # Pictures any slide may carry (render/deck_body_text.py and deck_cover_art.py place
    # them for its kind): beside the text, on a section's disc, a quiz question's
    # character, the title slide's art.
    pictures: tuple[Picture, ...] = ()
    # Skipped when presenting (PowerPoint's "Hide Slide"): extra material a presenter unhides
    # when there is time, so nobody skips slides live in front of the room.
    hidden: bool = False
    # The number of a slide the kicker's last words link to (a click jumps there, however
    # many slides a school adds or removes before it); 0: no link.
    back_to: int = 0
    # The lesson's part the slide is in, marked by the deck's planner: its learning cycle's
    # number (1, 2…; 0 outside the cycles), and which step of the starter or plenary it
    # shows (``Place``). The lesson plan's slide ranges and the steps' notes read these,
    # never the kicker, whose words ("Part 2 · Story", "Plenary") are printed text.
    cycle: int = 0
    place: Place | None = None
    # The name a crowded slide is planned again under, split (build/parallel): its own
    # title, or a check's answer slide its question's, marked here by the planner that
    # makes the pair, so that planner finds it by the name it gave it, never by reading
    # the printed "Answer: " off the answer slide's title. None: its title.
    split_as: SplitRef | None = None
    # The names content gives the slide (a Part's ``explain_marks``, a check's ``marks``),
    # copied here by the deck's planner: a plan line's "{slides age_rules}" finds the slide
    # by them (plan/slide_marks), never by a number typed into content.
    marks: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return self.payload.kind


@dataclass(frozen=True)
class DeckPlan:
    filename: str
    meta: DocMeta
    footer: str
    slides: tuple[Slide, ...]
    # The look of the deck is its audience's (kinds/look.py has one for each).
    look: Audience = Audience.KS2
    # A deck for every year that tells only the youngest years' stories: what its Draft
    # strip and hidden "Before you teach" slide say of it (plan/class_fit.deck_years).
    years: tuple[str, str] = ("", "")


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class Heading:
    text: str
    level: Literal[1, 2, 3] = 1
    size: float = 0  # points, over the style's: a flyer's headline


class Role(Enum):
    """A paragraph a later planner finds, marked by the planner that writes it: never found
    by its words, which content and its wording file may change."""

    # The plan's "Years 3–6 in one plan:" panel (plan/class_fit ``choose_route``), on page
    # one of a primary plan that serves every year (plan/fill_in_first places its box by it).
    ROUTE_CHOICE = "route_choice"
    # Page one's line naming the DSL (and a visiting trainer) with how to reach them
    # (plan/lesson_plan): the "Fill in first" box goes above it (plan/fill_in_first).
    WHO_TO_REACH = "who_to_reach"


@dataclass(frozen=True)
class Paragraph:
    text: str
    # "body" normal text, "lead" larger intro text, "note" smaller teacher/aside text.
    style: Literal["body", "lead", "note"] = "body"
    # A bold lead-in before the text, e.g. "Say (3 min):" in a teacher's script.
    label: str = ""
    # Keep with what follows (a letter's sign-off with its name, a prompt with its space).
    keep_next: bool = False
    # Keep all its lines on one page (the sources: never two lines alone on a last page).
    keep_lines: bool = False
    # Points of space above it, over its style's: a letter's greeting under the lesson line.
    space_before: float = 0
    # Set close to the next paragraph, a list item's gap under it (render/docx_text): the
    # plan's answers, one line each, read as one block.
    close: bool = False
    # Text size in points over its style's (0: the style's): a plan's sources in small print.
    size: float = 0
    # A tinted panel with the brand's bar down its left, each later line's service names in
    # bold: a letter's help contacts, the part a parent looks for, read as one block.
    panel: bool = False
    # With ``panel``: a paler tint, a hairline bar and the names in the text's own weight, a
    # panel that sits under the page's message (a letter's help box, once its loudest block).
    quiet: bool = False
    # What the paragraph is for a later planner that places something by it (``Role``).
    role: Role | None = None
    # Words in white on the brand's dark colour after the text, on its last line: the
    # facilitator notes' "Last page" to print, at no line's cost.
    mark: str = ""
    # Page one's line of what to print: the footer then says "<label>: 1–N", N the
    # page the document's mark is on, as a page field (render/docx_page_ref.py).
    to_mark_page: bool = False


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]
    numbered: bool = False
    # Keep the last item with what follows (a cycle's success criteria with the exit quiz's
    # answers that end a plan).
    keep_next: bool = False
    # Each item's lines kept together: a plan's page-one list may run overleaf, but only
    # between items (never a helpline number cut in two).
    whole_items: bool = False
    # The last this-many items kept on one page together (a list that ends a document:
    # never its last two or three lines alone on a last page).
    keep_tail: int = 0
    # Set close: no gap between items and a narrow number column (a plan's sources, read
    # only to check a fact: at the list's usual spacing they spilled onto a last page).
    compact: bool = False
    # A bold lead-in before each item, when given (a source list's organisations): one a
    # line, ahead of what the item says.
    labels: tuple[str, ...] = ()
    # Reference matter, read only to check a fact (a document's sources): set smaller than
    # the body (render/docx_reference.py), so it never takes a last page of its own.
    reference: bool = False
    # Its size in points where a document has room for more than the reference size (0: the
    # reference size itself).
    reference_pt: float = 0.0


@dataclass(frozen=True)
class Checklist:
    """Tick-box items (☐) for pupils or for the teacher's pre-lesson checks."""

    items: tuple[str, ...]
    # Keep the last item with what follows (a family agreement with its "anything else").
    keep_next: bool = False
    # Each item's lines kept together (see BulletList.whole_items).
    whole_items: bool = False
    # Every item on one page together: checks signed and dated as one record are read and
    # signed on one side of paper, never across a page turn.
    whole: bool = False
    # Points of space after each item, and after the last (0: the style's, and the
    # renderer's gap at a list's end): a one-page sheet with room to spare opens up its
    # items and its sections rather than leave the room at its foot.
    item_space: float = 0
    end_space: float = 0


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Relative column widths; same length as header. Empty means equal widths.
    widths: tuple[float, ...] = ()
    # Height in lines (a line of handwriting: 1 cm; less for older pupils' smaller hand) of
    # each body row, for tables pupils write into (0 = fit text).
    row_lines: float = 0
    # Keep every row on one page, however long (a document's closing table of helplines,
    # never a row or two alone on a last page).
    keep_whole: bool = False
    # The last this-many columns are boxes to tick: each is made just wide enough for its
    # heading on one line, and the first column (the text) takes the rest of the width.
    tick_columns: int = 0
    # Rows go in pairs (a statement's Start and End answers): the first cell of each pair
    # spans both rows, and a pair never splits over a page.
    paired_rows: bool = False
    # Cells' side padding 1.5 mm, not 2.5: a dated brief whose jobs need the width (each
    # millimetre a column gives back is a line less in a long job's cell).
    narrow_sides: bool = False
    # A table read down its first column (a brief's dates): that column in bold, and every
    # other body row on the brand's light tint, so the eye keeps its row across the page.
    read_by_first: bool = False
    # Rows may part over a page however short the table (the answer key's: each table
    # kept whole moved overleaf with its heading, and left a quarter of a page empty).
    may_break: bool = False


@dataclass(frozen=True)
class WritingLines:
    """Ruled lines for a pupil to write on."""

    count: int
    # The lines end their page (a page break or the sheet's end follows): as many more as
    # the page's room holds, up to twice ``count`` or five more (render/docx_text), so a side is not
    # left half blank under a five-line answer.
    fill_page: bool = False
    # More of the side follows them (KS4's How did I do? under Part 3's answer): once the
    # side is written, they take the room left above its page break (render/docx_fill_side).
    fill_side: bool = False


@dataclass(frozen=True)
class Questions:
    """A Part's written questions, each with its ruled lines, on one side together: the
    renderer keeps them in one row that cannot split (KS4's Part 2 b) stood alone at the top
    of side three, its a) at the foot of side two). ``items``: (label, question, lines)."""

    items: tuple[tuple[str, str, int], ...]
    # The questions end a side that starts at a page break: the last one's lines take the
    # room left once the side is written (render/docx_fill_side).
    fill_side: bool = False


@dataclass(frozen=True)
class MultipleChoice:
    """A question with options lettered A, B, C (as on the slides; the key uses the letters)."""

    number: int
    question: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class CircleChoice:
    """Picture-led sorting for early readers: each card (read aloud by an adult) has its
    picture and a row of traffic lights drawn as outlines to colour, each named under it so
    the sheet works printed in black and white. ``choices`` are (heading, light word,
    #RRGGBB); ``pictures`` one per card (None: no picture). ``example``: the choice (its
    index) already coloured in the first row, a worked example; -1 for none."""

    cards: tuple[str, ...]
    choices: tuple[tuple[str, str, str], ...]
    pictures: tuple[Picture | None, ...] = ()
    example: int = -1


@dataclass(frozen=True)
class HandOutline:
    """An empty frame big enough for a child to draw round their own hand (a Year 2 hand is
    about 12 cm long), with a caption above and a line under it for what goes on each
    finger. ``height_cm``: the frame's height."""

    caption: str
    height_cm: float = 15.0
    footnote: str = ""
    # Places to draw a grown-up from ("At school", "At home or another place"), as the
    # task's slide frames them: spaces side by side at the frame's foot, each labelled.
    zones: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoryPicture:
    """A story's scene as the slides draw it (the room a stream shows, its clues' words on
    the things themselves), across the text width, ``height_cm`` high: the worksheet's
    picture of what a Part's sort asks about (render/docx_room)."""

    # The story's stream (kinds.payloads.StreamScreen, which sits above this module: the
    # planners give one, and render/docx_room refuses anything else).
    scene: SlidePayload
    alt: str  # what a screen reader says of it: a picture is never left undescribed
    # A Year 3 sheet's Part on one side: the story, the room, a sort of seven rows and
    # five lines to answer on (at 5 cm the answer went overleaf).
    height_cm: float = 4.5


@dataclass(frozen=True)
class PictureCards:
    """Cards to print, cut out and hold up: each a large picture (or, given a #RRGGBB
    colour, a solid circle: a traffic-light card) with its words under it, ``per_row`` to a
    row, dashed lines to cut along."""

    cards: tuple[tuple[str, Picture | str], ...]
    per_row: int = 2
    # Of the full card's height and picture: traffic-light cards at 0.8 print four children's
    # sets to a page (two sets left it 40% empty).
    scale: float = 1.0
    # Cards one across the page: as many as a page of its own holds (0: this block's own
    # count). Each card is then the size a full page gives it, on every page alike: the
    # title's page grew its two cards taller than the next page's three, and a cut set
    # came out in two sizes.
    page_rows: int = 0


@dataclass(frozen=True)
class SortCards:
    """A card sort to print and cut out: the columns' headings as shaded cards to lay in a
    row, then one card per item, ``per_row`` to a row, each big enough to pick up and move,
    with dashed lines to cut along."""

    headings: tuple[str, ...]
    cards: tuple[str, ...]
    per_row: int = 2
    size: float = 16  # the cards' text, in points


@dataclass(frozen=True)
class SmileyScale:
    """Self-assessment with faces to colour: not yet, getting there, yes."""

    statement: str
    labels: tuple[str, str, str] = ("Not yet", "Getting there", "Yes!")
    # What the adult reads aloud first ("Colour one face."), beside the statement, under
    # the scale's own heading ("How did I do?") in the same cell.
    read_aloud: str = ""
    heading: str = ""
    # Colour faces from the sheet's own picture set (one per label), drawn in place of the
    # outline faces: line emoticons beside colour emoji looked like two sets.
    pictures: tuple[Picture, ...] = ()


@dataclass(frozen=True)
class Letterhead:
    """The top of a letter: logo, organisation name and contact lines (placeholders in
    square brackets where the brand gives none)."""

    name: str
    lines: tuple[str, ...]
    # The letter's own date, last in the block under the contacts, as a headteacher's
    # letter is dated: None for no date line, "" for one written in by hand.
    date: str | None = None
    # The brand's logo at its left: False for a letter written in a school's voice from a
    # council's look (letter/school.in_schools_voice), whose logo is not the school's.
    logo: bool = True


@dataclass(frozen=True)
class WriteOnLine:
    """"Date: ________": a label and a ruled space to fill in by hand."""

    label: str
    align: Literal["left", "right"] = "left"
    # How far across the text width the ruled space runs (1.0: to the right margin).
    reach: float = 1.0
    # Text at the left of the same line (a right-aligned line then starts at the middle).
    lead: tuple[str, str] = ("", "")  # (bold label, text)
    # What is known already, printed after the label instead of the ruled space.
    filled: str = ""
    # Plain text between the bold label and the ruled space: a sentence to finish ("Think
    # about it: If a message in a chat worried me, I would… ____").
    said: str = ""
    # Points of space above it, when not its kind's (None): 0 close under the block it
    # belongs to (a Part's private check under its story), 6 apart from a heading above.
    space_before: float | None = None
    # Kept on the page of what follows (a Part's private checks with the sort they come
    # before, so the Part is not split between its checks and its task).
    keep_next: bool = False


@dataclass(frozen=True)
class SideBySide:
    """Two short bulleted lists in columns, each under its own bold heading."""

    left: tuple[str, tuple[str, ...]]
    right: tuple[str, tuple[str, ...]]
    # The right-hand list as tick boxes (a checklist) rather than bullets.
    right_ticks: bool = False
    # Never split over a page turn (LibreOffice would split an item mid-sentence): a
    # two-sided handout whose lists are sized to fit their side.
    whole: bool = False
    # Single-spaced items with a point between them: a plan's first page holds the running
    # sheet, the resources and the checks at a glance, in 12 pt like the rest.
    tight: bool = False


@dataclass(frozen=True)
class CutLine:
    """A dashed line with scissors: a tear-off reply slip follows."""

    label: str = "Please cut off and return this slip"
    # The line and all that follows it set at the page's foot (a letter's reply slip), not
    # wherever the text above it ends.
    foot: bool = False


@dataclass(frozen=True)
class FormRow:
    """A row of a box's form (``Callout.form``): its label, and its answer cell, written in
    (``write``: a white cell, ``given`` its printed default, "8.45am, or ______") or a fact
    already known (on the labels' tint)."""

    label: str
    given: str = ""
    write: bool = True


@dataclass(frozen=True)
class CheckRow:
    """A row of a box's checklist (``Callout.checks``): a file by its plain title ("Letter
    home (before)"), what to change in it, and a box to tick. ``filename``: the file the
    row is about, kept for whoever reads the plan back, never printed."""

    title: str
    what: str
    filename: str = ""


@dataclass(frozen=True)
class Callout:
    """A shaded box: safeguarding reminders, tips, signposting."""

    title: str
    lines: tuple[str, ...]
    tone: Literal["info", "safeguarding", "help"] = "info"
    # A last line with a bold label, inside the box: a story's "Talk with a partner:"
    # question, which must never be a page away from the story.
    ask: tuple[str, str] = ("", "")
    # Never split over a page, however long (a story is read whole).
    whole: bool = False
    # Keep with what follows (a story with the sort it asks for: never the story on one
    # page and its task overleaf).
    keep_next: bool = False
    # Each line's words up to its first ": " in bold (a help box: "Childline: …").
    bold_lead: bool = False
    # The last lines are a stream's comments, a line each with the user's name in bold: run
    # together in one paragraph, Year 3 could not tell where one ended.
    chat_lines: int = 0
    # Lines in this many columns under the title (2: a pupil sheet's closing help box).
    columns: int = 1
    # The lines are steps to act on, numbered, each with its lead words in bold
    # (plan/step_leads) and space between: the disclosure steps are read under pressure, and
    # stacked unnumbered they read as one block.
    numbered: bool = False
    # A form among the lines (after the first ``form_after``): a table of label | answer
    # cell, a row each (a brief's blanks the office fills in; run together on a line, they
    # were hard to find and too short to write in). A box with one is drawn in a table.
    form: tuple[FormRow, ...] = ()
    # The form's rows side by side, this many pairs of label | answer across the box (2:
    # a brief's page one, whose rows of jobs must not run it onto another page).
    form_across: int = 1
    # How many of the lines come before the form (the facts it follows); the rest after.
    form_after: int = 0
    # A checklist under the title, before the lines: a row a file, its title, what to
    # change and a box to tick (the "Fill in first" box: as one paragraph of file names,
    # a file was easy to miss). A box with one is drawn in a table.
    checks: tuple[CheckRow, ...] = ()

    def bold_at(self, line: int) -> bool:
        """Whether the words before ": " of ``lines[line]`` are in bold."""
        return self.bold_lead or line >= len(self.lines) - self.chat_lines


@dataclass(frozen=True)
class QuizGrid:
    """Multiple-choice questions two to a row, read across: a pupil's quiz in about two
    thirds of the height of one long column."""

    questions: tuple[MultipleChoice, ...]
    # "Ring the letter of one answer…": the grid's first row, so the heading above is
    # straight before the table (LibreOffice pulls only the one paragraph before a table
    # onto the next page; a heading above an intro paragraph was left at a page's foot).
    intro: str = ""


@dataclass(frozen=True)
class PageBreak:
    # Writing lines just before it take the page's room (worksheet/sheet._lines_fill_their_page);
    # False keeps their count (a question whose side must still hold what follows).
    fill: bool = True


@dataclass(frozen=True)
class HelpCards:
    """The same small help card ``count`` times, to cut out and keep: a bold heading, then
    its lines, each card in a dashed frame."""

    heading: str
    lines: tuple[str, ...]
    count: int = 10
    # Beside ``lines``: the picture before a key route (school, home, Childline, CEOP), the
    # help slides' own; None for the reassurance and the other services.
    icons: tuple[Picture | None, ...] = ()
    # Beside ``lines``: True for a route a pupil most needs (its icon before it, its name
    # in the brand's colour), decided by the planner so the renderer never reads the words.
    key: tuple[bool, ...] = ()
    # The small heading over the other services, set after the key routes at their size
    # ("Also"); none when every line is a key route.
    also: str = ""


@dataclass(frozen=True)
class ActionCards:
    """A take-home leaflet's way in: a few things to do, side by side on the brand's tint,
    each a line icon over its short bold heading (render/docx_handout)."""

    cards: tuple[tuple[str, Picture], ...]  # (heading, icon)


@dataclass(frozen=True)
class FlyerFacts:
    """An invitation's when and where in large type on the brand's tint, a picture beside
    them: the lines a family looks for on the fridge (render/docx_flyer)."""

    lines: tuple[tuple[str, str], ...]  # (small label, large words): ("When", "Friday …")
    picture: Picture | None = None


@dataclass(frozen=True)
class IconLines:
    """Short offers a line each, an icon before each: "Children welcome …" (render/docx_flyer)."""

    items: tuple[tuple[str, Picture | None], ...]


@dataclass(frozen=True)
class TickPanel:
    """Tick boxes on a tinted panel, a line of its own to add to them at the foot: a
    family's agreement, filled in together at the kitchen table (render/docx_handout)."""

    items: tuple[str, ...]
    intro: str = ""
    write_in: str = ""  # the last line's label ("Anything else we agree:"), a rule after it


@dataclass(frozen=True)
class CompactTable:
    """A leaflet's table: ``table``'s text at ``size`` points; ``tinted``: its body rows on
    the brand's light tint, a panel a reader finds at a glance (render/docx_handout)."""

    table: Table
    size: float = 12
    tinted: bool = False
    # Set after the last column's heading, not bold: a date to re-check against.
    header_note: str = ""


@dataclass(frozen=True)
class StepLine:
    """One piece of a teaching step: ``kind`` "do" for what the teacher does (plain), "say"
    for words said or read aloud (set apart on a tint, so they can be read out at a glance);
    ``label`` a bold lead-in ("Ask:", "If asked:", "Read aloud:")."""

    text: str
    kind: Literal["do", "say"] = "do"
    label: str = ""


@dataclass(frozen=True)
class StepRow:
    """A timed step of the lesson: its minutes on the lesson's clock ("5–7"), its name
    ("Task") and what the teacher says and does."""

    time: str
    step: str
    lines: tuple[StepLine, ...]


@dataclass(frozen=True)
class StepStage:
    """A stage of the lesson (the starter, a part, the plenary): a full-width title row
    ("1. Good attention, bad attention · 14 min · slides 7–14"), its outcome, its steps."""

    title: str
    rows: tuple[StepRow, ...]
    note: str = ""


@dataclass(frozen=True)
class StepTable:
    """The lesson step by step as one table following the running sheet: each step's time
    and name | what you say and do."""

    header: tuple[str, str]
    stages: tuple[StepStage, ...]
    # A mark under the last step's time: what page one names as the last page to print,
    # on whatever page the steps end ("Print to here").
    end_line: str = ""
    # What a screen reader announces the table as: a lesson's or a workshop's steps.
    caption: str = "The lesson, step by step"


Block = (
    Heading | Paragraph | BulletList | Checklist | Table | WritingLines | MultipleChoice
    | Callout | PageBreak | CircleChoice | HandOutline | PictureCards | SmileyScale | Letterhead
    | WriteOnLine | CutLine | SideBySide | QuizGrid | SortCards | HelpCards | Questions
    | ActionCards | TickPanel | CompactTable | StepTable | FlyerFacts
    | IconLines | StoryPicture
)


# What a document is, where a planner or the renderer treats it differently. A worksheet,
# a letter and a handout each have their own style set; the rest are a teacher's or
# trainer's papers, set as a plan. A lesson's teacher notes and a parents' session's
# reference notes are kinds apart although both are read once before teaching: a rule for
# one (its pages, its sections) must not reach the other unasked.
DocKind = Literal["worksheet", "letter", "handout", "lesson_plan", "teacher_notes",
                  "reference_notes", "facilitator_notes", "visit_brief", "handover",
                  "team_form"]
# The papers of whoever teaches, not the school's to pupils and families: set in the plan's
# style, and a visiting trainer's own (their logo beside the school's crest, their
# template's letterhead kept). A team's form (the parents' evening's sign-in sheet, contact
# slips and feedback) is filled in by families but collected and kept by the team.
OWN_PAPERS: frozenset[DocKind] = frozenset(
    {"lesson_plan", "teacher_notes", "reference_notes", "facilitator_notes", "visit_brief",
     "handover", "team_form"})
# The plan taught from: a lesson's, or a parents' session's facilitator notes. Its first
# page lists what is left to fill in (plan/fill_in_first).
TEACHING_PLANS: frozenset[DocKind] = frozenset({"lesson_plan", "facilitator_notes"})


@dataclass(frozen=True)
class DocPlan:
    filename: str
    kind: DocKind
    meta: DocMeta
    # The visible title block at the top of page one (meta.title is the file's property).
    title: str
    subtitle: str
    header: str
    footer: str
    blocks: tuple[Block, ...]
    # Shorter footers, longest first, for the renderer to use when the footer and the
    # pages to print beside the page number ("To teach: 1–N · Page 1 of 9") do not
    # fit one line of the page (render/docx.py measures them).
    footer_shorter: tuple[str, ...] = ()
    # Worksheets start with a name/date line for the pupil.
    name_line: bool = False
    # "Date: ____" beside the name.
    date_line: bool = True
    # The date printed there instead of a line to write it on (children who cannot write a
    # date yet: Year 1), when the lesson's date is known.
    date: str = ""
    # Worksheet print: "large" for 5-7-year-olds learning to read, "pupil" for 7-11 (13 pt
    # body, render/docx_styles.PUPIL_SIZES),
    # "standard" for secondary pupils and adults (the template's 12 pt).
    print_size: Literal["large", "pupil", "standard"] = "standard"
    # Letters: no page header or footer (the letterhead is in the body).
    furniture: bool = True
    # A lesson plan's text single-spaced (render/docx_styles.LESSON_PLAN_LINE_SPACING).
    single_spaced: bool = False


@dataclass(frozen=True)
class PackPlan:
    """Everything one pack contains, in the order it is written."""

    folder: str
    decks: tuple[DeckPlan, ...] = field(default=())
    documents: tuple[DocPlan, ...] = field(default=())
