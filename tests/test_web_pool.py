"""The web server's build pool: a killed worker fails only its own request and is replaced, a
build past its time limit is stopped, a full line says busy, and a browser that goes away
stops its build. Nothing of any of these requests is left on disk."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest

import web_support  # noqa: F401  (skips without the web extra)
from lessonpack.web.adapter import Job, Outcome
from lessonpack.web.pool import BuildPool, BusyError, TimedOutError, WorkerLostError
from lessonpack.web.server import ClientGoneError, Web
from lessonpack.web.settings import Settings

PACK = Job("pack", audience="ks4", brand_yaml=b"org_name: Riverside Academy\n")


@pytest.fixture(autouse=True)
def _own_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Workers inherit this TMPDIR: whatever they would leave in a temporary folder shows."""
    scratch = tmp_path / "system-tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    return scratch


def workdir(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.mkdir()
    return path


def test_a_worker_killed_mid_build_fails_only_its_own_request(tmp_path: Path,
                                                              _own_tmp: Path) -> None:
    async def scenario() -> None:
        pool = BuildPool(2, timeout=120, queue_limit=10, queue_timeout=60)
        await pool.start()
        try:
            first = asyncio.ensure_future(pool.run(PACK, workdir(tmp_path, "a")))
            second = asyncio.ensure_future(pool.run(PACK, workdir(tmp_path, "b")))
            while pool.busy < 2:
                await asyncio.sleep(0.001)
            victim = pool.pids[0]
            os.kill(victim, signal.SIGKILL)
            results = await asyncio.gather(first, second, return_exceptions=True)
            lost = [r for r in results if isinstance(r, WorkerLostError)]
            built = [r for r in results if isinstance(r, Outcome)]
            assert len(lost) == 1 and len(built) == 1, results
            assert built[0].zip_bytes[:2] == b"PK" and not built[0].problems
            # The pool recovered: two live workers, the dead one gone, and builds work.
            assert len(pool.pids) == 2 and victim not in pool.pids
            again = await asyncio.gather(*(pool.run(PACK, workdir(tmp_path, f"c{i}"))
                                           for i in range(3)))
            assert all(r.zip_bytes[:2] == b"PK" for r in again)
        finally:
            await pool.close()

    asyncio.run(scenario())


def test_a_build_past_its_time_limit_is_stopped_and_replaced(tmp_path: Path) -> None:
    async def scenario() -> None:
        pool = BuildPool(1, timeout=120, queue_limit=10, queue_timeout=60)
        await pool.start()
        try:
            before = pool.pids[0]
            with pytest.raises(TimedOutError, match=r"longer than 0\.01 seconds"):
                await pool.run(PACK, workdir(tmp_path, "slow"), timeout=0.01)
            await asyncio.sleep(0.2)
            with pytest.raises(ProcessLookupError):
                os.kill(before, 0)  # the slow worker is gone
            done = await pool.run(PACK, workdir(tmp_path, "next"))
            assert done.zip_bytes[:2] == b"PK" and pool.pids != [before]
        finally:
            await pool.close()

    asyncio.run(scenario())


def test_a_full_line_is_told_the_server_is_busy(tmp_path: Path) -> None:
    async def scenario() -> None:
        pool = BuildPool(1, timeout=120, queue_limit=1, queue_timeout=60)
        await pool.start()
        try:
            tasks = [asyncio.ensure_future(pool.run(PACK, workdir(tmp_path, f"q{i}")))
                     for i in range(3)]
            results = await asyncio.gather(*tasks, return_exceptions=True)
            assert isinstance(results[2], BusyError) and results[2].status == 503
            assert all(isinstance(r, Outcome) for r in results[:2])
        finally:
            await pool.close()

    asyncio.run(scenario())


class _LeavingBrowser:
    """A request whose browser disconnects while its pack is being built."""

    async def receive(self) -> dict[str, str]:
        await asyncio.sleep(0.05)
        return {"type": "http.disconnect"}


def test_a_browser_that_leaves_stops_its_build_and_nothing_is_kept(tmp_path: Path,
                                                                   _own_tmp: Path) -> None:
    async def scenario() -> None:
        web = Web(Settings(builders=1, temp_root=tmp_path / "web"))
        await web.start()
        try:
            before = list(web.pool.pids)
            with pytest.raises(ClientGoneError):
                await web.run(PACK, _LeavingBrowser())  # type: ignore[arg-type]
            assert web.root is not None and list(web.root.iterdir()) == []
            assert web.pool.pids != before  # the abandoned build's worker was stopped
            done = await web.run(PACK, None)
            assert done.zip_bytes[:2] == b"PK"
        finally:
            await web.stop()
        assert not (tmp_path / "web").exists() or list((tmp_path / "web").iterdir()) == []

    asyncio.run(scenario())
    assert list(_own_tmp.iterdir()) == []  # no worker left a temporary file behind


def test_a_server_killed_outright_leaves_nothing_once_the_next_one_starts(tmp_path: Path) -> None:
    base = tmp_path / "web"
    dead = subprocess_pid_that_has_ended()
    stale = base / f"lessonpack-web-{dead}-abc123" / "0123abcd"
    stale.mkdir(parents=True)
    (stale / "brand.yml").write_text("org_name: Oakfield\n")
    alive = base / f"lessonpack-web-{os.getpid()}-def456"
    alive.mkdir()

    async def scenario() -> None:
        web = Web(Settings(builders=1, temp_root=base))
        await web.start()
        await web.stop()

    asyncio.run(scenario())
    assert not stale.parent.exists() and alive.exists()


def subprocess_pid_that_has_ended() -> int:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


@pytest.mark.integration  # run_job builds the pack
def test_a_job_keeps_its_temporary_files_in_its_folder_and_changes_nothing_else(
        tmp_path: Path, _own_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build's temporary folders are made in the job's own folder, passed with the build
    request: the process's TMPDIR and tempfile.tempdir stay as they are (threads of a host
    program, or another job, see no change)."""
    import tempfile

    from lessonpack.web.adapter import run_job

    made: list[tuple[object, str | None, str | None]] = []
    real = tempfile.TemporaryDirectory

    def spy(*args: object, **kwargs: object) -> object:
        made.append((kwargs.get("dir"), os.environ.get("TMPDIR"), tempfile.tempdir))
        return real(*args, **kwargs)  # type: ignore[call-overload]

    before = tempfile.tempdir
    monkeypatch.setattr(tempfile, "TemporaryDirectory", spy)
    job_dir = workdir(tmp_path, "job")
    outcome = run_job(PACK, job_dir)
    assert outcome.zip_bytes[:2] == b"PK" and not outcome.problems
    assert made and all(where == job_dir / "tmp" and env == str(_own_tmp) and td == before
                        for where, env, td in made)
    assert list(_own_tmp.iterdir()) == []
