"""How a pack looks (brand and templates, checked together) and rendering a planned pack
with it: the build's middle step, between planning and writing (api only delegates here).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from lessonpack.build.head_warning import head_warnings
from lessonpack.build.report import Report
from lessonpack.caches import TEMPLATE_BYTES, kept
from lessonpack.check.measure import fonts_missing
from lessonpack.content.brand import DEFAULT_BRAND, Brand, deprecated_choices, load_brand
from lessonpack.content.lesson_date import weekday_mismatch
from lessonpack.content.school import (
    apply_school_file,
    load_school,
    with_classes,
    with_lesson_date,
)
from lessonpack.errors import Problem, UserError, problem_at
from lessonpack.io.paths import display_path
from lessonpack.io.templates import (
    Templates,
    builtin,
    resolve_templates,
    template_bytes,
    trainers_template,
)
from lessonpack.plan.fill_in_notes import fictional_contacts_note, school_fill_ins
from lessonpack.plan.letter_dates import date_order_problems
from lessonpack.plan.model import DocPlan, PackPlan
from lessonpack.plan.signatory_note import signatory_note
from lessonpack.render.deck_house_style import Theme, house_style_note, in_house_style
from lessonpack.render.deck_template_text import SampleTextLeftOut

if TYPE_CHECKING:
    from lessonpack.render.deck_layouts import LayoutGaps

_T = TypeVar("_T")


@dataclass(frozen=True)
class PackLook:
    """How the pack looks: the brand to draw with, the templates, and what to write into them.

    ``brand_in_template`` is False only for a trainer's template used without a brand file:
    its theme and styles are then kept as they are, and ``brand`` carries its colours.
    ``gaps``: the slide kinds the deck template has no layout for (None: not inspected, or
    none); a deck with such slides is refused (build/run.py checks each planned deck).
    """

    brand: Brand
    templates: Templates
    brand_in_template: bool = True
    gaps: LayoutGaps | None = None
    # A host school's file applied (build --school): its papers (letters, sheets, handout)
    # never carry a trainer's Word template's own header and footer.
    hosted: bool = False
    # The brand before ``--class`` (a manifest's ``classes:``) put its class first: the
    # visit day's brief books what the school file books, never the command's class
    # (plan/visit_brief/visit_day). None (a look made by ``of``): ``brand``.
    day_brand: Brand | None = None

    @classmethod
    def of(cls, brand: Brand, templates: Path | None = None) -> PackLook:
        """``brand`` with the built-in templates, or with deck.pptx and document.docx of the
        folder ``templates``, unchecked (``prepare_look`` checks them)."""
        return cls(brand, resolve_templates(None) if templates is None else Templates(
            templates / "deck.pptx", templates / "document.docx"))


def render_pack(plan: PackPlan, look: PackLook, *, warnings: list[Problem] | None = None,
                crowded: set[str] | None = None, stated: dt.datetime | None = None
                ) -> list[tuple[str, bytes]]:
    """Render every file of a pack to bytes (nothing is written here): its decks
    (``render_decks``: misfits to ``warnings``, their slides' titles to ``crowded``), then
    its documents, dated at ``stated`` (none when None)."""
    return [*render_decks(plan, look, stated, warnings=warnings, crowded=crowded),
            *document_files(plan, look, stated)]


def render_decks(plan: PackPlan, look: PackLook, stated: dt.datetime | None, *,
                 warnings: list[Problem] | None = None, crowded: set[str] | None = None
                 ) -> list[tuple[str, bytes]]:
    """A pack's decks as (name, bytes), dated at ``stated``, the build's stated time. Text
    or drawings that cannot be made to fit a trainer's layout are added to ``warnings``, and
    the titles of the slides they are on to ``crowded``."""
    from lessonpack.render.pptx import render_pptx

    t = look.templates
    deck_branded = look.brand_in_template or not t.custom_deck
    files = []
    for deck in plan.decks:
        misfits: list[str] = []
        numbers: set[int] = set()
        with trainers_template(t.deck, t.custom_deck, filling=True):
            files.append((f"{plan.folder}/{deck.filename}",
                          render_pptx(deck, look.brand, t.deck, stated, custom=t.custom_deck,
                                      brand_theme=deck_branded, misfits=misfits,
                                      crowded=numbers)))
        if crowded is not None:  # by the planned title (the deck's are curled: deck_quotes)
            crowded.update(deck.slides[n - 1].title for n in numbers)
        if warnings is not None:
            # A trainer building from several templates in a row (a batch, a shell loop)
            # must tell which one each warning is about: the template is named.
            named = f" (template: {display_path(t.deck)})" if t.custom_deck else ""
            warnings += [problem_at(f"{plan.folder}/{deck.filename}",
                                    "LP133" if isinstance(m, SampleTextLeftOut) else "LP131",
                                    f"{m}{named}")
                         for m in misfits]
    return files  # each renderer zips reproducibly (zipnorm.package_bytes)


def document_files(plan: PackPlan, look: PackLook, stated: dt.datetime | None
                   ) -> list[tuple[str, bytes]]:
    """A pack's documents as (name, bytes), dated at ``stated``."""
    return [(f"{plan.folder}/{doc.filename}", data) for doc, data in
            zip(plan.documents, render_documents(plan.documents, look, stated), strict=True)]


def render_documents(documents: Sequence[DocPlan], look: PackLook,
                     stated: dt.datetime | None) -> list[bytes]:
    """Render Word documents drawn with ``look`` (a pack's, or a visit's brief, which is
    no pack's) to bytes, dated at ``stated``, the build's stated time (none when None)."""
    from lessonpack.render.docx import render_docx

    t = look.templates
    doc_branded = look.brand_in_template or not t.custom_document
    with trainers_template(t.document, t.custom_document, filling=True):
        return [render_docx(doc, look.brand, t.document, stated, custom=t.custom_document,
                            brand_styles=doc_branded, hosted=look.hosted)
                for doc in documents]


def prepare_look(*, brand: Brand | None = None, brand_file: Path | None = None,
                 template: Path | None = None, allow_low_contrast: bool = False,
                 report: Report | None = None, school_file: Path | None = None,
                 lesson_date: str = "", classes: tuple[str, ...] = (),
                 parents_workshop: bool = False,
                 kinds: Collection[str] | None = None) -> PackLook:
    """Load the brand, the host school and the templates and check them together; one
    UserError lists every problem (brand and school values, contrast, what a template
    lacks). ``school_file`` is applied over the brand (lessonpack.content.school), then
    ``lesson_date`` over both, and ``classes`` (``--class``) before theirs.
    ``parents_workshop``: the build makes the parents' pack too, so letters home invite
    parents to its workshop. ``kinds``: the slide kinds the decks drawn with this look have,
    which the deck template must have layouts for; None: every kind (a look for any deck).
    The build passes none and checks each planned deck against the look's ``gaps``."""
    report = report if report is not None else Report()
    problems: list[Problem] = []
    loaded = _attempt(problems, load_brand, brand_file, allow_low_contrast=allow_low_contrast)
    if loaded is not None:
        brand = loaded.brand
        report.warnings.extend(loaded.warnings)
    school = _attempt(problems, load_school, school_file)
    templates = resolve_templates(template)
    inspected = _attempt(problems, _inspect_deck, templates, brand, report)
    theme_brand, gaps, theme = inspected if inspected is not None else (None, None, None)
    if gaps is not None:
        refused = gaps.refusal(kinds if kinds is not None else _every_kind())
        problems += [refused] if refused is not None else []
    problems.extend(_check_document(templates, report,
                                    branded=brand is not None or brand_file is not None))
    explicit = brand is not None or brand_file is not None
    if not explicit and templates.custom_deck and theme_brand is not None:
        # A trainer's deck without a brand file keeps its own theme. Its slots say little
        # about what is drawn (Google Slides maps them the other way round): text colours on
        # its slides are chosen by what they sit on (render.deck_contrast), and the colours
        # the documents take from it are readable ones (deck_theme.brand_from_theme).
        brand = theme_brand.model_copy(update={"logo": None})
    if brand is not None and templates.custom_deck and theme is not None \
            and brand.palette == "template":
        # A trainer's template that chose its colours is their house style: its palette and
        # fonts win over the brand file's, on decks and documents alike (the rule and why:
        # render/deck_house_style.py), unless the brand file says ``palette: brand``.
        styled = in_house_style(brand, theme)
        note = house_style_note(brand, styled, display_path(templates.deck))
        report.notes.extend([note] if note else [])
        brand = styled
    if school is not None and not problems:
        trainer = brand or DEFAULT_BRAND
        brand = _attempt(problems, apply_school_file, trainer, school) or brand
        # Who signs the school's letters, and who the plans name as the trainer.
        signing = signatory_note(trainer, brand) if brand is not None else None
        report.notes.extend([signing] if signing else [])
        if brand is not None:  # what the school file leaves the documents to fill in
            report.notes.extend(school_fill_ins(brand, school.shown))
        report.warnings.extend(deprecated_choices(school))
    # Made-up contacts (the examples'): said before anything is printed.
    made_up = ([fictional_contacts_note(loaded.brand, display_path(loaded.path))]
               if loaded is not None else []) + \
        ([fictional_contacts_note(school.model, school.shown)] if school is not None else [])
    report.notes.extend(n for n in made_up if n)
    if problems:
        raise UserError(problems)
    brand = with_lesson_date(brand or DEFAULT_BRAND, lesson_date)
    booked = with_classes(brand, (), parents_workshop)
    brand = with_classes(brand, classes, parents_workshop)
    report.warnings.extend(date_problems(brand.lesson_date, lesson_date, school_file,
                                         brand_file))
    # Checked once the brand, school file and --lesson-date are all applied: the dates the
    # documents will print, wherever each came from.
    report.warnings.extend(problem_at("dates", "LP154", said) for said in date_order_problems(
        brand.lesson_date, brand.letter_date, brand.parents_session_date))
    # Whom a 6pm session phones when neither safeguarding lead is free.
    report.warnings.extend(head_warnings(brand, parents_workshop, school_file, brand_file))
    if not brand.dsl_name.strip():
        # A pack that names no safeguarding lead cannot go out as it is: say so once, with
        # the first step that fixes it.
        report.notes.append(unnamed_dsl_note(brand))
    missing = fonts_missing(brand.heading_font, brand.body_font)
    if missing:
        # Without the font (or its metric twin) text is fitted by estimate: slides may wrap
        # or overflow where this machine could not measure them.
        report.notes.append(
            f"no font file for {', '.join(missing)} (or a metric twin) on this machine: text "
            "is fitted by estimate, so check slides for overflow; install the font, or "
            "Liberation Sans (for Arial) and Carlito (for Calibri)")
    return PackLook(brand, templates, explicit or not templates.custom,
                    gaps if gaps is not None and gaps.needs else None,
                    hosted=school is not None, day_brand=booked)


def date_problems(date: str, given: str, school_file: Path | None, brand_file: Path | None,
                  today: dt.date | None = None) -> list[Problem]:
    """LP153 when the lesson date's weekday is not that date's, at where the date came from:
    the date given for the build (``--lesson-date``, a manifest's ``lesson_date:``), else the
    school file's or the brand file's ``lesson_date`` line."""
    wrong = weekday_mismatch(date, today or dt.date.today())
    if not wrong:
        return []
    message = f"\"{date}\": {wrong} (fix the weekday or the date; a year makes it sure)"
    source = None if given.strip() else next(
        (f for f in (school_file, brand_file) if f is not None and _field_line(f, "lesson_date")),
        None)
    if source is None:  # --lesson-date, or a manifest's lesson_date:
        return [problem_at("lesson date", "LP153", message)]
    return [problem_at(display_path(source), "LP153", message,
                       line=_field_line(source, "lesson_date"), column=1, field="lesson_date")]


def _field_line(path: Path, field: str) -> int:
    """The line a top-level YAML field is on (1-based), 0 when the file does not set it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 0
    return next((n for n, line in enumerate(lines, 1)
                 if line.startswith(f"{field}:") and line[len(field) + 1:].strip()
                 not in ("", '""', "''")), 0)


def _attempt(problems: list[Problem], step: Callable[..., _T], first: Any,
             *args: Any, **kwargs: Any) -> _T | None:
    """``step(first, ...)``, or None: when ``first`` is None (nothing to load), or when the
    step raises a UserError, whose problems are added to ``problems`` (every problem of a
    look is reported at once)."""
    if first is None:
        return None
    try:
        return step(first, *args, **kwargs)
    except UserError as exc:
        problems.extend(exc.problems)
        return None


def _inspect_deck(templates: Templates, brand: Brand | None, report: Report
                  ) -> tuple[Brand, LayoutGaps, Theme]:
    """Check the deck template (its layouts, what it lacks): the brand its theme gives, the
    slide kinds it has no layout for, and its theme as it is."""
    from lessonpack.render.pptx import inspect_deck

    shown = display_path(templates.deck)
    with trainers_template(templates.deck, templates.custom_deck):
        layouts, gaps, theme_brand, notes, theme = inspect_deck(templates.deck, shown, brand)
    report.layouts.extend(f"{shown}: {r.describe()}" for r in layouts.values())
    report.layouts.extend(f"{shown}: {kind}: no layout ({need}); refused for a deck with "
                          "these slides" for kind, need in gaps.needs.items())
    report.notes.extend(notes)
    return theme_brand, gaps, theme


def _every_kind() -> list[str]:
    from lessonpack.kinds.registry import kinds

    return [kind.name for kind in kinds()]


# What a teacher fills in by hand when no brand names the school, said as the pack prints
# it: the letters', parents' and help slides' fields are yellow [brackets] (the pupils'
# help slides the role with a field for each name); the pupils' sheets and cards say "our
# safeguarding lead" and need nothing. Each plan's "Fill in first" box lists the same.
UNNAMED_DSL_NOTE = ("no Designated Safeguarding Lead named: this pack is a draft to fill in: "
                    "letters home, the parents' handout and the slides keep [bracketed] fields "
                    "highlighted yellow (the school's name, logo, address, phone, email, "
                    "website, the DSL and who signs); the pupils' \"Who can help\" slides say "
                    "\"Our safety grown-up\" (KS1) or \"Our safeguarding lead\" with yellow "
                    "fields for the DSL's and deputy's names (KS3-KS4: and the DSL's room) to "
                    "type over; pupils' worksheets and help cards say \"our safeguarding lead\" "
                    "and need nothing. Each lesson plan's \"Fill in first\" box lists them. "
                    "Make your school's brand file with `lessonpack new brand`, then build "
                    "with --brand")
TRAINER_DSL_NOTE = ("no Designated Safeguarding Lead named: this pack is a draft to fill in "
                    "([DSL's name] and other [bracketed] fields on help slides, worksheets and "
                    "letters). Teaching in a school? Name its DSL: `lessonpack new school`, "
                    "then build with --school school.yml")


def unnamed_dsl_note(brand: Brand) -> str:
    """The note for a pack without a DSL's name: a trainer's brand (one that says who
    delivers, or names an organisation that is not a school, or addresses "the school's"
    lead) is told about --school; a school's about its brand file."""
    trainer = bool(brand.delivered_by) or "the school" in brand.safeguarding_lead.lower() \
        or (bool(brand.named) and not _looks_like_school(brand.named))
    return TRAINER_DSL_NOTE if trainer else UNNAMED_DSL_NOTE


_SCHOOL_WORDS = ("school", "academy", "college", "primary", "infant", "junior", "high school",
                 "grammar", "free school", "sixth form", "federation")


def _looks_like_school(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SCHOOL_WORDS)


def _check_document(templates: Templates, report: Report, *, branded: bool) -> list[Problem]:
    shown = display_path(templates.document)
    try:
        data = template_bytes(templates.document)
    except UserError as exc:
        return exc.problems
    problems, notes, letterhead = _document_findings(data, templates.document, shown,
                                                     templates.custom_document)
    report.notes.extend(notes)
    if letterhead:
        report.notes.append(
            f"{shown}: its header and footer (a letterhead) give way to the brand file's on "
            "every document; with a school file, the team's logo heads its own papers (plans, "
            "notes, visit briefs, handovers, the parents' handout) beside the school's crest, "
            "and letters home and the invitation stay the school's" if branded else
            f"{shown}: its header and footer (a letterhead) stay on lesson plans and "
            "facilitator notes unless a brand file replaces them; with a school file, "
            "letters, worksheets, cards and handouts carry the school's")
    return list(problems)


@kept(16, max_bytes=TEMPLATE_BYTES)
def _document_findings(data: bytes, path: Path, shown: str, custom: bool
                       ) -> tuple[tuple[Problem, ...], tuple[str, ...], bool]:
    """Problems with a Word template, notes on what was added to it, and whether a trainer's
    template carries a letterhead (the build's note on it depends on the brand file); once
    per template (keyed by its bytes too: a file changed in place is checked again)."""
    import docx

    from lessonpack.render.docx_styles import check_template
    from lessonpack.render.docx_template import adopt_lp_styles

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a broken package
        return (problem_at(shown, "LP130", "cannot be opened as a Word file "
                           f"({type(exc).__name__}: {exc})"),), (), False
    notes: list[str] = []
    try:
        with trainers_template(path, custom):
            if custom:
                added = adopt_lp_styles(document, builtin().document)
                if added:
                    notes.append(
                        f"{shown}: added {len(added)} lessonpack styles it lacked "
                        f"({', '.join(added)}), in its own Normal and Heading 1 fonts; the "
                        "file itself is unchanged")
            check_template(document, shown)
            letterhead = custom and _has_letterhead(document)
    except UserError as exc:
        return tuple(exc.problems), (), False
    return (), tuple(notes), letterhead


def _has_letterhead(document: Any) -> bool:
    """Whether a Word template's first section has a header or footer that shows something."""
    from lessonpack.render.docx_xml import has_content
    from lessonpack.render.ooxml.docx import story_xml

    if not document.sections:  # no w:sectPr at all (pandoc's test files): Word's defaults
        return False
    section = document.sections[0]
    return any(has_content(story_xml(story)) for story in (section.header, section.footer))
