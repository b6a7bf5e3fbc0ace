"""Shared fixtures: the repo root as working folder, and one built KS2 pack per session."""

from __future__ import annotations

import inspect
import os
import shutil
from pathlib import Path

import pytest

from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]


# What makes a test slow: it drives a real client (LibreOffice, poppler, a browser) or runs
# mypy over the package. Such a test is marked ``slow`` where it is collected, by what its
# body calls or the fixtures it takes, so a new one is marked without anyone remembering to:
# `pytest -m "not slow"` is the quick subset the README offers; CI runs everything.
_SLOW_CALLS = ("need_libreoffice(", "need_tool(", 'which("soffice")', '"mypy"')
_SLOW_FIXTURES = {"page", "browser"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        function = getattr(item, "function", None)
        try:
            source = inspect.getsource(function) if function is not None else ""
        except (OSError, TypeError):
            source = ""
        if _SLOW_FIXTURES & set(getattr(item, "fixturenames", ())) or any(
                call in source for call in _SLOW_CALLS):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _in_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    # Error lines show paths relative to the working folder; tests compare exact lines.
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="session")
def built_packs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every audience built once with the built-in defaults."""
    out = tmp_path_factory.mktemp("packs")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert main(["build", "--all", "--out", str(out), "--quiet"]) == 0
    finally:
        os.chdir(cwd)
    return out


@pytest.fixture(scope="session")
def ks2_pack(built_packs: Path) -> Path:
    return built_packs / "live-streaming-ks2"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def need_tool(name: str, package: str) -> str:
    """A program a test needs (pdftoppm…): skipped locally without it, a failure in CI
    where it must be present, as for LibreOffice."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required in CI (set up by .ci/run)")
        pytest.skip(f"{name} ({package}) is not installed")
    return found


def need_libreoffice() -> str:
    """LibreOffice tests skip locally without it, and fail in CI where it must be present."""
    found = soffice()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is required in CI (set up by .ci/run)")
        pytest.skip("LibreOffice (soffice) is not installed")
    return found
