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

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from lessonpack.build.parallel import JobResult
from lessonpack.build.report import BriefResult, Report
from lessonpack.build.request import WHERE, BuildRequest, PackRequest, resolve_path
from lessonpack.build.run import RunPlan, plan, run
from lessonpack.content.problems import validation_problems
from lessonpack.content.yamlsource import FieldPath, Parsed, format_field, read_yaml
from lessonpack.errors import Problem, UserError, problem_at
from lessonpack.io.paths import display_path

CODE = "LP190"


class BatchManifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # validate_default: the default too is a folder beside the manifest, not where it runs.
    out: Path = Field(Path("out"), validate_default=True,
                      description="Output root, relative to the manifest.")
    content: list[Path] = Field([], description="Extra content folders for every pack.")
    packs: list[PackRequest] = Field(min_length=1)

    @field_validator("out", mode="after")
    @classmethod
    def _root(cls, value: Path, info: ValidationInfo) -> Path:
        return resolve_path(value, info)

    @field_validator("content", mode="after")
    @classmethod
    def _content(cls, value: list[Path], info: ValidationInfo) -> list[Path]:
        resolved = [resolve_path(p, info) for p in value]
        for given, path in zip(value, resolved, strict=True):
            if not path.is_dir():
                raise ValueError(f"content folder {given} not found ({WHERE})")
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
                                           at_value=True, model=BatchManifest)) from None
    return LoadedManifest(path, shown, parsed, manifest)


def request_for(loaded: LoadedManifest, *, out: Path | None = None, **options: Any
                ) -> BuildRequest:
    """The build a manifest asks for; ``out`` (--out) replaces its output root, ``options``
    are the BuildRequest's fields a manifest does not set (jobs, shard, force, debug…)."""
    manifest = loaded.manifest
    return BuildRequest(packs=manifest.packs, out=out if out is not None else manifest.out,
                        content=tuple(manifest.content), manifest=loaded, **options)


def plan_batch(loaded: LoadedManifest, *, out: Path | None = None) -> RunPlan:
    """Load content, brands and templates once, and expand the entries into jobs."""
    return plan(request_for(loaded, out=out))


def run_batch(manifest_path: Path, *, out: Path | None = None,
              on_start: Callable[[int], None] | None = None,
              on_result: Callable[[JobResult], None] | None = None,
              on_brief: Callable[[BriefResult], None] | None = None,
              method: str | None = None, **options: Any) -> Report:
    """Build a batch manifest's packs (or one shard of them) and record the run in
    ``manifest.json`` (see lessonpack.build.run.run); ``options`` as for ``request_for``."""
    request = request_for(read_manifest(manifest_path), out=out, **options)
    return run(request, on_start=on_start, on_result=on_result, on_brief=on_brief,
               method=method)
