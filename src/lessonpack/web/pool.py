"""A bounded pool of build workers for the web server.

- At most ``size`` builds run at once, one per worker process; further requests wait in
  line, at most ``queue_limit`` of them and for at most ``queue_timeout`` seconds (then the
  page says the server is busy), so a slow build cannot starve the rest.
- A build that takes longer than its time limit, or whose request goes away (the browser
  disconnected), has its worker killed with everything it started; the request gets an error
  and a fresh worker takes the place.
- A worker that dies mid-build (out of memory, a signal) fails only its own request: it talks
  over pipes of its own, so its death is an end-of-file there and nowhere else.
- Workers are plain subprocesses (``python -m lessonpack.web.worker``): nothing of the
  server (its threads, sockets, event loop) is copied into them, on every system.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pickle
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lessonpack.errors import expect
from lessonpack.web.worker import read_frame, write_frame


class BuildError(Exception):
    """A build that produced no answer; ``status`` is the HTTP status the page returns."""

    status = 500


class BusyError(BuildError):
    status = 503


class TimedOutError(BuildError):
    status = 504


class WorkerLostError(BuildError):
    status = 500


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    jobs: int = 0

    def call(self, job: Any, workdir: Path) -> tuple[str, Any]:
        """Send one job and wait for its answer (in a thread: this blocks)."""
        stdin = expect(self.process.stdin, "the worker's stdin (opened as a pipe)")
        stdout = expect(self.process.stdout, "the worker's stdout (opened as a pipe)")
        try:
            write_frame(stdin, (job, str(workdir)))
            return pickle.loads(read_frame(stdout))
        except (EOFError, OSError, pickle.UnpicklingError, ValueError):
            return ("lost", None)

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        """Stop the worker and whatever it started (LibreOffice), at once."""
        if hasattr(os, "killpg"):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)  # it leads its own session
        with contextlib.suppress(OSError):
            self.process.kill()

    def close(self) -> None:
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                if stream is not None:
                    stream.close()  # the worker sees end-of-file and leaves
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            self.process.wait(timeout=5)


class BuildPool:
    def __init__(self, size: int, *, timeout: float, queue_limit: int, queue_timeout: float,
                 max_jobs: int = 200) -> None:
        self.size = size
        self.timeout = timeout
        self.queue_limit = queue_limit
        self.queue_timeout = queue_timeout
        self.max_jobs = max_jobs
        # Threads that wait on workers' pipes (one per running build), start and stop them.
        self._threads = ThreadPoolExecutor(max_workers=2 * size + 2,
                                           thread_name_prefix="lessonpack-build")
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._workers: list[_Worker] = []
        self._waiting = 0
        self._started = False

    # ----------------------------------------------------------------- life cycle

    async def start(self) -> None:
        if self._started:
            return
        self._started = True
        loop = asyncio.get_running_loop()
        for _ in range(self.size):
            self._idle.put_nowait(await loop.run_in_executor(self._threads, self._spawn))

    def _spawn(self) -> _Worker:
        extra: dict[str, Any] = {"start_new_session": True} if os.name == "posix" else \
            {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
        process = subprocess.Popen(
            [sys.executable, "-m", "lessonpack.web.worker", str(self.max_jobs)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, **extra)
        worker = _Worker(process)
        self._workers.append(worker)
        return worker

    async def close(self) -> None:
        workers, self._workers = self._workers, []
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(None, w.close) for w in workers))
        self._threads.shutdown(wait=False, cancel_futures=True)

    @property
    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers]

    @property
    def busy(self) -> int:
        return self.size - self._idle.qsize()

    # ----------------------------------------------------------------- running jobs

    async def run(self, job: Any, workdir: Path, *, timeout: float | None = None) -> Any:
        """The job's outcome, from the next free worker. Raises BusyError when too many
        requests wait, TimedOutError past the time limit, WorkerLostError when the worker
        died."""
        await self.start()
        try:
            worker = self._idle.get_nowait()
        except asyncio.QueueEmpty:
            worker = await self._wait_for_worker()
        try:
            if not worker.alive():  # died while idle: this request is not to blame
                self._retire(worker)
                worker = await self._replace()
            return await self._run_on(worker, job, workdir, timeout or self.timeout)
        finally:
            self._idle.put_nowait(worker if worker in self._workers else
                                  await self._replace())

    async def _wait_for_worker(self) -> _Worker:
        busy = "the server is busy building other packs; try again in a minute"
        if self._waiting >= self.queue_limit:
            raise BusyError(busy)
        self._waiting += 1
        try:
            return await asyncio.wait_for(self._idle.get(), self.queue_timeout)
        except asyncio.TimeoutError:
            raise BusyError(busy) from None
        finally:
            self._waiting -= 1

    async def _run_on(self, worker: _Worker, job: Any, workdir: Path, limit: float) -> Any:
        loop = asyncio.get_running_loop()
        answer = loop.run_in_executor(self._threads, worker.call, job, workdir)
        try:
            status, value = await asyncio.wait_for(asyncio.shield(answer), limit)
        except (asyncio.TimeoutError, asyncio.CancelledError) as exc:
            # Too slow, or nobody is waiting for the answer any more: stop it now, so its
            # CPU goes to the requests still waiting; the thread sees end-of-file and ends.
            worker.kill()
            with contextlib.suppress(Exception):
                await asyncio.shield(answer)
            self._retire(worker)
            if isinstance(exc, asyncio.CancelledError):
                raise
            raise TimedOutError(f"building took longer than {limit:g} seconds and was "
                                "stopped; try again, or without PDFs") from None
        worker.jobs += 1
        if status == "lost":
            self._retire(worker)
            raise WorkerLostError("the build stopped unexpectedly (its worker process "
                                  "ended); nothing was kept; try again")
        if status == "bug":
            raise BuildError(f"internal error: {value} (this is a bug in lessonpack)")
        if worker.jobs >= self.max_jobs:
            self._retire(worker)  # it leaves by itself after this many jobs
        return value

    def _retire(self, worker: _Worker) -> None:
        if worker in self._workers:
            self._workers.remove(worker)
        self._threads.submit(worker.close)

    async def _replace(self) -> _Worker:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, self._spawn)
