"""``lessonpack batch MANIFEST``: many packs from one YAML file.

The manifest is a mapping (or, as a shorthand, just the ``packs:`` list)::

    out: ../out/samples          # output root, relative to this file; --out overrides it
    content: [my-lessons]        # optional extra content folders for every pack
    packs:
      - audiences: all           # or [ks2, parents], or ks2
        brand: brands/oakfield-primary/brand.yml
        out: oakfield            # folder under the output root
      - audiences: [ks2]
        template: templates/brightpath-training
        formats: [pptx, pdf]     # pptx, docx, pdf; [pdf] alone: PDFs only

Every relative path starts from the manifest's folder, as paths in a brand file start from the
brand file's: the manifest then builds the same wherever it is run from. Each (entry,
audience) is one job whose key is its pack folder under the root, e.g.
``oakfield/live-streaming-ks2``: unique (two entries writing one folder is an error), stable,
and what shards are dealt by. Everything is checked before anything is rendered, and every
problem is reported at once, with the manifest's line and column.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from lessonpack.api import DEFAULT_TOPIC, BuildReport, Look, load, prepare_look
from lessonpack.batch_pdf import add_pdfs
from lessonpack.content.loader import ContentIndex, display_path
from lessonpack.content.model import Audience, Id
from lessonpack.content.problems import validation_problems
from lessonpack.content.yamlsource import FieldPath, Parsed, format_field, read_yaml
from lessonpack.errors import Problem, UserError, problem_at
from lessonpack.libreoffice import find_soffice
from lessonpack.parallel import FORMATS, JobResult, PackJob, State, run_jobs
from lessonpack.plan.common import pack_folder
from lessonpack.run_manifest import input_files, run_manifest_bytes
from lessonpack.shard import Shard
from lessonpack.writer import WriteResult, write_files

CODE = "LP190"
_NAMES = ", ".join(a.value for a in Audience)


def _audience(value: object) -> object:
    if isinstance(value, str) and value.strip().lower() == "all":
        raise ValueError("'all' stands on its own: write audiences: all")
    if isinstance(value, str) and value.strip().lower() in {a.value for a in Audience}:
        return value.strip().lower()
    raise ValueError(f"{value!r} is not an audience; use {_NAMES}, or audiences: all")


def _base(info: ValidationInfo) -> Path:
    return Path((info.context or {}).get("base", "."))


def _resolve(value: Path, info: ValidationInfo) -> Path:
    path = value.expanduser()
    return (path if path.is_absolute() else _base(info) / path).resolve()


_WHERE = "relative paths start from the manifest's folder"


class PackEntry(BaseModel):
    """One line of the batch: a topic for some audiences, in one look, into one folder."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    topic: Id = Field(DEFAULT_TOPIC, description="Topic, as in `lessonpack list`.")
    audiences: list[Annotated[Audience, BeforeValidator(_audience)]] = Field(
        min_length=1, description="ks1, ks2, ks3, ks4, parents (a list, one, or all).")
    brand: Path | None = Field(None, description="A brand.yml.")
    template: Path | None = Field(None, description="A .pptx, a .docx, or a folder of them.")
    formats: list[Literal["pptx", "docx", "pdf"]] = Field(
        list(FORMATS), min_length=1, description="pptx, docx and/or pdf (PDFs need "
        "LibreOffice; pdf alone keeps no pptx or docx).")
    out: str = Field("", description="Folder under the output root for these packs.")
    allow_low_contrast: bool = False

    @field_validator("audiences", mode="before")
    @classmethod
    def _all(cls, value: object) -> object:
        if isinstance(value, str):
            return [a.value for a in Audience] if value.strip().lower() == "all" else [value]
        return value

    @field_validator("audiences", "formats", mode="after")
    @classmethod
    def _unique(cls, value: list[Any]) -> list[Any]:
        return list(dict.fromkeys(value))

    @field_validator("brand", mode="after")
    @classmethod
    def _brand(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        if value is None:
            return None
        path = _resolve(value, info)
        if not path.is_file():
            raise ValueError(f"brand file {value} not found ({_WHERE})")
        return path

    @field_validator("template", mode="after")
    @classmethod
    def _template(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        if value is None:
            return None
        path = _resolve(value, info)
        if not path.exists():
            raise ValueError(f"template {value} not found ({_WHERE})")
        return path

    @field_validator("out", mode="after")
    @classmethod
    def _out(cls, value: str) -> str:
        # A folder inside the run's root: the root holds the run manifest that lists it.
        raw = value.strip().replace("\\", "/")
        pure = PurePosixPath(raw)
        if pure.is_absolute() or (len(raw) > 1 and raw[1] == ":") or ".." in pure.parts:
            raise ValueError(f"{value!r} must be a folder inside the output root, like "
                             "oakfield or brands/oakfield (set the root with the top-level out:)")
        return "/".join(p for p in pure.parts if p != ".")


class BatchManifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # validate_default: the default too is a folder beside the manifest, not where it runs.
    out: Path = Field(Path("out"), validate_default=True,
                      description="Output root, relative to the manifest.")
    content: list[Path] = Field([], description="Extra content folders for every pack.")
    packs: list[PackEntry] = Field(min_length=1)

    @field_validator("out", mode="after")
    @classmethod
    def _root(cls, value: Path, info: ValidationInfo) -> Path:
        return _resolve(value, info)

    @field_validator("content", mode="after")
    @classmethod
    def _content(cls, value: list[Path], info: ValidationInfo) -> list[Path]:
        resolved = [_resolve(p, info) for p in value]
        for given, path in zip(value, resolved, strict=True):
            if not path.is_dir():
                raise ValueError(f"content folder {given} not found ({_WHERE})")
        return resolved


@dataclass(frozen=True)
class LoadedManifest:
    path: Path
    shown: str
    parsed: Parsed
    manifest: BatchManifest

    def position(self, loc: FieldPath) -> tuple[int, int]:
        return self.parsed.value_position(loc)

    def problem(self, loc: FieldPath, message: str, code: str = CODE) -> Problem:
        line, column = self.position(loc)
        return problem_at(self.shown, code, message, line=line, column=column,
                          field=format_field(loc))


def read_manifest(path: Path) -> LoadedManifest:
    """Parse and validate a batch manifest; one UserError lists every problem."""
    shown = display_path(path)
    parsed = read_yaml(path, shown)
    if parsed.problems:
        raise UserError(parsed.problems)
    if isinstance(parsed.data, list):
        # The shorthand: a bare list is the packs: list. Shift the positions to match.
        parsed = Parsed(parsed.path, {"packs": parsed.data},
                        {("packs", *k): v for k, v in parsed.marks.items()},
                        {("packs", *k): v for k, v in parsed.value_marks.items()})
    elif not isinstance(parsed.data, dict):
        raise UserError(problem_at(shown, CODE, "a batch manifest is a list of packs, or a "
                                   "mapping with packs: (and optionally out: and content:)",
                                   line=1, column=1))
    try:
        manifest = BatchManifest.model_validate(parsed.data,
                                                context={"base": path.resolve().parent})
    except ValidationError as exc:
        raise UserError(validation_problems(exc, parsed, shown, code=CODE,
                                           at_value=True)) from None
    return LoadedManifest(path, shown, parsed, manifest)


LookKey = tuple[Path | None, Path | None, bool]


@dataclass
class BatchPlan:
    """Everything checked and loaded: ready to run, whole or as one shard."""

    loaded: LoadedManifest
    root: Path
    index: ContentIndex
    looks: list[Look]
    jobs: list[PackJob]
    warnings: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    inputs: list[Path] = field(default_factory=list)


def plan_batch(loaded: LoadedManifest, *, out: Path | None = None) -> BatchPlan:
    """Load content, brands and templates once, and expand the entries into jobs."""
    manifest = loaded.manifest
    root = out if out is not None else manifest.out
    problems: list[Problem] = []
    index: ContentIndex | None = None
    try:
        index = load(manifest.content)
    except UserError as exc:
        problems.extend(exc.problems)
    looks: dict[LookKey, int | None] = {}
    found = BuildReport()
    look_list: list[Look] = []
    for entry in manifest.packs:
        key: LookKey = (entry.brand, entry.template, entry.allow_low_contrast)
        if key in looks:
            continue
        try:
            look_list.append(prepare_look(brand_file=entry.brand, template=entry.template,
                                          allow_low_contrast=entry.allow_low_contrast,
                                          report=found))
            looks[key] = len(look_list) - 1
        except UserError as exc:
            looks[key] = None
            problems.extend(exc.problems)
    jobs: list[PackJob] = []
    if index is not None:
        jobs = _expand(loaded, index, looks, root, problems)
    if problems:
        # A brand shared by several entries is reported once, not once per look.
        raise UserError(list(dict.fromkeys(problems)))
    assert index is not None
    return BatchPlan(loaded, root, index, look_list, jobs,
                     list(dict.fromkeys(found.warnings)), list(dict.fromkeys(found.notes)),
                     input_files(manifest.content, [e.brand for e in manifest.packs if e.brand],
                                 look_list))


def _expand(loaded: LoadedManifest, index: ContentIndex, looks: dict[LookKey, int | None],
            root: Path, problems: list[Problem]) -> list[PackJob]:
    topics = index.by_topic()
    jobs: list[PackJob] = []
    owner: dict[str, int] = {}
    for n, entry in enumerate(loaded.manifest.packs):
        if entry.topic not in topics:
            known = ", ".join(sorted(topics)) or "none"
            problems.append(loaded.problem(("packs", n, "topic"), f"no content for topic "
                                           f"{entry.topic!r}; topics available: {known}",
                                           "LP120"))
            continue
        items = {i.item.audience: i.item for i in topics[entry.topic]}
        look = looks[(entry.brand, entry.template, entry.allow_low_contrast)]
        for a, audience in enumerate(entry.audiences):
            if audience not in items:
                have = ", ".join(sorted(x.value for x in items))
                loc: FieldPath = ("packs", n, "audiences", a)
                if loc not in loaded.parsed.value_marks:  # written as `audiences: all`
                    loc = loc[:-1]
                problems.append(loaded.problem(loc, f"topic {entry.topic!r} has no content for "
                                               f"{audience.value}; available: {have}", "LP120"))
                continue
            item = items[audience]
            folder = pack_folder(item)
            key = f"{entry.out}/{folder}" if entry.out else folder
            if key in owner:
                problems.append(loaded.problem(
                    ("packs", n), f"packs[{owner[key]}] already builds {key} (out: "
                    f"{entry.out or '.'}); give this entry another out: folder"))
                continue
            owner[key] = n
            if look is not None:
                office = tuple(f for f in FORMATS if f in entry.formats)
                jobs.append(PackJob(key, item.id, look, root, entry.out, office or FORMATS,
                                    pdf="pdf" in entry.formats, keep_office=bool(office)))
    return jobs


@dataclass
class BatchReport:
    root: Path
    shard: Shard | None
    results: list[JobResult] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    manifest: Path | None = None  # the run manifest's path, once written or unchanged
    manifest_write: WriteResult = field(default_factory=WriteResult)
    total_jobs: int = 0  # in the whole manifest, before sharding

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.results for p in r.write.problems] + \
            self.manifest_write.problems


def run_batch(manifest_path: Path, *, jobs: int = 1, shard: Shard | None = None,
              out: Path | None = None, force: bool = False,
              on_start: Callable[[int], None] | None = None,
              on_result: Callable[[JobResult], None] | None = None,
              method: str | None = None) -> BatchReport:
    """Build a batch manifest's packs (or one shard of them) and record the run.

    ``on_start`` is told how many packs will be built; ``on_result`` sees each pack as it is
    done. The run manifest (``manifest.json``, or ``manifest-K-of-N.json`` for a shard) is
    written to the output root when every pack was written or already identical.
    """
    plan = plan_batch(read_manifest(manifest_path), out=out)
    chosen = shard.pick(plan.jobs, key=lambda j: j.key) if shard else plan.jobs
    if any(job.pdf for job in chosen):
        find_soffice()  # no LibreOffice: say so before building anything
    report = BatchReport(plan.root, shard, warnings=plan.warnings, notes=plan.notes,
                         total_jobs=len(plan.jobs))
    if on_start:
        on_start(len(chosen))
    state = State(plan.index, plan.looks, force, tuple(plan.loaded.manifest.content))
    with tempfile.TemporaryDirectory(prefix="lessonpack-batch-") as scratch:
        # Packs that want PDFs only are built where nobody sees them.
        chosen = [replace(j, root=Path(scratch)) if not j.keep_office else j for j in chosen]
        want_pdf = {j.key: j for j in chosen if j.pdf}
        held: list[JobResult] = []  # reported once their PDFs are made

        def finished(result: JobResult) -> None:
            if result.key in want_pdf:
                held.append(result)
            elif on_result:
                on_result(result)

        report.results = sorted(run_jobs(chosen, state, workers=jobs, on_result=finished,
                                         method=method), key=lambda r: r.key)
        if held:
            ready = [r for r in held if not r.write.problems]
            add_pdfs(ready, want_pdf, plan.root, force=force)
            for result in held:
                if on_result:
                    on_result(result)
    for result in report.results:
        report.warnings.extend(result.warnings)
    if any(r.write.problems for r in report.results):
        return report  # a kept file: the run's files are not what a manifest would list
    name = shard.manifest_name if shard else "manifest.json"
    data = run_manifest_bytes(manifest=manifest_path, root=plan.root, shard=shard,
                              inputs=plan.inputs, packs=[r.key for r in report.results],
                              files=[f for r in report.results for f in r.files])
    report.manifest_write = write_files(plan.root, [(name, data)], force=force)
    if not report.manifest_write.problems:
        report.manifest = plan.root / name
    return report
