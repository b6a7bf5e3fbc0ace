"""tools/template_corpus.py limits each build and check by CPU time, not by time on the
clock: on a shared machine (load 18 on 2 CPUs) lo "fedora-textures-blue", about 6 s of CPU,
took 223 s on the clock and was once reported as a hang at a 240 s limit. A child that uses
its CPU seconds (a loop) is stopped and reported; a slow machine is not. The limit is set on
the child's pid once it has started, never by a callback in the child (unsafe beside the
threads of --jobs), so each child's limit and CPU seconds are checked from threads too."""

from __future__ import annotations

import importlib.util
import signal
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType

TOOL = Path(__file__).parents[1] / "tools" / "template_corpus.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("template_corpus", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


# The child waits for its limit (set from outside once it has started), then prints it; a
# child never limited waits until the clock stops it, and the test fails.
SEES_ITS_LIMIT = ("import resource\n"
                  "while resource.getrlimit(resource.RLIMIT_CPU)[0] == resource.RLIM_INFINITY:\n"
                  "    pass\n"
                  "print(resource.getrlimit(resource.RLIMIT_CPU)[0])")


def test_a_child_runs_under_a_cpu_limit_of_the_timeout() -> None:
    tool = _tool()
    row = tool.Row(path="x")
    rc, out, _err = tool._run([sys.executable, "-c", SEES_ITS_LIMIT], 7.0, row)
    assert rc == 0 and out.strip() == "7"
    assert row.cpu >= 0.0


def test_children_run_from_threads_each_get_their_limit_and_their_own_cpu() -> None:
    tool = _tool()
    busy, idle = tool.Row(path="busy"), tool.Row(path="idle")
    jobs = [([sys.executable, "-c", SEES_ITS_LIMIT], 9.0, None),
            ([sys.executable, "-c", "print(sum(range(30_000_000)))"], 60.0, busy),
            # Still waiting when the busy one ends: none of its seconds are counted here.
            ([sys.executable, "-c", "import time; time.sleep(3)"], 60.0, idle),
            ([sys.executable, "-c", SEES_ITS_LIMIT], 11.0, None)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda job: tool._run(*job), jobs))
    assert [(rc, out.strip()) for rc, out, _err in results[::3]] == [(0, "9"), (0, "11")]
    # Each child's seconds are its own, not its neighbours' ending meanwhile.
    assert 2 * idle.cpu < busy.cpu


def test_a_child_the_clock_stops_is_a_hang() -> None:
    # Waiting without working: only the clock (WALL_FACTOR times the limit) ends it.
    rc, _out, _err = _tool()._run([sys.executable, "-c", "import time; time.sleep(60)"], 0.05)
    assert rc is None


def test_a_child_killed_from_outside_is_killed_not_a_hang() -> None:
    tool = _tool()
    # What the out-of-memory killer does: SIGKILL, long before the CPU limit.
    rc, _out, _err = tool._run([sys.executable, "-c", "import os, signal; "
                                "os.kill(os.getpid(), signal.SIGKILL)"], 7.0)
    assert rc == tool.KILLED == -signal.SIGKILL
    row = tool.Row(path="x")
    assert tool._stopped(row, rc, "build") and row.outcome == "killed"
    assert not tool._stopped(row, 1, "build")


def test_a_child_stopped_for_its_cpu_time_is_a_hang() -> None:
    tool = _tool()
    # What the kernel does when the limit is reached: SIGXCPU.
    rc, _out, _err = tool._run([sys.executable, "-c", "import os, signal; "
                                "os.kill(os.getpid(), signal.SIGXCPU)"], 7.0)
    assert rc is None


def test_an_ordinary_failure_keeps_its_exit_code() -> None:
    rc, _out, _err = _tool()._run([sys.executable, "-c", "raise SystemExit(3)"], 7.0)
    assert rc == 3
