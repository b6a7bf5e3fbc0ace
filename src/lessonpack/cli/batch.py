"""``lessonpack batch MANIFEST``: build many packs, in parallel, optionally one shard of them.

Progress goes to stderr: a bar on a terminal, one line per file otherwise (logs, CI), nothing
but problems with ``--quiet``. Exit codes are set in ``cli.app.main`` like every command's.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from lessonpack.build.shard import parse_shard
from lessonpack.cli.options import (
    FORCE_OPTION,
    JOBS_OPTION,
    QUIET_OPTION,
    debug_asked,
    shard_option,
)
from lessonpack.cli.options import err as _err
from lessonpack.io.paths import display_path

if TYPE_CHECKING:
    from lessonpack.api import BuildReport as Report
    from lessonpack.api import PackOutcome


def colour_wanted() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return not os.environ.get("NO_COLOR") and sys.stderr.isatty()


class Progress:
    """A bar on a terminal; otherwise one line per file as each pack finishes."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.bar: Any = None
        self.held: list[str] = []  # problems seen while the bar is drawn, printed after it

    def start(self, total: int) -> None:
        if not self.quiet and total and sys.stderr.isatty():
            self.bar = click.progressbar(length=total, label="Building packs", file=sys.stderr,
                                         color=colour_wanted(), show_pos=True,
                                         item_show_func=lambda key: key)
            self.bar.__enter__()

    def done(self, result: PackOutcome) -> None:
        problems = [str(p) for p in result.write.problems]
        if self.bar is not None:
            self.bar.update(1, result.folder)
            self.held += problems
            return
        if not self.quiet:
            for path in result.write.written:
                _err(f"wrote {display_path(path)}")
            for path in result.write.unchanged:
                _err(f"unchanged {display_path(path)}")
        for line in problems:
            _err(line)

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
        for line in self.held:
            _err(line)


def _paint(text: str, colour: str) -> str:
    return click.style(text, fg=colour) if colour_wanted() else text


def _summary(report: Report, quiet: bool) -> int:
    for line in [*report.refused, *report.run_problems, *report.manifest_write.problems]:
        _err(str(line))
    if report.write_problems:
        kept = "" if report.manifest_write.problems else "; the run manifest was not written"
        _err(_paint(f"{len(report.write_problems)} problem(s); existing files were kept{kept}",
                    "red"))
        return report.exit_code
    # A key stage left out (LP147) said in its own line what was and was not built: the rest
    # is written, the run manifest is not (the run is not what it asked), and the exit code
    # is 1 only where nothing was built for that school.
    if not quiet and (report.results or not report.refused):
        written = sum(len(w.written) for w in report.writes)
        unchanged = sum(len(w.unchanged) for w in report.writes)
        shard = f" (shard {report.shard} of {report.total_jobs} packs)" if report.shard else ""
        where = display_path(report.manifest) if report.manifest else "not written"
        _err(_paint(f"done: {len(report.results)} pack(s){shard}, {written} file(s) written, "
                    f"{unchanged} unchanged; manifest {where}",
                    "yellow" if report.left_out else "green"))
    return report.exit_code


@click.command()
@click.argument("manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@JOBS_OPTION
@shard_option("Build only the K-th of N disjoint slices, e.g. 2/4 (for CI matrices).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Output root instead of the manifest's out: (relative to here).")
@FORCE_OPTION
@QUIET_OPTION
def batch(manifest: Path, jobs: int | None, shard: str | None, out_dir: Path | None,
          force: bool, quiet: bool) -> int:
    """Build every pack a YAML manifest lists (topics, audiences, brands, templates).

    \b
    Relative paths in MANIFEST start from its folder. Writes manifest.json
    (manifest-K-of-N.json for a shard) with every file's sha256 in the output root.
    Example: lessonpack batch examples/packs.yml --jobs 2
    """
    from lessonpack import api, doors

    chosen = parse_shard(shard)  # before loading anything: a typo is a quick usage error
    progress = Progress(quiet)
    try:
        report = api.batch(manifest, out=out_dir, on_start=progress.start,
                           on_result=progress.done, jobs=jobs or doors.default_jobs(),
                           shard=chosen, force=force, debug=debug_asked(),
                           owns_process=True, stated_time=api.source_date_epoch(os.environ),
                           page_layout=api.page_layout_wanted(os.environ))
    finally:
        progress.finish()
    for brief in report.briefs:  # visit briefs: files at the root, written after the packs
        progress.done(api.PackOutcome(brief.name, brief.write))
    for warning in report.warnings:
        _err(str(warning))
    if not quiet:
        for note in report.notes:
            _err(f"note: {note}")
    return _summary(report, quiet)
