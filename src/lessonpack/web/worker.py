"""A build worker: a process of its own (``python -m lessonpack.web.worker``) that takes one job
at a time on its standard input and answers on its standard output.

Each worker has pipes of its own (no queue shared between workers), so a worker that dies
mid-job, even mid-reply, only closes its own pipe: the server sees end-of-file for that one
request and starts a replacement. Workers lead a session of their own, so stopping one also
stops the LibreOffice it may have started. Frames are an 8-byte length and a pickle; only the
server writes to a worker's input.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
import traceback
from pathlib import Path
from typing import IO, Any

HEADER = struct.Struct("!Q")


def read_frame(stream: IO[bytes]) -> bytes:
    """One frame; EOFError when the other side has gone (also halfway through a frame)."""
    head = stream.read(HEADER.size)
    if len(head) < HEADER.size:
        raise EOFError
    (size,) = HEADER.unpack(head)
    body = stream.read(size)
    if len(body) < size:
        raise EOFError
    return body


def write_frame(stream: IO[bytes], value: Any) -> None:
    body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(body)) + body)
    stream.flush()


def serve(inbox: IO[bytes], outbox: IO[bytes], max_jobs: int) -> None:
    """Answer up to ``max_jobs`` jobs, then leave (the pool starts a fresh worker: memory a
    long-lived worker accumulates is given back)."""
    from lessonpack.web.adapter import run_job

    for _ in range(max_jobs):
        try:
            job, workdir = pickle.loads(read_frame(inbox))
        except (EOFError, OSError):
            return  # the server closed the pipe: it is stopping
        try:
            reply: tuple[str, Any] = ("ok", run_job(job, Path(workdir)))
        except Exception as exc:  # a bug in lessonpack: reported, and this worker goes on
            traceback.print_exc(file=sys.stderr)
            reply = ("bug", f"{type(exc).__name__}: {exc}")
        try:
            write_frame(outbox, reply)
        except (BrokenPipeError, OSError):
            return


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which stops us
    outbox = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not corrupt frames
    max_jobs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    # Load the libraries before the first job arrives, while the worker waits anyway.
    from lessonpack import doors

    doors.warm_up()

    serve(sys.stdin.buffer, outbox, max_jobs)


if __name__ == "__main__":
    main()
