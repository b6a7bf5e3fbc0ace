"""tools/template_corpus.py limits each build and check by CPU time, not by time on the
clock: on a shared machine (load 18 on 2 CPUs) lo "fedora-textures-blue", about 6 s of CPU,
took 223 s on the clock and was once reported as a hang at a 240 s limit. A child that uses
its CPU seconds (a loop) is stopped and reported; a slow machine is not."""

from __future__ import annotations

import importlib.util
import sys
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


def test_a_child_runs_under_a_cpu_limit_of_the_timeout() -> None:
    tool = _tool()
    row = tool.Row(path="x")
    rc, out, _err = tool._run([sys.executable, "-c", "import resource; "
                               "print(resource.getrlimit(resource.RLIMIT_CPU)[0])"], 7.0, row)
    assert rc == 0 and out.strip() == "7"
    assert row.cpu >= 0.0


def test_a_child_stopped_for_its_cpu_time_is_a_hang() -> None:
    tool = _tool()
    # What the kernel does when the limit is reached: SIGXCPU.
    rc, _out, _err = tool._run([sys.executable, "-c", "import os, signal; "
                                "os.kill(os.getpid(), signal.SIGXCPU)"], 7.0)
    assert rc is None


def test_an_ordinary_failure_keeps_its_exit_code() -> None:
    rc, _out, _err = _tool()._run([sys.executable, "-c", "raise SystemExit(3)"], 7.0)
    assert rc == 3
