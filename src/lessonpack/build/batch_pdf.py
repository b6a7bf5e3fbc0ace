"""PDFs in a batch: ``formats: [pdf]`` (PDFs only) or with pptx/docx (both).

The packs are built first, as any others; the PDFs of every pack that wants them are then made
in one LibreOffice run (starting it costs seconds) and written pack by pack with the usual
rules, so one edited PDF keeps only its own pack's PDFs. A pack that wants PDFs only is built
into a scratch folder, and its run-manifest entries and progress lines are its PDFs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from lessonpack.build.parallel import FileRecord, JobResult, PackJob
from lessonpack.build.pdf import make_pdfs
from lessonpack.errors import Problem, UserError
from lessonpack.io.writer import write_files


def add_pdfs(results: Sequence[JobResult], jobs: dict[str, PackJob], root: Path, *,
             force: bool, stated: dt.datetime | None, scratch: Path | None = None
             ) -> list[Problem]:
    """Make and write the PDFs of ``results`` (packs whose jobs ask for them) under
    ``root``, dated ``stated`` (the request's stated time), recording them in each result
    as its pack's files. A file LibreOffice could not convert is a problem of the pack it
    belongs to; what stops every conversion (LibreOffice failing to start or finish) is
    returned, as the run's."""
    sources: list[tuple[Path, str]] = []
    owners: list[JobResult] = []
    for result in results:
        job = jobs[result.key]
        for record in result.files:
            sources.append((job.root / record.path,
                            str(PurePosixPath(record.path).with_suffix(".pdf"))))
            owners.append(result)
    for result in results:
        if not jobs[result.key].keep_office:  # its office files are in the scratch folder
            result.files = []
            result.write.written.clear()
            result.write.unchanged.clear()
    try:
        made = make_pdfs(sources, stated=stated, scratch=scratch)
    except UserError as exc:  # the PDFs are missing, and the packs (or the run) say so
        owner_of = {target: owner for (_source, target), owner in zip(sources, owners,
                                                                      strict=True)}
        run: list[Problem] = []
        for problem in exc.problems:
            owner = owner_of.get(problem.file)
            (owner.write.problems if owner is not None else run).append(problem)
        return run
    for result in results:
        pdfs = [(name, data) for (name, data), owner in zip(made, owners, strict=True)
                if owner is result]
        written = write_files(root, pdfs, force=force)
        result.write.written += written.written
        result.write.unchanged += written.unchanged
        result.write.kept += written.kept
        result.write.problems += written.problems
        result.files += [FileRecord(name, hashlib.sha256(data).hexdigest(), len(data))
                         for name, data in pdfs]
    return []
