"""Helpers shared by the web page's tests: a running app, hostile inputs, parsed pages."""

from __future__ import annotations

import io
import os
import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

try:
    from starlette.testclient import TestClient
except ImportError:  # the README's test command installs it; CI must have it
    if os.environ.get("CI"):
        raise
    pytest.skip("the web extra is not installed: pip install -e '.[test,web]'",
                allow_module_level=True)

from lessonpack.web.server import create_app
from lessonpack.web.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
LOGO = ROOT / "examples" / "brands" / "oakfield-primary" / "logo.png"


def client(root: Path, **settings: object) -> Iterator[TestClient]:
    app = create_app(Settings(builders=2, temp_root=root, **settings))  # type: ignore[arg-type]
    with TestClient(app) as test_client:
        yield test_client


def leftovers(root: Path) -> list[Path]:
    """Everything under the server's temporary folders: nothing a request sent is kept."""
    return sorted(p for p in root.rglob("*"))


def form(audience: str = "ks1", **fields: str) -> dict[str, str]:
    return {"audience": audience, **fields}


def png_upload(path: Path = LOGO, name: str | None = None) -> dict[str, tuple[str, bytes, str]]:
    return {"logo": (name or path.name, path.read_bytes(), "image/png")}


class Page(HTMLParser):
    """The parts of a page the tests look at: elements by id (their text), and attributes."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.text_by_id: dict[str, str] = {}
        self.elements: list[tuple[str, dict[str, str]]] = []
        self._open: list[tuple[str, str | None]] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self._script: dict[str, str] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.elements.append((tag, values))
        if tag == "script":
            self._script = values
            self.scripts.append((values, ""))
        if tag in ("input", "img", "meta", "link", "br"):
            return
        self._open.append((tag, values.get("id")))
        if values.get("id"):
            self.text_by_id.setdefault(values["id"], "")

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == tag:
                del self._open[i:]
                break
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            attrs, body = self.scripts[-1]
            self.scripts[-1] = (attrs, body + data)
        for _, element_id in self._open:
            if element_id:
                self.text_by_id[element_id] += data

    def text(self, element_id: str) -> str:
        return re.sub(r"\s+", " ", self.text_by_id.get(element_id, "")).strip()

    def by_id(self, element_id: str) -> dict[str, str] | None:
        return next((a for _, a in self.elements if a.get("id") == element_id), None)


def need_chromium() -> str:
    """Browser tests skip locally without Chromium, and fail in CI where .ci/run installs it."""
    found = shutil.which("chromium") or (
        "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is required in CI (set up by .ci/run)")
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    return found


def zip_names(data: bytes) -> list[str]:
    import zipfile

    return sorted(zipfile.ZipFile(io.BytesIO(data)).namelist())
