"""conftest's ``_built_once``: a session build is made once for a whole pytest-xdist run and
read by every worker; a failed one is made afresh by the next worker to ask; a pytest that
is not an xdist worker (a test's own subprocess inherits the worker variable) makes its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import _built_once


class _Factory:
    """The two things ``_built_once`` asks of pytest's TempPathFactory."""

    def __init__(self, base: Path) -> None:
        self.base = base
        base.mkdir(parents=True, exist_ok=True)

    def getbasetemp(self) -> Path:
        return self.base

    def mktemp(self, name: str) -> Path:
        made = self.base / f"{name}{len(list(self.base.iterdir()))}"
        made.mkdir()
        return made


def _counting_maker(made: list[Path]):  # type: ignore[no-untyped-def]
    def make(out: Path) -> None:
        made.append(out)
        (out / "deck.pptx").write_bytes(b"built")
    return make


def test_workers_of_one_run_share_one_build(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[Path] = []
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")
    first = _built_once(_Factory(tmp_path / "popen-gw0"), "packs", _counting_maker(made))  # type: ignore[arg-type]
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    second = _built_once(_Factory(tmp_path / "popen-gw1"), "packs", _counting_maker(made))  # type: ignore[arg-type]
    assert first == second == tmp_path / "built-once" / "packs"
    assert made == [first] and (second / "deck.pptx").read_bytes() == b"built"


def test_a_failed_build_is_made_afresh_by_the_next_worker(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(out: Path) -> None:
        (out / "half.pptx").write_bytes(b"half")
        raise AssertionError("build failed")

    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")
    with pytest.raises(AssertionError, match="build failed"):
        _built_once(_Factory(tmp_path / "popen-gw0"), "packs", fail)  # type: ignore[arg-type]
    made: list[Path] = []
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    out = _built_once(_Factory(tmp_path / "popen-gw1"), "packs", _counting_maker(made))  # type: ignore[arg-type]
    assert made == [out] and sorted(p.name for p in out.iterdir()) == ["deck.pptx"]


def test_a_pytest_that_is_not_a_worker_builds_its_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[Path] = []
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")  # inherited, but its folder is its own
    for run in ("pytest-1", "pytest-2"):
        _built_once(_Factory(tmp_path / run), "packs", _counting_maker(made))  # type: ignore[arg-type]
    assert len(made) == 2 and made[0] != made[1]
    assert not (tmp_path / "built-once").exists()
