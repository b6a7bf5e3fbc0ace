"""Renders and writes packs, in this process or in a pool of worker processes.

Rendering is CPU-bound pure Python, so threads would not help; processes do. Where the
``fork`` start method exists the parent loads the content index, brands and templates once and
the workers inherit them (and the imported python-pptx/python-docx) for free. Elsewhere
(Windows, or when asked) workers ``spawn`` and rebuild that state from a small recipe. Each
worker renders and writes its own packs, so file bytes never cross a pipe; only what was
written, with sha256 and size, comes back, pack by pack.

Packs are dealt so that each worker builds every pack of as few lessons as the balance
allows (``deal``): a worker's second pack of a lesson, for another school, reuses the slides
of its first (render.slide_cache), while the first costs twice as much. A worker that runs
out of its own packs takes the others' last ones, so a slow worker never holds up the run.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import os
import pickle
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lessonpack.build import print_pages
from lessonpack.build.defaults import OFFICE_FORMATS
from lessonpack.build.look import PackLook, document_files, render_decks
from lessonpack.build.report import PackOutcome
from lessonpack.content.loader import ContentIndex
from lessonpack.content.model import Lesson, ParentSession
from lessonpack.errors import InternalError, Problem, UserError
from lessonpack.io.paths import display_path
from lessonpack.io.templates import tracebacks_shown
from lessonpack.io.writer import WriteResult, write_files
from lessonpack.kinds import registry
from lessonpack.plan.model import PackPlan
from lessonpack.plan.pack import plan_pack

# For tests and for checking the Windows/macOS code path on Linux: "fork" or "spawn".
START_METHOD_ENV = "LESSONPACK_START_METHOD"
# ProcessPoolExecutor refuses more than 61 workers on Windows (a WaitForMultipleObjects limit).
_MAX_WORKERS = 61 if sys.platform == "win32" else 1024


@dataclass(frozen=True)
class PackJob:
    """One pack to build: a content item, drawn with one look, into ``root/prefix``."""

    key: str  # the pack's folder relative to ``root``: unique and stable, used for shards
    item_id: str
    look: int  # index into State.looks
    root: Path
    prefix: str = ""  # folder under ``root`` holding the pack folder ("" = root itself)
    formats: tuple[str, ...] = OFFICE_FORMATS  # the office files to build
    pdf: bool = False  # PDFs of them too (made after all packs: lessonpack.build.batch_pdf)
    keep_office: bool = True  # False: PDFs only; the office files go to a scratch folder


@dataclass(frozen=True)
class FileRecord:
    path: str  # relative to the run's root, with forward slashes
    sha256: str
    size: int


@dataclass
class JobResult:
    key: str
    plan: PackPlan
    write: WriteResult
    files: list[FileRecord] = field(default_factory=list)  # of the bytes built, all of them
    warnings: list[Problem] = field(default_factory=list)

    @property
    def outcome(self) -> PackOutcome:
        """What the api shows of it (build.report.PackOutcome)."""
        return PackOutcome(self.key, self.write)


@dataclass
class State:
    """What every job needs and no job changes: loaded once per run (once per worker at most)."""

    index: ContentIndex | None  # None only in the recipe a spawned worker loads it from
    looks: Sequence[PackLook]
    force: bool = False
    content_dirs: tuple[Path, ...] = ()
    debug: bool = False  # BuildRequest.debug
    owns_process: bool = False  # BuildRequest.owns_process
    stated_time: dt.datetime | None = None  # BuildRequest.stated_time: the files' dates
    page_layout: bool = False  # BuildRequest.page_layout: store the laid-out print range
    scratch: Path | None = None  # BuildRequest.scratch: where LibreOffice's files go


# Worker processes only (a pool's worker runs for one run, so these are that run's): the
# state its jobs run against, set by ``_init_worker``; where finished packs go; which packs
# some worker has taken. A build in this process passes its state along instead, so threads
# may build at once.
_STATE: State | None = None
_BUSY = False  # a worker is rendering or writing a pack
_PARENT_GONE = False  # a worker's parent died: take no more packs
_RESULTS: Any = None
_TAKEN: Any = None


def run_job(job: PackJob, state: State) -> JobResult:
    index = state.index
    if index is None:  # pragma: no cover - _init_worker loads it before a worker's first job
        raise InternalError("a spawned worker took a pack before loading the content")
    item = index.items[job.item_id].item
    look = state.looks[job.look]
    warnings: list[Problem] = []
    prefix = f"{job.prefix}/" if job.prefix else ""
    try:
        with tracebacks_shown(state.debug):
            plan, files = _rendered(item, index, look, job.formats, warnings,
                                    state.stated_time)
            if state.page_layout:
                # Before writing: a rebuild finds the same bytes, the page stored again.
                files = print_pages.with_pages(files, state.scratch)
            files = [(prefix + name, data) for name, data in files]
    except UserError as exc:
        # Reported like any other problem of this pack; a raised UserError would not survive
        # pickling back from a worker with its problems intact. The plan (planning raised no
        # UserError, only the drawing did) is made again: the result carries it either way.
        return JobResult(job.key, _planned(item, index, look, job.formats, frozenset()),
                         WriteResult(problems=exc.problems))
    result = write_files(job.root, files, force=state.force)
    records = [FileRecord(name, hashlib.sha256(data).hexdigest(), len(data))
               for name, data in files]
    # Render warnings name files relative to the pack's parent: named from the output folder
    # (as the "wrote" lines are), so warnings of runs into several folders tell apart.
    warnings = [replace(w, file=display_path(job.root / (prefix + w.file))) for w in warnings]
    return JobResult(job.key, plan, result, records, warnings)


def _rendered(item: Lesson | ParentSession, index: ContentIndex, look: PackLook,
              formats: tuple[str, ...], warnings: list[Problem], stated: dt.datetime | None
              ) -> tuple[PackPlan, list[tuple[str, bytes]]]:
    """The pack planned and rendered. A deck whose slides' text did not fit at 18 pt (a 4:3
    template in a wide serif face: KS4's timeline) is planned again with those slides split,
    and drawn again, until it fits; the documents are drawn once, from the plan of the deck
    as drawn, so the lesson plan's slide numbers and ranges follow it. Only such a deck is
    drawn twice, and never its documents."""
    split: frozenset[str] = frozenset()
    while True:
        plan = _planned(item, index, look, formats, split)
        crowded: set[str] = set()
        said: list[Problem] = []
        decks = render_decks(plan, look, stated, warnings=said, crowded=crowded)
        more = split_names(plan, crowded) - split
        if not more:
            warnings += said
            return plan, [*decks, *document_files(plan, look, stated)]
        split |= more


def split_names(plan: PackPlan, crowded: set[str]) -> frozenset[str]:
    """The names the crowded slides (by title) are planned again under, split: each
    splittable slide's (``SlideKind.splittable``) ``split_as``, or its title."""
    return frozenset(s.split_as.title if s.split_as else s.title
                     for deck in plan.decks for s in deck.slides
                     if s.title in crowded and registry.kind_of(s).splittable)


def _planned(item: Lesson | ParentSession, index: ContentIndex, look: PackLook,
             formats: tuple[str, ...], split: frozenset[str]) -> PackPlan:
    """The pack's plan with the slides named in ``split`` over two slides, holding only the
    formats asked for (dropped before rendering, not after: rendering is the cost)."""
    plan = plan_pack(item, index.facts, look.brand, index.pictures, split)
    if formats != OFFICE_FORMATS:
        plan = replace(plan, decks=plan.decks if "pptx" in formats else (),
                       documents=plan.documents if "docx" in formats else ())
    return plan


def deal(jobs: Sequence[PackJob], workers: int) -> list[list[int]]:
    """Job indices per worker: the packs of one lesson go to one worker, largest lessons
    first to the least loaded worker, split only where a worker would get more than its
    share; in manifest order within each worker."""
    lessons: dict[str, list[int]] = {}
    for i, job in enumerate(jobs):
        lessons.setdefault(job.item_id, []).append(i)
    share = -(-len(jobs) // workers)
    queues: list[list[int]] = [[] for _ in range(workers)]
    for packs in sorted(lessons.values(), key=len, reverse=True):
        while packs:
            worker = min(range(workers), key=lambda w: len(queues[w]))
            room = max(1, share - len(queues[worker]))
            queues[worker] += packs[:room]
            packs = packs[room:]
    return [sorted(q) for q in queues]


def _order(queues: list[list[int]], worker: int) -> list[int]:
    """A worker's own packs, then the others' from their ends (what they would do last)."""
    others = [queues[(worker + k) % len(queues)] for k in range(1, len(queues))]
    return queues[worker] + [i for q in others for i in reversed(q)]


def _take(index: int) -> bool:
    with _TAKEN.get_lock():
        if _TAKEN[index]:
            return False
        _TAKEN[index] = 1
        return True


def run_queue(order: list[int], jobs: Sequence[PackJob]) -> int:
    """In a worker: build each pack of ``order`` that no worker has taken yet, sending each
    result to the parent as it is done; returns how many were sent."""
    global _BUSY
    state = _STATE
    if state is None:  # pragma: no cover - a bug in how the pool was set up
        raise InternalError("worker has no build state")
    sent = 0
    for index in order:
        if _PARENT_GONE:
            break
        if _take(index):
            _BUSY = True
            try:
                result = run_job(jobs[index], state)
            finally:
                _BUSY = False
            # Pickled here, not in the queue's feeder thread, where a failure would only be
            # printed and the result lost; a failure here fails the task, which the parent
            # sees.
            _RESULTS.put(pickle.dumps((index, result)))
            sent += 1
    return sent


def _init_worker(state: State, results: Any, taken: Any) -> None:
    global _STATE, _RESULTS, _TAKEN
    _RESULTS, _TAKEN = results, taken
    # A worker may leave before the parent reads all it sent: when the parent stops a run
    # (Ctrl-C, a bug, a stop signal) it no longer reads, and a result bigger than the pipe's
    # buffer would otherwise hold the worker, and the parent waiting for it, for ever. In a
    # run that ends well the parent reads everything before the workers are told to leave.
    results.cancel_join_thread()
    import threading

    threading.Thread(target=_exit_with_parent, daemon=True).start()
    if state.index is not None:  # forked: the parent's, index and caches included
        _STATE = state
        return
    from lessonpack.content.loader import load_content

    _STATE = replace(state, index=load_content(list(state.content_dirs)))


def _exit_with_parent() -> None:
    """Stop this worker when the parent dies (killed outright, say), once its current pack is
    written. Without this a pool's workers wait for work forever as orphans: they hold the
    write end of their own task pipe, so they never see it close."""
    import multiprocessing.connection

    parent = multiprocessing.parent_process()
    if parent is None:  # pragma: no cover - always set in a pool worker
        return
    multiprocessing.connection.wait([parent.sentinel])
    global _PARENT_GONE
    _PARENT_GONE = True
    while _BUSY:
        time.sleep(0.05)
    os._exit(1)


def default_workers() -> int:
    # CPUs this process may use (a container's or taskset's limit), not the machine's count.
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def start_method(requested: str | None = None) -> str:
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    wanted = requested or os.environ.get(START_METHOD_ENV) or (
        "fork" if "fork" in methods else "spawn")
    if wanted not in methods:
        raise ValueError(f"start method {wanted!r} is not available here ({', '.join(methods)})")
    return wanted


def warm_caches(looks: Sequence[PackLook]) -> None:
    """Import the renderers and find the fonts now, in the parent, so forked workers start
    with them instead of each paying for them."""
    import importlib

    from lessonpack.check.measure import font_path
    from lessonpack.io.templates import template_bytes

    for module in ("lessonpack.render.docx", "lessonpack.render.pptx"):
        importlib.import_module(module)
    for look in looks:
        for path in (look.templates.deck, look.templates.document):
            template_bytes(path)
        for family in {look.brand.heading_font, look.brand.body_font}:
            font_path(family, False)
            font_path(family, True)


def run_jobs(jobs: Sequence[PackJob], state: State, *, workers: int = 1,
             on_result: Callable[[JobResult], None] | None = None,
             method: str | None = None) -> list[JobResult]:
    """Run every job; results come back in ``jobs`` order, ``on_result`` sees them as they
    finish. ``workers`` 1 (or a single job) runs here, without a pool."""
    results: dict[int, JobResult] = {}

    def finished(i: int, result: JobResult) -> None:
        results[i] = result
        if on_result is not None:
            on_result(result)

    workers = max(1, min(workers, len(jobs), _MAX_WORKERS))
    if workers == 1:
        for i, job in enumerate(jobs):
            finished(i, run_job(job, state))
    else:
        _run_pool(jobs, state, workers, method, finished)
    return [results[i] for i in range(len(jobs))]


def _run_pool(jobs: Sequence[PackJob], state: State, workers: int, method: str | None,
              finished: Callable[[int, JobResult], None]) -> None:
    # Imported here: a build in one process (a single pack, say) never needs them.
    import multiprocessing
    import queue
    from concurrent.futures import ProcessPoolExecutor

    warm_caches(state.looks)
    context = multiprocessing.get_context(start_method(method))
    # Forked workers get the state itself (inherited with the process, never pickled).
    # Spawned ones get it without the index and load that from the content folders, exactly
    # as a fresh lessonpack would.
    spawned = context.get_start_method() != "fork"
    recipe = replace(state, index=None) if spawned else state
    results = context.Queue()
    taken = context.Array("b", len(jobs))
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                               initargs=(recipe, results, taken))
    queues = deal(jobs, workers)
    frozen = not spawned and state.owns_process
    if frozen:
        # What the parent holds (content, templates, the imported libraries) moves out of
        # the collector's reach, so collections in a forked worker never write to those
        # pages and force its own copy of them (Python's advice for fork; 5 % of a batch).
        gc.freeze()
    try:
        tasks = [pool.submit(run_queue, _order(queues, w), list(jobs)) for w in range(workers)]
        received, idle_since = 0, None
        while received < len(jobs):
            try:
                index, result = pickle.loads(results.get(timeout=0.2))
            except queue.Empty:
                idle_since = _check_workers(tasks, received, idle_since)
                continue
            idle_since = None
            finished(index, result)
            received += 1
    except BaseException:
        # Ctrl-C, a stop signal or a bug in one pack: no worker takes another pack; each
        # finishes the one it is writing (or dies of the same signal). Waiting here, not at
        # interpreter exit, also keeps concurrent.futures' exit hook from writing to a pipe
        # it has already closed.
        with taken.get_lock():
            taken[:] = b"\x01" * len(jobs)
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        if frozen:
            gc.unfreeze()
    pool.shutdown()


def _check_workers(tasks: list[Any], received: int, idle_since: float | None
                   ) -> float | None:
    """Raise what a worker raised, or that packs went missing when every worker has returned
    and nothing more arrived for a while (which would be a bug); returns since when every
    worker has been done, or None."""
    for task in tasks:
        if task.done() and task.exception() is not None:
            raise task.exception()
    if not all(task.done() for task in tasks):
        return None
    now = time.monotonic()
    if received >= sum(t.result() for t in tasks) or (idle_since and now - idle_since > 10):
        raise InternalError(f"the workers stopped with {received} packs built")
    return idle_since or now
