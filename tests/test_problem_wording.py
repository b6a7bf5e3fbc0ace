"""LP102 in a teacher's words, not pydantic's: a whole number asked for as
one, and an unknown field that is a typo of a real one named."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.cli import main

KS2 = Path(__file__).resolve().parents[1] / "content" / "live-streaming" / "ks2.yml"


def _validate(tmp_path: Path, old: str, new: str, capsys: pytest.CaptureFixture[str]
              ) -> list[str]:
    text = KS2.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    (tmp_path / "ks2.yml").write_text(text.replace(old, new), encoding="utf-8")
    assert main(["validate", "--content", str(tmp_path)]) == 1
    return capsys.readouterr().err.splitlines()


def test_minutes_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _validate(tmp_path, "duration_minutes: 60", "duration_minutes: sixty", capsys)
    assert any(line.endswith("error[LP102] duration_minutes: must be a whole number of "
                             "minutes, got 'sixty'") for line in err), err


def test_unknown_field_names_the_likely_one(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    err = _validate(tmp_path, "\nsubtitle:", "\nsubtitel:", capsys)
    assert any(line.endswith("error[LP102] subtitel: unknown field 'subtitel'; did you mean "
                             "'subtitle'?") for line in err), err
