"""The files a build will write, read from its plan, for tests that compare a build's output.

A guard test that counts files stops on the count whenever a pack gains a document on
purpose, before it compares a byte; the plan says which files there are, so such a test
compares against it instead and keeps comparing bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lessonpack import api
from lessonpack.build.batch import plan_batch, read_manifest
from lessonpack.build.request import BuildRequest
from lessonpack.build.run import RunPlan, plan
from lessonpack.plan.pack import plan_pack


def planned_files(run_plan: RunPlan) -> set[str]:
    """Every office file ``run_plan`` writes, relative to its output root with forward
    slashes: each job's decks and documents in its formats, and the visit days' briefs."""
    index = run_plan.index
    names = {brief.name for brief in run_plan.briefs}
    for job in run_plan.jobs:
        if not job.keep_office:
            continue  # its office files go to a scratch folder, only the PDFs stay
        pack = plan_pack(index.items[job.item_id].item, index.facts,
                         run_plan.looks[job.look].brand, index.pictures)
        folder = f"{job.prefix}/{pack.folder}" if job.prefix else pack.folder
        names |= {f"{folder}/{f.filename}" for f in (*pack.decks, *pack.documents)
                  if Path(f.filename).suffix.lstrip(".") in job.formats}
    return names


def planned_for(**packs: Any) -> set[str]:
    """The files ``lessonpack build`` writes for one pack request made by ``api.pack``
    (``audiences``, ``brand``…), at an output root of "."."""
    request = BuildRequest(packs=(api.pack(**packs),), out=Path("."))
    return planned_files(plan(request))


def planned_batch(manifest: Path) -> set[str]:
    """The files ``lessonpack batch manifest`` writes, besides its manifest.json."""
    return planned_files(plan_batch(read_manifest(manifest)))
