"""Stop signals become KeyboardInterrupt, so an interrupted build cleans up like Ctrl-C.

Python handles Ctrl-C (SIGINT) by raising KeyboardInterrupt, which unwinds through the
writer's clean-up and removes its temporary file. SIGTERM (``kill``, a CI timeout, a closing
container) and SIGHUP (a closed terminal) would otherwise end the process on the spot and
leave ``*.part`` files behind. Worker processes forked from the CLI keep the default
behaviour: their parent decides what happens to them.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

EXIT_INTERRUPTED = 130  # what shells report for a command ended by Ctrl-C
_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP")
                 if hasattr(signal, name))


@contextlib.contextmanager
def interrupt_on_stop_signals() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set signal handlers
        return
    owner = os.getpid()

    def handler(signum: int, _frame: FrameType | None) -> None:
        if os.getpid() != owner:  # a forked worker: die as the signal intends
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise KeyboardInterrupt

    previous: dict[int, Callable[..., Any] | int | None] = {}
    for signum in _SIGNALS:
        previous[signum] = signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old if old is not None else signal.SIG_DFL)
