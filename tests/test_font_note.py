"""A build on a machine without the brand's fonts (or their metric twins) says that its text
was fitted by estimate; with them, it says nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.check import measure
from lessonpack.cli import main


def test_missing_font_is_noted(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["build", "-k", "ks1", "-f", "docx", "--out", str(tmp_path / "a")]) == 0
    assert "fitted by estimate" not in capsys.readouterr().err
    from lessonpack.build import look
    monkeypatch.setattr(look, "fonts_missing", lambda *families: ["Arial"])
    assert main(["build", "-k", "ks1", "-f", "docx", "--out", str(tmp_path / "b")]) == 0
    err = capsys.readouterr().err
    assert "note: no font file for Arial (or a metric twin) on this machine" in err


def test_a_fonts_own_file_is_used_where_no_twin_is_installed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows names: arial.ttf, arialbd.ttf; Calibri bold is calibrib.ttf.
    for name in ("arial.ttf", "arialbd.ttf", "calibri.ttf", "calibrib.ttf"):
        (tmp_path / name).write_bytes(b"")
    monkeypatch.setattr(measure, "_font_files",
                        lambda: {p.stem.lower(): p for p in tmp_path.iterdir()})
    measure.font_path.cache_clear()
    try:
        assert measure.font_path("Arial", True) == tmp_path / "arialbd.ttf"
        assert measure.font_path("Calibri", True) == tmp_path / "calibrib.ttf"
        assert measure.font_path("Calibri", False) == tmp_path / "calibri.ttf"
        assert measure.fonts_missing("Arial", "Georgia") == ["Georgia"]
    finally:
        measure.font_path.cache_clear()
