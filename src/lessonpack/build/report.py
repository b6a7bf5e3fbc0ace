"""What a build did, and the exit code that follows from it (as Black's ``Report``).

One report for ``lessonpack build``, ``lessonpack batch`` and the web page: each pack's
result (its folder, the files written, kept or unchanged, its problems), warnings, notes on
trainers' templates, the layout each slide kind uses, and problems that belong to the run
rather than one pack (LibreOffice failing before it made any PDF, the run manifest).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lessonpack.errors import EXIT_OK, EXIT_USER, Problem
from lessonpack.io.writer import WriteResult

if TYPE_CHECKING:
    from lessonpack.build.parallel import FileRecord, JobResult
    from lessonpack.build.shard import Shard


@dataclass(frozen=True)
class PackOutcome:
    """One pack of a build as a library caller sees it: its folder, relative to the
    build's output root ("live-streaming-ks2"; "oakfield/live-streaming-ks2" for a batch
    entry with out: oakfield), and what happened to its files. Not the plan it was built
    from: the plan models change with the layouts, and a caller's code should not."""

    folder: str
    write: WriteResult


@dataclass(frozen=True)
class BriefResult:
    """One visit day's brief written at the output root (build/visit_briefs): a file, not a
    pack. ``name`` is relative to the output root; ``record`` is its run manifest line."""

    name: str
    write: WriteResult
    record: FileRecord


@dataclass
class Report:
    root: Path = Path("out")
    shard: Shard | None = None
    results: list[JobResult] = field(default_factory=list)  # the packs'
    # Visit days' briefs, files at the output root: no pack's (build/visit_briefs).
    briefs: list[BriefResult] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # e.g. low contrast, when allowed
    notes: list[str] = field(default_factory=list)  # what was done to a trainer's template
    layouts: list[str] = field(default_factory=list)  # layout used per slide kind (--verbose)
    run_problems: list[Problem] = field(default_factory=list)  # of no one pack
    # Packs not built because the school file does not teach their key stage (LP147), where
    # nothing was built for that school: the build fails (exit 1). Beside a pack built for
    # the school, the line is a warning instead (build/school_fit).
    refused: list[Problem] = field(default_factory=list)
    # Each school file and key stage asked for and not built (LP147, an error or a warning):
    # what a script reads (``--json``'s "left_out") to notice a build that exited 0 without
    # every pack it asked for; no run manifest is written for such a run.
    left_out: list[tuple[str, str]] = field(default_factory=list)
    manifest: Path | None = None  # the run manifest's path, once written or unchanged
    manifest_write: WriteResult = field(default_factory=WriteResult)
    total_jobs: int = 0  # in the whole request, before sharding

    @property
    def packs(self) -> list[PackOutcome]:
        return [r.outcome for r in self.results]

    @property
    def writes(self) -> list[WriteResult]:
        """What each pack, then each brief, wrote, kept or left unchanged."""
        return [r.write for r in self.results] + [b.write for b in self.briefs]

    @property
    def problems(self) -> list[Problem]:
        return self.refused + self.write_problems

    @property
    def write_problems(self) -> list[Problem]:
        """The problems that kept a file or the run manifest from being written (a pack
        refused before it was built is not one)."""
        return once_per_cause([p for w in self.writes for p in w.problems] + self.run_problems
                              + self.manifest_write.problems)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def exit_code(self) -> int:
        """1 when a problem the user can fix kept a file from being written or a pack from
        being built, else 0; warnings never fail a build."""
        return EXIT_USER if self.problems else EXIT_OK


def once_per_cause(problems: list[Problem]) -> list[Problem]:
    """Problems with each shared cause said once (``Problem.cause``: a full disk or a folder
    that refuses writing fails every pack of a build the same way, and one line naming the
    first file says it); a problem of its own file (a folder in the way of one file) stays."""
    said: set[tuple[str, str]] = set()
    kept: list[Problem] = []
    for problem in problems:
        if problem.cause:
            if (problem.code, problem.cause) in said:
                continue
            said.add((problem.code, problem.cause))
        kept.append(problem)
    return kept
