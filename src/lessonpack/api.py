"""Library entry points: what the CLI calls, usable from Python with keyword arguments."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from lessonpack import rules
from lessonpack.build.report import Report
from lessonpack.build.request import DEFAULT_TOPIC
from lessonpack.build.shard import Shard
from lessonpack.content.brand import DEFAULT_BRAND, Brand, load_brand
from lessonpack.content.loader import ContentIndex, load_content
from lessonpack.content.model import Audience
from lessonpack.errors import Problem, UserError, exit_code_for
from lessonpack.io.paths import display_path
from lessonpack.io.templates import Templates, builtin, resolve_templates, trainers_template
from lessonpack.io.zipnorm import build_time
from lessonpack.plan.model import PackPlan

if TYPE_CHECKING:
    from lessonpack.build.parallel import JobResult
    from lessonpack.build.preview import PreviewResult

# What ``build`` returns: the one report of every build (lessonpack.build.report).
BuildReport = Report


@dataclass(frozen=True)
class Look:
    """How the pack looks: the brand to draw with, the templates, and what to write into them.

    ``brand_in_template`` is False only for a trainer's template used without a brand file:
    its theme and styles are then kept as they are, and ``brand`` carries its colours.
    """

    brand: Brand
    templates: Templates
    brand_in_template: bool = True


def render_pack(plan: PackPlan, brand: Brand | Look, templates: Path | None = None, *,
                warnings: list[Problem] | None = None) -> list[tuple[str, bytes]]:
    """Render every file of a pack to bytes (nothing is written here).

    Text or drawings that cannot be made to fit a trainer's layout are added to ``warnings``.
    """
    from lessonpack.render.docx import render_docx
    from lessonpack.render.pptx import render_pptx

    if isinstance(brand, Brand):
        look = Look(brand, resolve_templates(None) if templates is None else Templates(
            templates / "deck.pptx", templates / "document.docx"))
    else:
        look = brand
    t, when = look.templates, build_time()
    deck_branded = look.brand_in_template or not t.custom_deck
    doc_branded = look.brand_in_template or not t.custom_document
    files = []
    for deck in plan.decks:
        misfits: list[str] = []
        with trainers_template(t.deck, t.custom_deck):
            files.append((f"{plan.folder}/{deck.filename}",
                          render_pptx(deck, look.brand, t.deck, when, custom=t.custom_deck,
                                      brand_theme=deck_branded, misfits=misfits)))
        if warnings is not None:
            warnings += [Problem(f"{plan.folder}/{deck.filename}", 0, 0, "LP131", "", m,
                                 rules.severity("LP131")) for m in misfits]
    with trainers_template(t.document, t.custom_document):
        files += [(f"{plan.folder}/{doc.filename}",
                   render_docx(doc, look.brand, t.document, when, custom=t.custom_document,
                               brand_styles=doc_branded)) for doc in plan.documents]
    return files  # each renderer zips reproducibly (zipnorm.package_bytes)


def load(content_dirs: Iterable[Path] = ()) -> ContentIndex:
    return load_content(list(content_dirs))


@dataclass(frozen=True)
class Validation:
    """What ``validate`` found: the schema's problems (then ``index`` is None: the content
    rules need valid content), or the content rules' errors and warnings."""

    problems: list[Problem]
    index: ContentIndex | None

    @property
    def exit_code(self) -> int:
        return exit_code_for(self.problems)

    def summary(self) -> str:
        """The closing line: how many errors and warnings, or what was checked."""
        if self.index is None:  # the lint rules need valid content: the schema comes first
            return (f"{len(self.problems)} error(s); fix these, then validate again for the "
                    "content checks")
        errors = sum(p.severity == "error" for p in self.problems)
        warnings = len(self.problems) - errors
        items = len(self.index.items)
        if errors:
            return f"{errors} error(s), {warnings} warning(s) in {items} content item(s)"
        facts = self.index.facts
        return (f"ok: {items} content item(s), {len(facts.facts)} facts, "
                f"{len(facts.helplines)} helplines, {warnings} warning(s)")


def validate(content_dirs: Iterable[Path] = ()) -> Validation:
    """Check content without building: the schema and length budgets first, then reading
    level, never-say phrases, safeguarding, signposting, quizzes and figures."""
    from lessonpack.content.lint import lint, read_inputs
    from lessonpack.content.loader import content_roots

    content_dirs = list(content_dirs)
    try:
        index = load(content_dirs)
    except UserError as exc:
        return Validation(exc.problems, None)
    return Validation(lint(index, read_inputs(index, content_roots(content_dirs))), index)


@dataclass(frozen=True)
class Catalogue:
    """What ``lessonpack list`` shows: what can be built, and with which templates."""

    topics: dict[str, list[str]]  # topic -> audiences it has content for
    audiences: dict[str, str]  # audience -> label
    templates: list[str]  # built-in template files
    slide_layouts: list[str]  # the layout each slide kind asks a template for

    def as_dict(self) -> dict[str, object]:
        return {"topics": [{"topic": t, "audiences": a} for t, a in self.topics.items()],
                "audiences": self.audiences, "templates": self.templates,
                "slide_layouts": self.slide_layouts}


def catalogue(content_dirs: Iterable[Path] = ()) -> Catalogue:
    """Topics and audiences of the content (built-in and ``content_dirs``), the built-in
    templates and the slide layouts a template may supply."""
    from lessonpack.content.model import AUDIENCE_LABELS
    from lessonpack.io.resources import builtin_templates
    from lessonpack.kinds.registry import KINDS

    index = load(content_dirs)
    return Catalogue(
        topics={topic: sorted(i.item.audience.value for i in items)
                for topic, items in sorted(index.by_topic().items())},
        audiences={a.value: label for a, label in AUDIENCE_LABELS.items()},
        templates=sorted(p.name for p in builtin_templates().iterdir()
                         if p.suffix in {".pptx", ".docx"}),
        slide_layouts=list(dict.fromkeys(kind.layout.name for kind in KINDS)))


def prepare_look(*, brand: Brand | None = None, brand_file: Path | None = None,
                 template: Path | None = None, allow_low_contrast: bool = False,
                 report: BuildReport | None = None) -> Look:
    """Load the brand and templates and check them together; one UserError lists every
    problem (brand values, contrast, what a template lacks)."""
    from lessonpack.render.pptx import inspect_deck

    report = report if report is not None else BuildReport()
    problems: list[Problem] = []
    if brand_file is not None:
        try:
            loaded = load_brand(brand_file, allow_low_contrast=allow_low_contrast)
            brand = loaded.brand
            report.warnings.extend(loaded.warnings)
        except UserError as exc:
            problems.extend(exc.problems)
    templates = resolve_templates(template)
    deck_shown = display_path(templates.deck)
    theme_brand = None
    try:
        with trainers_template(templates.deck, templates.custom_deck):
            layouts, theme_brand, notes = inspect_deck(templates.deck, deck_shown, brand)
        report.layouts.extend(f"{deck_shown}: {r.describe()}" for r in layouts.values())
        report.notes.extend(notes)
    except UserError as exc:
        problems.extend(exc.problems)
    problems.extend(_check_document(templates, report))
    explicit = brand is not None or brand_file is not None
    if not explicit and templates.custom_deck and theme_brand is not None:
        # A trainer's deck without a brand file keeps its own theme. Its slots say little
        # about what is drawn (Google Slides maps them the other way round): text colours on
        # its slides are chosen by what they sit on (render.deck_contrast), and the colours
        # the documents take from it are readable ones (deck_theme.brand_from_theme).
        brand = theme_brand.model_copy(update={"logo": None})
    if problems:
        raise UserError(problems)
    if not (brand or DEFAULT_BRAND).dsl_name.strip():
        # A pack that names no safeguarding lead cannot go out as it is: say so once, with
        # the first step that fixes it.
        report.notes.append(UNNAMED_DSL_NOTE)
    return Look(brand or DEFAULT_BRAND, templates, explicit or not templates.custom)


UNNAMED_DSL_NOTE = ("no Designated Safeguarding Lead named: help slides, worksheets and "
                    "letters keep [bracketed] fields to fill in before printing; make your "
                    "school's brand file with `lessonpack new brand`, then build with --brand")


def _check_document(templates: Templates, report: BuildReport) -> list[Problem]:
    from lessonpack.io.templates import template_bytes

    shown = display_path(templates.document)
    try:
        data = template_bytes(templates.document)
    except UserError as exc:
        return exc.problems
    problems, notes = _document_findings(data, templates.document, shown,
                                         templates.custom_document)
    report.notes.extend(notes)
    return list(problems)


@lru_cache(maxsize=16)
def _document_findings(data: bytes, path: Path, shown: str, custom: bool
                       ) -> tuple[tuple[Problem, ...], tuple[str, ...]]:
    """Problems with a Word template, and notes on what was added to it; once per template
    (keyed by its bytes too: a file changed in place is checked again)."""
    import io

    import docx

    from lessonpack.render.docx_styles import check_template
    from lessonpack.render.docx_template import adopt_lp_styles

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a broken package
        return (Problem(shown, 0, 0, "LP130", "", "cannot be opened as a Word file "
                        f"({type(exc).__name__}: {exc})"),), ()
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
    except UserError as exc:
        return tuple(exc.problems), ()
    return (), tuple(notes)


def build(
    *,
    audiences: list[Audience],
    topic: str = DEFAULT_TOPIC,
    content_dirs: Iterable[Path] = (),
    out_dir: Path = Path("out"),
    force: bool = False,
    brand: Brand | None = None,
    brand_file: Path | None = None,
    template: Path | None = None,
    allow_low_contrast: bool = False,
    jobs: int = 1,
    shard: Shard | None = None,
    formats: tuple[str, ...] = ("pptx", "docx"),
    index: ContentIndex | None = None,
    every: bool = False,
) -> BuildReport:
    """Build one pack per audience into ``out_dir/<topic>-<audience>/``.

    ``brand_file`` (a brand.yml) or ``brand`` set the look; ``template`` is a trainer's .pptx,
    .docx or a folder of them. Problems with content, brand and templates are raised together.
    ``jobs`` > 1 renders packs in that many worker processes; ``shard`` builds only its slice
    of the packs (dealt by folder name, as ``lessonpack batch`` deals by pack key);
    ``index``: content already loaded with ``load(content_dirs)``, reused instead of read
    again (a server building one pack per request). The same as ``lessonpack.build.run.run``
    with a ``BuildRequest`` of one pack request. ``every``: the audiences are "all of them"
    (``--all``), so a brand's ``phase`` may leave some out
    (lessonpack.content.brand.audiences_for_phase).
    """
    from lessonpack.build.request import BuildRequest, PackRequest
    from lessonpack.build.run import run

    pack = PackRequest(topic=topic, audiences=audiences, brand=brand_file, template=template,
                       formats=list(formats), allow_low_contrast=allow_low_contrast,
                       every=every)
    return run(BuildRequest(packs=[pack], out=out_dir, content=tuple(content_dirs),
                            force=force, jobs=jobs, shard=shard, brand=brand, index=index))


def batch(manifest: Path, *, jobs: int = 1, shard: Shard | None = None, out: Path | None = None,
          force: bool = False, on_start: Callable[[int], None] | None = None,
          on_result: Callable[[JobResult], None] | None = None) -> BuildReport:
    """Build every pack a batch manifest lists (``lessonpack batch``); ``on_start`` hears how
    many packs there are, ``on_result`` each pack as it is done."""
    from lessonpack.build.batch import run_batch

    return run_batch(manifest, jobs=jobs, shard=shard, out=out, force=force,
                     on_start=on_start, on_result=on_result)


@dataclass(frozen=True)
class CheckReport:
    """What ``check`` found in which files; errors fail, warnings do not (as everywhere)."""

    findings: list[Problem]
    files: list[Path]

    @property
    def exit_code(self) -> int:
        return exit_code_for(self.findings)


def check(paths: Iterable[Path], *, min_slide_pt: float = 18.0,
          min_doc_pt: float = 12.0) -> CheckReport:
    """Accessibility and legibility findings for .pptx/.docx files and the ones in folders;
    a UsageError for a file of another kind, or when there is nothing to check."""
    from lessonpack.check import Options, check_file, files_to_check
    from lessonpack.check.report import relative

    files = files_to_check(list(paths))
    options = Options(min_slide_pt=min_slide_pt, min_doc_pt=min_doc_pt)
    return CheckReport([f for path in files for f in check_file(path, options,
                                                                relative(str(path)))], files)


def preview(paths: Iterable[Path], out_dir: Path | None = None, *,
            dpi: int = 60) -> PreviewResult:
    """A PNG per slide or page of each .pptx/.docx (or those in pack folders), and a contact
    sheet per folder, through LibreOffice (``lessonpack preview``)."""
    from lessonpack.build.preview import preview as make_previews

    return make_previews(paths, out_dir, dpi=dpi)
