"""A lessonpack command with a hand on the writer, for tests that act in the middle of a build.

At its STOP_AT-th file (in each process: a batch's workers count their own) the command says
"writing" on stdout and holds there, inside the atomic write (the temporary file written, not
yet renamed), until it reads a byte on stdin or a signal ends it. A test then acts at a known
point of a build that has started, the same on a quiet machine and a loaded one: a signal
sent after a guessed delay could land while Python was still importing, before lessonpack ran
at all, and two builds started together could run one after the other.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

_DRIVER = """
import os, signal, sys
from lessonpack.cli import run
# Ctrl-C as a terminal delivers it: a test run started in the background by a
# non-interactive shell inherits SIGINT ignored, and the build would never see it.
signal.signal(signal.SIGINT, signal.default_int_handler)
stop_at, calls, real_fsync = int(sys.argv[1]), 0, os.fsync
def fsync(fd):
    global calls
    calls += 1
    if calls == stop_at:
        print("writing", flush=True)
        os.read(0, 1)  # one byte, unbuffered: each held worker of a pool takes its own
    real_fsync(fd)
os.fsync = fsync
sys.argv[1:] = sys.argv[2:]
run()
"""


def held(args: list[str], stop_at: int = 1) -> subprocess.Popen[bytes]:
    """``lessonpack ARGS`` started in its own process group, once it holds at a file."""
    proc = subprocess.Popen([sys.executable, "-c", _DRIVER, str(stop_at), *args], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    while line == b"\n":  # a bare newline printed before the hold is not the handshake
        line = proc.stdout.readline()
    if line != b"writing\n":  # the handshake
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"lessonpack never reached its file {stop_at} (exit {proc.returncode}): "
                    f"{out!r} {err!r}")
    return proc


def let_go(proc: subprocess.Popen[bytes]) -> None:
    """Let every held process of the command go on (a byte for each that may hold)."""
    assert proc.stdin is not None
    proc.stdin.write(b"g" * 16)
    proc.stdin.flush()
