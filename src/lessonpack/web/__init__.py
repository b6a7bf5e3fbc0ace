"""`lessonpack serve`: a web page for teachers (choose, fill in, preview, download).

``lessonpack.web:app`` is the ASGI app for uvicorn or gunicorn (settings from
``LESSONPACK_WEB_*`` environment variables, see settings.py); it needs the ``web`` extra:
``pip install 'lessonpack[web]'``. The app is made on first use, so the build workers, which
import this package, never import the web framework.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name == "app":
        from lessonpack.web import server

        if not hasattr(server, "app"):
            server.app = server.create_app()  # type: ignore[attr-defined]
        return server.app  # type: ignore[attr-defined]
    if name == "create_app":
        from lessonpack.web.server import create_app

        return create_app
    raise AttributeError(name)
