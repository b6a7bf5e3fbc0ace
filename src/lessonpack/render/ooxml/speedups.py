"""The speed-ups to python-pptx and python-docx internals (pptx_speed, oxml_speed), applied
only while lessonpack renders, never on import.

They replace methods on the libraries' element classes, which every python-pptx and
python-docx object in the process shares; so that a program that imports lessonpack and
uses the libraries itself gets the libraries as published, the replacements are in place
only while a lessonpack renderer runs (``@applied`` on render_pptx, render_docx and the
template inspection), and the originals come back when the last one finishes. Several
threads may render at once: a count under a lock keeps them in place until all are done.
Another thread using the libraries meanwhile gets the same answers (each replacement is
tested against the original: tests/test_pptx_speed.py, tests/test_oxml_speed.py).

Tested with python-pptx 1.0.2 and python-docx 1.2.0 (pinned in pyproject.toml): the
replacements reach into their internals, so a new version is checked before it is allowed.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from lessonpack.render.ooxml import oxml_speed, pptx_speed


class _Applied(contextlib.ContextDecorator):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users = 0

    def __enter__(self) -> _Applied:
        with self._lock:
            if self._users == 0:
                pptx_speed.install()
                oxml_speed.install()
            self._users += 1
        return self

    def __exit__(self, *_exc: Any) -> None:
        with self._lock:
            self._users -= 1
            if self._users == 0:
                pptx_speed.uninstall()
                oxml_speed.uninstall()

    @property
    def active(self) -> bool:
        return self._users > 0


applied = _Applied()  # `with applied:` or `@applied`
