"""The sample batch builds the bytes in tests/sample-hashes.txt: a change that alters output
must regenerate that file, so the change shows in the commit's diff (and is on purpose)."""

from __future__ import annotations

import difflib
import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "sample-hashes.txt"
REGENERATE = "python tools/sample_hashes.py > tests/sample-hashes.txt"


def _tool():  # type: ignore[no-untyped-def]
    tool = ROOT / "tools" / "sample_hashes.py"
    spec = importlib.util.spec_from_file_location("sample_hashes", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow  # builds the whole sample batch (about half a minute on two workers)
def test_sample_batch_builds_the_committed_bytes(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)  # the baseline has the fixed date
    tool = _tool()
    fonts, *expected = BASELINE.read_text(encoding="utf-8").splitlines()
    if tool.fonts_line() != fonts and not os.environ.get("CI"):
        # Text is sized by font metrics, so other font files give other bytes; CI installs the
        # baseline's fonts (.ci/run), so there a difference is a failure, not a skip.
        pytest.skip(f"measuring fonts differ from the baseline's ({fonts})")
    assert tool.fonts_line() == fonts, f"fonts differ from the baseline's; run: {REGENERATE}"
    built = tool.hashes(tmp_path / "out", 2)
    assert len(built) == len(expected) > 80
    diff = "\n".join(difflib.unified_diff(expected, built, "committed", "built", lineterm="", n=0))
    assert built == expected, (
        f"the sample batch's bytes changed; if on purpose, run: {REGENERATE}\n{diff}")
