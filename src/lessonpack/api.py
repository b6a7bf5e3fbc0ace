"""Library entry points: what the CLI calls, usable from Python with keyword arguments.

The doors (``lessonpack.cli``, ``lessonpack.web``) reach the library through this module and
``lessonpack.doors`` (their own helpers, not API) only; tests/test_layers.py holds them to
it: what they show of a pack, a brand or a check is asked for there, never read from the
modules below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from lessonpack.build.report import BriefResult, PackOutcome, Report
from lessonpack.build.request import DEFAULT_TOPIC, BuildRequest, PackRequest
from lessonpack.build.request import page_layout_wanted as _page_layout_wanted
from lessonpack.build.shard import Shard
from lessonpack.content.brand import Brand
from lessonpack.content.loader import ContentIndex, load_content
from lessonpack.content.model import AUDIENCE_LABELS, Audience
from lessonpack.errors import Problem, UsageError, UserError, exit_code_for
from lessonpack.io.zipnorm import stated_time as _stated_time

if TYPE_CHECKING:
    from lessonpack.build.parallel import JobResult
    from lessonpack.build.preview import PreviewResult

# What ``build`` returns: the one report of every build (lessonpack.build.report).
BuildReport = Report
# A visit day's brief as a caller sees it (``BuildReport.briefs``, ``on_brief``): its
# ``name`` relative to the output root and what happened to it (``write``); a file at the
# root, beside the packs, and never one of them.
BriefOutcome = BriefResult
# The public entry points, kept small: what a library caller needs to build, check and read
# packs and brands, through one request (BuildRequest, or pack() and build()'s keywords) and
# one result (BuildReport). The plan and look models are not offered: they change with every
# layout, and a caller who needs them (a benchmark, a test) imports lessonpack.build.look and
# lessonpack.plan.model knowing they are internal. What only the command line and the web
# page need (option parsing, a form's fields, the packs a page offers, LibreOffice probes) is
# in lessonpack.doors, which is not API.
__all__ = [
    "Brand",
    "BrandRead",
    "BriefOutcome",
    "BuildReport",
    "BuildRequest",
    "Catalogue",
    "CheckReport",
    "ContentIndex",
    "PackOutcome",
    "PackRequest",
    "Shard",
    "Validation",
    "batch",
    "build",
    "catalogue",
    "check",
    "load",
    "pack",
    "page_layout_wanted",
    "preview",
    "read_brand",
    "run",
    "source_date_epoch",
    "validate",
]


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
    from lessonpack.content import safeguarding_words
    from lessonpack.content.lint import lint, read_inputs
    from lessonpack.content.loader import content_roots
    from lessonpack.plan.cycle_steps import placed, step_fields

    content_dirs = list(content_dirs)
    try:
        index = load(content_dirs)
    except UserError as exc:
        return Validation([*exc.problems, *safeguarding_words.problems()], None)
    inputs = read_inputs(index, content_roots(content_dirs))
    # The step names the slide kinds place in a Part too (content cannot see the kinds).
    inputs.steps, inputs.step_fields = placed(), step_fields()
    return Validation([*lint(index, inputs), *safeguarding_words.problems()], index)


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
    from lessonpack.io.resources import builtin_templates
    from lessonpack.kinds.registry import kinds

    index = load(content_dirs)
    return Catalogue(
        topics={topic: sorted(i.item.audience.value for i in items)
                for topic, items in sorted(index.by_topic().items())},
        audiences={a.value: label for a, label in AUDIENCE_LABELS.items()},
        templates=sorted(p.name for p in builtin_templates().iterdir()
                         if p.suffix in {".pptx", ".docx"}),
        slide_layouts=list(dict.fromkeys(kind.layout.name for kind in kinds())))


def _checked(call: str, model: type[BaseModel], **fields: Any) -> Any:
    """``model`` made from a library caller's keywords; a bad value is a UsageError said of
    the call and its keyword (a command line's problems name its options instead)."""
    try:
        return model(**fields)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        raise UsageError(f"{call}(): {where}: {message}") from None


def pack(*, audiences: Iterable[Audience | str] | str, topic: str = DEFAULT_TOPIC,
         brand: Path | None = None, school: Path | None = None, lesson_date: str = "",
         classes: Iterable[str] = (), template: Path | None = None,
         formats: Iterable[str] | None = None, out: str = "",
         allow_low_contrast: bool = False, every: bool = False,
         school_phase_mismatch_ok: bool = False) -> PackRequest:
    """One pack request: a ``topic`` for some ``audiences`` (``"all"``: every one), a look
    (``brand``, ``school`` and ``template`` as file paths, ``lesson_date``, ``classes``),
    the ``formats`` to write (pptx and docx when not given) into the folder ``out`` under
    the build's output root. Checked by the model a manifest line is; a bad value is a
    UsageError naming the keyword."""
    fields: dict[str, Any] = {
        "topic": topic, "brand": brand, "school": school, "lesson_date": lesson_date,
        "classes": tuple(classes), "template": template, "out": out,
        "allow_low_contrast": allow_low_contrast, "every": every,
        "school_phase_mismatch_ok": school_phase_mismatch_ok,
        "audiences": audiences if isinstance(audiences, str) else tuple(audiences)}
    if formats is not None:
        fields["formats"] = tuple(formats)
    return _checked("pack", PackRequest, **fields)  # type: ignore[no-any-return]


def run(request: BuildRequest, *, on_start: Callable[[int], None] | None = None,
        on_result: Callable[[PackOutcome], None] | None = None,
        on_brief: Callable[[BriefOutcome], None] | None = None) -> BuildReport:
    """Build a request's packs (or its shard of them): the one build path, which
    ``lessonpack build``, ``lessonpack batch`` and the web page all take. ``on_start`` hears
    how many packs there are, ``on_result`` each pack as it is done, ``on_brief`` each
    visit day's brief once written (after every pack wrote cleanly; none for a school's
    own packs)."""
    from lessonpack.build.run import run as run_request

    return run_request(request, on_start=on_start, on_result=_outcomes(on_result),
                       on_brief=on_brief)


def _outcomes(on_result: Callable[[PackOutcome], None] | None
              ) -> Callable[[JobResult], None] | None:
    """The build's own per-pack results, shown to a caller as the PackOutcome they make."""
    if on_result is None:
        return None
    return lambda result: on_result(result.outcome)


def build(*packs: PackRequest, out: Path = Path("out"), content: Iterable[Path] = (),
          force: bool = False, jobs: int = 1, shard: Shard | None = None,
          brand: Brand | None = None, index: ContentIndex | None = None,
          scratch: Path | None = None, debug: bool = False,
          owns_process: bool = False, stated_time: dt.datetime | None = None,
          page_layout: bool = False) -> BuildReport:
    """Build ``packs`` (each from ``pack(...)``) into ``out``, with the extra ``content``
    folders; ``force`` overwrites files that exist; ``jobs`` > 1 builds in worker processes
    (``default_jobs()``: as many as help); ``shard`` only that slice of the packs;
    ``brand``, a Brand already loaded, for packs without a brand file; ``index``, content
    already loaded with ``load`` (a server building one pack per request); ``scratch``, the
    folder for temporary files; ``debug``, tracebacks where a library fails;
    ``owns_process``, the build is all this process does (the command line);
    ``stated_time``, the files' "created" and "modified" dates (naive, in UTC), by default
    None: no dates (``source_date_epoch(os.environ)`` gives SOURCE_DATE_EPOCH's, as the
    command line does; the environment is never read during a build); ``page_layout``,
    lay each plan out with LibreOffice where it is installed to store its print range's page
    (a LibreOffice run a pack; the command line's LESSONPACK_PAGE_LAYOUT=1). E.g.
    ``build(pack(audiences=["ks2"], brand=Path("brand.yml")), out=Path("out"))``."""
    return run(_checked("build", BuildRequest, packs=packs, out=out, content=tuple(content),
                        force=force, jobs=jobs, shard=shard, brand=brand, index=index,
                        scratch=scratch, debug=debug, owns_process=owns_process,
                        stated_time=stated_time, page_layout=page_layout))


def source_date_epoch(environ: Mapping[str, str]) -> dt.datetime | None:
    """The stated time ``environ`` (``os.environ``) gives in SOURCE_DATE_EPOCH, for
    ``build``'s and ``batch``'s ``stated_time``; None when it is unset or not a whole number
    of seconds. Read once, by the caller, where the build is asked for."""
    return _stated_time(environ)


def page_layout_wanted(environ: Mapping[str, str]) -> bool:
    """Whether ``environ`` (``os.environ``) asks for laid-out plans
    (LESSONPACK_PAGE_LAYOUT=1), for ``build``'s and ``batch``'s ``page_layout``. Read once,
    by the caller, where the build is asked for."""
    return _page_layout_wanted(environ)


def batch(manifest: Path, *, out: Path | None = None, jobs: int = 1,
          shard: Shard | None = None, force: bool = False, debug: bool = False,
          owns_process: bool = False, on_start: Callable[[int], None] | None = None,
          on_result: Callable[[PackOutcome], None] | None = None,
          on_brief: Callable[[BriefOutcome], None] | None = None,
          stated_time: dt.datetime | None = None, page_layout: bool = False) -> BuildReport:
    """Build every pack a batch manifest lists (``lessonpack batch``); ``out`` replaces its
    output root; ``jobs``, ``shard``, ``force``, ``debug``, ``owns_process``,
    ``stated_time`` and ``page_layout`` as for ``build`` (a manifest leaves them to the
    run); ``on_start``, ``on_result`` and ``on_brief`` as for ``run``."""
    from lessonpack.build.batch import run_batch

    try:
        return run_batch(manifest, out=out, on_start=on_start, on_result=_outcomes(on_result),
                         on_brief=on_brief, jobs=jobs, shard=shard, force=force, debug=debug,
                         owns_process=owns_process, stated_time=stated_time,
                         page_layout=page_layout)
    except ValidationError as exc:
        error = exc.errors()[0]
        raise UsageError(f"batch(): {'.'.join(str(p) for p in error['loc'])}: "
                         + error["msg"].removeprefix("Value error, ")) from None


@dataclass(frozen=True)
class CheckReport:
    """What ``check`` found in which files; errors fail, warnings do not (as everywhere)."""

    findings: list[Problem]
    files: list[Path]

    @property
    def exit_code(self) -> int:
        return exit_code_for(self.findings)

    def lines(self) -> list[str]:
        """A line a finding, as ``lessonpack check`` prints them."""
        from lessonpack.check.report import lines

        return lines(self.findings)

    def summary(self) -> str:
        from lessonpack.check.report import summary

        return summary(self.findings, len(self.files))

    def as_json(self) -> str:
        from lessonpack.check.report import as_json

        return as_json(self.findings)


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


@dataclass(frozen=True)
class BrandRead:
    """A brand file as the web form shows it: the Brand, its file's own values (as written,
    for the form's fields) and the warnings found on the way."""

    brand: Brand
    values: dict[str, Any]
    warnings: list[Problem]


def read_brand(path: Path, *, logo: Path | None = None) -> BrandRead:
    """A brand file checked exactly as ``lessonpack build --brand`` checks it, except that
    its ``logo:`` is never followed: ``logo`` (an upload of its own) replaces it. A
    UserError carrying every problem."""
    from lessonpack.content.brand import load_brand
    from lessonpack.content.yamlsource import read_yaml

    parsed = read_yaml(path, path.name)  # bounded and safe; the same reader load_brand uses
    values = parsed.data if isinstance(parsed.data, dict) else {}
    loaded = load_brand(path, logo=logo)
    if "letter_sent" in values:
        # A deprecated choice is shown as the choice it means (the warning says so): the
        # form offers only the current ones.
        values = {**values, "letter_sent": loaded.brand.letter_sent}
    return BrandRead(loaded.brand, values, list(loaded.warnings))
