"""The same inputs give byte-identical files, across separate processes."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from planned_files import planned_for


def _build(out: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": "random"}
    subprocess.run([sys.executable, "-m", "lessonpack", "build", "-k", "ks2", "-a", "parents",
                    "--out", str(out), "-q"], check=True, env=env)
    return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*.*"))}


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    first, second = _build(tmp_path / "a"), _build(tmp_path / "b")
    # Every planned file, and only those, before the bytes: a pack that gains a document
    # on purpose keeps this comparing bytes.
    assert set(first) == planned_for(audiences=["ks2", "parents"])
    assert first == second


def test_source_date_epoch_is_honoured(tmp_path: Path) -> None:
    import zipfile

    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    subprocess.run([sys.executable, "-m", "lessonpack", "build", "-k", "ks2", "--out",
                    str(tmp_path), "-q"], check=True, env=env)
    deck = tmp_path / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"
    with zipfile.ZipFile(deck) as z:
        stamps = {i.date_time for i in z.infolist()}
        core = z.read("docProps/core.xml").decode()
    assert stamps == {(2023, 11, 14, 22, 13, 20)}
    assert "2023-11-14T22:13:20Z" in core
    # Created and modified at the stated time; nothing printed the file.
    assert core.count("2023-11-14T22:13:20Z") == 2 and "lastPrinted" not in core


def test_without_a_stated_time_files_state_no_dates(tmp_path: Path) -> None:
    """Word's Info pane and a shared drive read these: no 2000-01-01, no printing date."""
    import zipfile

    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    subprocess.run([sys.executable, "-m", "lessonpack", "build", "-k", "ks1", "--out",
                    str(tmp_path), "-q"], check=True, env=env)
    files = sorted(tmp_path.rglob("*.pptx")) + sorted(tmp_path.rglob("*.docx"))
    assert len(files) > 3
    for path in files:
        with zipfile.ZipFile(path) as z:
            core = z.read("docProps/core.xml").decode()
        assert "dcterms:created" not in core and "dcterms:modified" not in core, path
        assert "lastPrinted" not in core and "2000-01-01" not in core, path
