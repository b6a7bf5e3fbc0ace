"""The safeguarding sentences the planners print around a school's names, read from the
content tree (``content/_wording/safeguarding.yml``).

A DSL signs the lessons off by reading content/; sentences written in Python (the school's
card on the pupils' help slides and keep-it cards, a visiting trainer's "the lesson does not
go ahead") were never in front of them, and a content author could not see them. Here they
are content, and the planners fill in only the names (``{our}``, ``{deputy}`` …). Each field
says which names it may hold (``NAMES``): a sentence with a name the planner does not fill
is refused when the file is read, at its line, rather than printed with braces in it.

Read from the built-in content once, when first asked for (a build reads it; ``--help``
does not). A ``--content`` folder's own ``_wording/safeguarding.yml`` replaces it whole for
the items loaded with that folder: the loader gives it to each item, and ``plan_pack``
plans the item's pack with it (``planned_with``).
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Annotated, ClassVar

from pydantic import ValidationError, ValidationInfo, field_validator

from lessonpack.content.fields import Chars, Strict
from lessonpack.content.problems import validation_problems
from lessonpack.content.yamlsource import read_yaml
from lessonpack.errors import Problem, UserError
from lessonpack.io.paths import display_path
from lessonpack.io.resources import builtin_content

FILE = Path("_wording") / "safeguarding.yml"

Line = Annotated[str, Chars(160)]


class _Sentences(Strict):
    """A group of sentences; each is checked for the names its planner fills (``NAMES``)."""

    group: ClassVar[str]

    @field_validator("*")
    @classmethod
    def _only_names_filled(cls, text: str, info: ValidationInfo) -> str:
        _check(f"{cls.group}.{info.field_name}", text)
        return text


class Primary(_Sentences):
    group = "primary"
    ask_to_take: Line
    teacher_takes_you: Line


class Ks1(_Sentences):
    group = "ks1"
    named: Line
    unnamed_heading: Line
    unnamed_what: Line
    unnamed_way: Line


class Ks2(_Sentences):
    group = "ks2"
    named: Line
    named_at: Line
    unnamed_heading: Line
    unnamed_what: Line
    unnamed_way: Line
    fields: Line


class Secondary(_Sentences):
    group = "secondary"
    named: Line
    named_way: Line
    unnamed_heading: Line
    unnamed_what: Line
    unnamed_way: Line
    unnamed_reach: Line
    fields_way: Line


class KeepItCard(_Sentences):
    group = "keep_it_card"
    named: Line
    unnamed_primary: Line
    unnamed_secondary: Line


class Signposting(_Sentences):
    group = "signposting"
    out_of_hours: Line
    out_of_hours_local: Line
    local_help_what: Annotated[str, Chars(240)]
    ks1_trusted_adult: Line
    ks1_childline: Line
    open_hours: Line


Note = Annotated[str, Chars(320)]


class Feedback(_Sentences):
    """After a story's task: what the presenter says over the circled clues and the
    timeline of how a contact escalated, and the help on each of the timeline's three
    stages. Words a DSL signs off (stop and tell; it is never too late), so content."""

    group = "feedback"
    clue_talk_primary: Note
    clue_talk_secondary: Note
    timeline: Note
    timeline_split: Note
    timeline_goes_on: Note
    # One short line each: the pill under its stage holds one line.
    stage_help_trust: Annotated[str, Chars(40)]
    stage_help_private: Annotated[str, Chars(40)]
    stage_help_threats: Annotated[str, Chars(40)]

    def stage_help(self) -> tuple[str, str, str]:
        """The help under each stage, in the timeline's order."""
        return (self.stage_help_trust, self.stage_help_private, self.stage_help_threats)


class Presenter(_Sentences):
    """The presenter's notes around a lesson's safeguarding: before it starts, as each
    story is read (talk about the character, not the class), and on a private check."""

    group = "presenter"
    before_lesson: Note
    story_distancing: Note
    private_check: Note


class VisitorDisclosure(_Sentences):
    """What is done when a pupil discloses in a lesson a visiting trainer teaches: said
    word for word by the handover, the plan's disclosure box and the title slide's notes
    (plan/visit_disclosure.py)."""

    group = "visitor_disclosure"
    tell: Note
    record: Note
    # The class teacher's handover in two lines: the acts that cannot wait and the plan's
    # box for the rest (the whole rule, five lines there, was the densest item on a sheet
    # read at 8.45am). It says nothing the rule does not.
    handover: Note
    # A child who starts to disclose mid-lesson: the class teacher stays (the visitor is
    # never alone with the class), so a TA or the DSL takes the child aside.
    in_class: Note


class Cue(_Sentences):
    """The presenter's safeguarding cue: in full on the title slide, one line on the story
    and help slides, and the parents' workshop's (plan/notes.py)."""

    group = "cue"
    title_visitor: Annotated[str, Chars(700)]
    title_staff: Annotated[str, Chars(700)]
    reminder_visitor: Note
    reminder_staff: Note
    parents: Annotated[str, Chars(500)]


# The names each field's sentence may hold: what its planner fills in.
NAMES: dict[str, frozenset[str]] = {
    "primary.ask_to_take": frozenset({"lead"}),
    "ks1.named": frozenset({"our", "deputy"}),
    "ks2.named": frozenset({"our", "deputy"}),
    "ks2.named_at": frozenset({"our", "here", "deputy"}),
    "ks2.fields": frozenset({"dsl", "deputy", "place"}),
    "secondary.named": frozenset({"our", "deputy"}),
    "secondary.unnamed_reach": frozenset({"dsl_room"}),
    "secondary.fields_way": frozenset({"dsl_room"}),
    "keep_it_card.named": frozenset({"named"}),
    "keep_it_card.unnamed_primary": frozenset({"lead", "dsl"}),
    "keep_it_card.unnamed_secondary": frozenset({"lead", "dsl", "reach"}),
    "visitor_without_class_teacher": frozenset({"teacher", "dsl"}),
    "sheets_kept_handover": frozenset({"dsl"}),
    "signposting.ks1_childline": frozenset({"number"}),
    "signposting.open_hours": frozenset({"hours"}),
    "signposting.out_of_hours_local": frozenset({"local"}),
    "presenter.before_lesson": frozenset({"lead"}),
    "visitor_disclosure.tell": frozenset({"dsl"}),
    "visitor_disclosure.handover": frozenset({"dsl", "fallback"}),
    "cue.title_visitor": frozenset({"rule"}),
    "cue.title_staff": frozenset({"lead_or_deputy", "where", "email_later"}),
    "cue.reminder_visitor": frozenset({"dsl"}),
    "cue.reminder_staff": frozenset({"lead_or_deputy"}),
    "cue.parents": frozenset({"lead", "deputy", "dsl", "head"}),
    **{f"{group}.unnamed_heading": frozenset({"our"}) for group in ("ks1", "ks2", "secondary")},
}


def _names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


class SafeguardingWords(Strict):
    primary: Primary
    ks1: Ks1
    ks2: Ks2
    secondary: Secondary
    keep_it_card: KeepItCard
    signposting: Signposting
    feedback: Feedback
    presenter: Presenter
    visitor_disclosure: VisitorDisclosure
    cue: Cue
    visitor_without_class_teacher: Line
    # How long pupils' sheets are kept, said in every lesson plan's "After the lesson": they
    # hold a named pupil's private answers (UK GDPR), and one that raised a concern belongs
    # on the safeguarding record, not in a classroom tray.
    sheets_kept: Note
    # The same rule on a visit's handover sheet, one line: the class teacher keeps the
    # sheets once the visitor has gone, and reads the handover, not the plan.
    sheets_kept_handover: Line

    @field_validator("visitor_without_class_teacher", "sheets_kept", "sheets_kept_handover")
    @classmethod
    def _only_names_filled(cls, text: str, info: ValidationInfo) -> str:
        _check(info.field_name or "", text)
        return text


def _check(field: str, text: str) -> None:
    """Refuse ``text`` (the sentence of ``field``) if it holds a name its planner does not
    fill; the problem is reported at the field, so its message names only the names."""
    allowed = NAMES.get(field, frozenset())
    try:
        extra = _names(text) - allowed
    except ValueError as exc:  # an unclosed brace
        raise ValueError(f"{exc}: write a name in braces, {{our}}") from None
    if extra:
        may = ", ".join(f"{{{n}}}" for n in sorted(allowed)) or "none"
        raise ValueError(f"{', '.join(f'{{{n}}}' for n in sorted(extra))} is not filled in "
                         f"here (names it may hold: {may})")


# The sentences of the item being planned (``planned_with``), where a --content folder
# gives its own; the built-in ones otherwise. Request-scoped: nothing is left once the
# item's pack is planned.
_PLANNED: ContextVar[SafeguardingWords | None] = ContextVar("_PLANNED", default=None)


def safeguarding_words() -> SafeguardingWords:
    """The sentences the pack being planned prints: a --content folder's, else ours."""
    return _PLANNED.get() or _builtin_words()


@cache
def _builtin_words() -> SafeguardingWords:
    """The built-in sentences, read once."""
    return read_words(builtin_content() / FILE)


@contextmanager
def planned_with(words: SafeguardingWords | None) -> Iterator[None]:
    """While this runs, ``safeguarding_words()`` gives ``words`` (None: the built-in)."""
    token = _PLANNED.set(words)
    try:
        yield
    finally:
        _PLANNED.reset(token)


def read_override(roots: Sequence[Path], problems: list[Problem]) -> SafeguardingWords | None:
    """The last --content folder's own file among ``roots`` (the built-in root first, then
    each folder), which replaces ours whole; None where none gives one, or it is refused
    (its problems added to ``problems``)."""
    found = [root / FILE for root in roots[1:] if (root / FILE).is_file()]
    if not found:
        return None
    try:
        return read_words(found[-1])
    except UserError as exc:
        problems.extend(exc.problems)
        return None


def read_words(path: Path) -> SafeguardingWords:
    """The sentences in ``path``; a UserError naming each problem's line otherwise."""
    shown = display_path(path)
    parsed = read_yaml(path, shown)
    if parsed.problems:
        raise UserError(parsed.problems)
    try:
        return SafeguardingWords.model_validate(parsed.data)
    except ValidationError as exc:
        raise UserError(validation_problems(exc, parsed, shown,
                                            model=SafeguardingWords)) from None


def fill(text: str, **names: str) -> str:
    """``text`` with its names filled in."""
    return text.format(**names)


def problems() -> list[Problem]:
    """What is wrong with the built-in file (``lessonpack validate`` lists it), or nothing."""
    try:
        read_words(builtin_content() / FILE)
    except UserError as exc:
        return list(exc.problems)
    return []
