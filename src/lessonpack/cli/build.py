"""``lessonpack build``: one or more packs of a topic into an output folder."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

import click

from lessonpack.build.defaults import DEFAULT_TOPIC, OFFICE_FORMATS, Format
from lessonpack.cli.options import (
    AUDIENCES,
    CONTENT_OPTION,
    FORCE_OPTION,
    JOBS_OPTION,
    KEY_STAGES,
    QUIET_OPTION,
    debug_asked,
    err,
    json_option,
    shard_option,
)
from lessonpack.io.paths import display_path

if TYPE_CHECKING:
    from lessonpack.api import BuildReport as Report


@click.command()
@click.option("--key-stage", "-k", multiple=True, type=click.Choice(KEY_STAGES,
              case_sensitive=False), help="Key stage to build (repeatable).")
@click.option("--audience", "-a", multiple=True, type=click.Choice(AUDIENCES,
              case_sensitive=False), help="Audience to build, e.g. parents (repeatable).")
@click.option("--age", type=click.IntRange(0, 99), help="Pupils' age; picks the key stage.")
@click.option("--all", "build_all", is_flag=True, help="Build every audience of the topic.")
@click.option("--topic", "-t", default=DEFAULT_TOPIC, show_default=True)
@CONTENT_OPTION
@click.option("--brand", "brand_file", type=click.Path(path_type=Path),
              help="Brand file (brand.yml): name, logo, colours, fonts, contacts. "
                   "Make one with: lessonpack new brand")
@click.option("--school", "school_file", type=click.Path(path_type=Path),
              help="The host school (school.yml) of a trainer's lesson: its name, crest, "
                   "DSL, contacts and who signs letters, over the brand. Make one with: "
                   "lessonpack new school")
@click.option("--lesson-date", default="", metavar="TEXT",
              help="When the lesson is taught, as letters say it: \"Wednesday 20 January 2027\" "
                   "(over the brand's or school's lesson_date).")
@click.option("--class", "classes", multiple=True, metavar="TEXT",
              help="The class and its teacher, as parents know them: \"Year 2 Hedgehogs, Mrs "
                   "Patel\". Named on the plan and letter of the key stage its year is in; "
                   "repeat for each class: two of one key stage build a pack each (over the "
                   "brand's or school's classes).")
@click.option("--template", type=click.Path(path_type=Path),
              help="Your own .pptx and/or .docx template, or a folder with them.")
@click.option("--allow-low-contrast", is_flag=True,
              help="Build even if text on the brand colours misses WCAG AA (4.5:1).")
@click.option("--school-phase-mismatch-ok", is_flag=True,
              help="Build a key stage the --school file's phase or classes leave out (a "
                   "middle school): otherwise a primary school's file with -k ks4 builds only "
                   "the key stages it teaches.")
@click.option("--out", "out_dir", default="out", show_default=True,
              type=click.Path(path_type=Path, file_okay=False), help="Output folder.")
@FORCE_OPTION
@json_option("Print what was written as JSON.")
@QUIET_OPTION
@click.option("--verbose", "-v", is_flag=True,
              help="Also say which template layout each kind of slide uses.")
@JOBS_OPTION
@shard_option("Build only the K-th of N slices of the packs.")
@click.option("--format", "-f", "formats", multiple=True,
              type=click.Choice(get_args(Format), case_sensitive=False),
              help="Which files to write (repeatable; default pptx and docx). pdf converts "
                   "every deck and document with LibreOffice.")
def build(key_stage: tuple[str, ...], audience: tuple[str, ...], age: int | None,
          build_all: bool, topic: str, content_dirs: tuple[Path, ...], brand_file: Path | None,
          school_file: Path | None, lesson_date: str, classes: tuple[str, ...],
          template: Path | None,
          allow_low_contrast: bool, school_phase_mismatch_ok: bool, out_dir: Path, force: bool,
          as_json: bool, quiet: bool, verbose: bool, jobs: int | None, shard: str | None,
          formats: tuple[str, ...]) -> int:
    """Build lesson packs: slides, worksheet, lesson plan and letter home."""
    from lessonpack import api, doors

    pack = doors.pack_from_options(topic=topic, every=build_all,
                                 audiences=doors.audiences([*key_stage, *audience], age=age,
                                                         every=build_all),
                                 brand=brand_file, school=school_file, template=template,
                                 lesson_date=lesson_date, classes=classes,
                                 formats=tuple(f.lower() for f in formats) or OFFICE_FORMATS,
                                 allow_low_contrast=allow_low_contrast,
                                 school_phase_mismatch_ok=school_phase_mismatch_ok)
    report = api.build(pack, out=out_dir, content=content_dirs, force=force,
                       jobs=jobs or doors.default_jobs(), shard=doors.parse_shard(shard),
                       debug=debug_asked(), owns_process=True,
                       stated_time=api.source_date_epoch(os.environ),
                       page_layout=api.page_layout_wanted(os.environ))
    _print(report, out_dir, as_json=as_json, quiet=quiet, verbose=verbose)
    return report.exit_code


def _print(report: Report, out_dir: Path, *, as_json: bool, quiet: bool, verbose: bool
           ) -> None:
    """What the build did, on stderr (JSON of it on stdout with --json)."""
    lines = [str(warning) for warning in report.warnings]
    lines += [f"layout {line}" for line in report.layouts if verbose]
    lines += [f"note: {note}" for note in report.notes if not quiet]
    for write in report.writes:
        lines += [f"wrote {display_path(p)}" for p in write.written if not quiet]
        lines += [f"unchanged {display_path(p)}" for p in write.unchanged if not quiet]
    # Every problem once, a shared cause ("cannot write: disk full") said once for all packs.
    lines += [str(problem) for problem in report.problems
              if problem not in report.manifest_write.problems]
    for line in lines:
        err(line)
    if as_json:
        click.echo(json.dumps(_as_json(report, out_dir), indent=2))
    closing = _closing(report, out_dir, quiet)
    if closing:
        err(closing)


def _closing(report: Report, out_dir: Path, quiet: bool) -> str:
    """The last line: files kept, or what was built. A key stage refused (LP147) said in its
    own line what was built and what was not, so nothing more is said of it here."""
    if report.write_problems:
        # A file nobody edited differs too when the key stages built beside it changed: a
        # letter names the parents' workshop only when the parents' pack is built with it.
        # Said only for a file that differs (LP140): a folder in a file's way is not that.
        differs = any(p.code == "LP140" for p in report.write_problems)
        hint = (" (if you did not edit them, build the same key stages as last time, or use "
                "--force)") if differs else ""
        return f"{len(report.write_problems)} problem(s); existing files were kept{hint}"
    if quiet or (report.refused and not report.packs):
        return ""
    return _done(report, out_dir)


def _done(report: Report, out_dir: Path) -> str:
    """"done: 3 pack(s) in …; visit brief …": a visit's brief (a file at the root,
    build/visit_briefs) said apart from the packs."""
    folders = ", ".join(str(out_dir / pack.folder) for pack in report.packs)
    also = "".join(f"; visit brief {out_dir / b.name}" for b in report.briefs)
    return f"done: {len(report.packs)} pack(s) in {folders}{also}"


def _as_json(report: Report, out_dir: Path) -> dict[str, Any]:
    return {"packs": [{"folder": str(out_dir / pack.folder),
                       "written": [display_path(p) for p in pack.write.written],
                       "unchanged": [display_path(p) for p in pack.write.unchanged],
                       "kept": [display_path(p) for p in pack.write.kept]}
                      for pack in report.packs],
            "briefs": [{"file": str(out_dir / brief.name),
                        "written": [display_path(p) for p in brief.write.written],
                        "unchanged": [display_path(p) for p in brief.write.unchanged],
                        "kept": [display_path(p) for p in brief.write.kept]}
                       for brief in report.briefs],
            "problems": [str(p) for p in report.problems],
            # Key stages asked for and not built (LP147): the build may still exit 0.
            "left_out": [{"school": school, "key_stage": stage}
                         for school, stage in report.left_out],
            "warnings": [str(w) for w in report.warnings]}
