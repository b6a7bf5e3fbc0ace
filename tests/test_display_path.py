"""Paths in messages: relative inside the working folder, as given outside it
(`--brand /nonexist.yml` was once reported as ../../nonexist.yml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.cli import main
from lessonpack.io.paths import display_path


def test_inside_and_outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "work" / "brands").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "work")
    assert display_path(tmp_path / "work" / "brands" / "b.yml") == "brands/b.yml"
    assert display_path(Path("brands/../brands/b.yml")) == "brands/b.yml"
    assert display_path(tmp_path / "work") == "."
    assert display_path(Path("/nonexist.yml")) == "/nonexist.yml"
    assert display_path(Path("../elsewhere.yml")) == "../elsewhere.yml"


def test_missing_brand_outside_is_named_as_typed(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nonexist.yml"
    assert main(["build", "-k", "ks2", "--brand", str(missing), "--out",
                 str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err.splitlines()[0] == \
        f"{missing}: error[LP100] file not found"
