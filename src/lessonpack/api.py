"""Library entry points: what the CLI calls, usable from Python with keyword arguments."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lessonpack.build.look import PackLook, prepare_look, render_pack
from lessonpack.build.report import Report
from lessonpack.build.request import DEFAULT_TOPIC
from lessonpack.content.loader import ContentIndex, load_content
from lessonpack.content.model import Audience
from lessonpack.errors import Problem, UsageError, UserError, exit_code_for

if TYPE_CHECKING:
    from lessonpack.build.parallel import JobResult
    from lessonpack.build.preview import PreviewResult
    from lessonpack.build.request import BuildRequest, PackRequest
    from lessonpack.content.model import Lesson, ParentSession
    from lessonpack.plan.model import PackPlan

# What ``build`` returns: the one report of every build (lessonpack.build.report).
BuildReport = Report
# The public entry points; PackLook, prepare_look and render_pack are lessonpack.build.look's
# (how a pack looks, and rendering a planned pack with it), offered here unchanged.
__all__ = [
    "BuildReport",
    "Catalogue",
    "CheckReport",
    "PackLook",
    "Validation",
    "audiences",
    "batch",
    "build",
    "catalogue",
    "check",
    "load",
    "pack",
    "prepare_look",
    "preview",
    "render_pack",
    "run",
    "validate",
]


def audiences(names: Iterable[str] = (), *, age: int | None = None, every: bool = False
              ) -> list[Audience]:
    """The audiences a build is asked for: by name (``ks2``, ``parents``), by the pupils'
    ``age``, or ``every`` one (``--all``, which takes nothing else); in the order asked, once
    each. A UsageError when none is asked for, or ``every`` with others."""
    from lessonpack.content.select import audience_for_age

    chosen = [Audience(name) for name in names]
    if age is not None:
        chosen.append(audience_for_age(age))
    if every:
        if chosen:
            raise UsageError("--all builds every audience; leave out --key-stage, "
                             "--audience and --age")
        chosen = list(Audience)
    if not chosen:
        raise UsageError("say which pack to build: --key-stage ks1|ks2|ks3|ks4, "
                         "--audience parents, --age N or --all")
    return list(dict.fromkeys(chosen))


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
    from lessonpack.kinds.registry import kinds

    index = load(content_dirs)
    return Catalogue(
        topics={topic: sorted(i.item.audience.value for i in items)
                for topic, items in sorted(index.by_topic().items())},
        audiences={a.value: label for a, label in AUDIENCE_LABELS.items()},
        templates=sorted(p.name for p in builtin_templates().iterdir()
                         if p.suffix in {".pptx", ".docx"}),
        slide_layouts=list(dict.fromkeys(kind.layout.name for kind in kinds())))


@dataclass(frozen=True)
class Offered:
    """One pack as a door offers it before anything is built: the lesson or session, and
    what its pack would hold, planned with the built-in brand."""

    item: Lesson | ParentSession
    plan: PackPlan


def packs_offered(index: ContentIndex, topic: str = DEFAULT_TOPIC) -> list[Offered]:
    """The topic's pack for every audience, in the audiences' order (the web page's choice
    of packs): selection and planning stay behind the api, as a build's do."""
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.content.select import select
    from lessonpack.plan.pack import plan_pack

    offered = []
    for audience in Audience:
        item = select(index, topic, [audience])[0].item
        offered.append(Offered(item, plan_pack(item, index.facts, DEFAULT_BRAND)))
    return offered


def pack(**fields: Any) -> PackRequest:
    """One pack request from keywords: ``PackRequest``'s fields (topic, audiences, brand and
    school as file paths, template, lesson_date, classes, formats, out, allow_low_contrast,
    every), checked by the model a manifest line is; a bad value is a UsageError naming the
    command line's option."""
    from lessonpack.build.request import pack_request

    return pack_request(**fields)


def run(request: BuildRequest, *, on_start: Callable[[int], None] | None = None,
        on_result: Callable[[JobResult], None] | None = None) -> BuildReport:
    """Build a request's packs (or its shard of them): the one build path, which
    ``lessonpack build``, ``lessonpack batch`` and the web page all take. ``on_start`` hears
    how many packs there are, ``on_result`` each pack as it is done."""
    from lessonpack.build.run import run as run_request

    return run_request(request, on_start=on_start, on_result=on_result)


def build(*packs: PackRequest, **request: Any) -> BuildReport:
    """Build ``packs`` (each from ``pack(...)``) with the ``BuildRequest``'s other fields as
    keywords: ``out``, ``content``, ``force``, ``jobs`` (> 1: worker processes), ``shard``,
    ``brand`` (a Brand already loaded, for packs without a brand file), ``index`` (content
    already loaded with ``load``: a server building one pack per request), ``scratch``,
    ``debug``. One field list, the models': e.g.
    ``build(pack(audiences=["ks2"], brand=Path("brand.yml")), out=Path("out"))``."""
    from lessonpack.build.request import BuildRequest

    return run(BuildRequest(packs=packs, **request))


def batch(manifest: Path, *, out: Path | None = None,
          on_start: Callable[[int], None] | None = None,
          on_result: Callable[[JobResult], None] | None = None,
          **options: Any) -> BuildReport:
    """Build every pack a batch manifest lists (``lessonpack batch``); ``out`` replaces its
    output root, ``options`` are the BuildRequest's fields a manifest leaves to the run
    (jobs, shard, force, debug); ``on_start`` and ``on_result`` as for ``run``."""
    from lessonpack.build.batch import run_batch

    return run_batch(manifest, out=out, on_start=on_start, on_result=on_result, **options)


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
