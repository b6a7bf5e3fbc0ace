"""The sample batch builds the bytes in tests/sample-hashes.txt: a change that alters output
must regenerate that file, so the change shows in the commit's diff (and is on purpose)."""

from __future__ import annotations

import difflib
import importlib.util
import os
import platform
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "sample-hashes.txt"
REGENERATE = "python tools/sample_hashes.py --write"

def _tool():  # type: ignore[no-untyped-def]
    tool = ROOT / "tools" / "sample_hashes.py"
    spec = importlib.util.spec_from_file_location("sample_hashes", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_different_library_release_is_named() -> None:
    """The skip below can happen: a pin this environment does not have is reported, by name,
    by the same function ``--write`` refuses with (a release of a library that writes no
    bytes, such as ruff, is neither)."""
    assert _tool().environment_differences("# python: 2.7\nlxml==0.1\nruff==0.0.1\n") == [
        f"Python {'.'.join(platform.python_version_tuple()[:2])}, not 2.7",
        f"lxml {version('lxml')}, not 0.1"]


def test_check_names_a_file_missing_from_a_built_pack(tmp_path: Path) -> None:
    tool = _tool()
    _fonts, first, second, *_ = BASELINE.read_text(encoding="utf-8").splitlines()
    name = first.split("  ", 1)[1]
    missing = second.split("  ", 1)[1]
    assert Path(name).parent == Path(missing).parent
    (tmp_path / name).parent.mkdir(parents=True)
    (tmp_path / name).write_bytes(b"not the bytes")
    baseline = tmp_path.parent / "baseline.txt"
    baseline.write_text("\n".join([tool.fonts_line(), first, second]) + "\n", encoding="utf-8")
    assert tool.check(tmp_path, baseline) == [f"differs from the baseline: {name}",
                                               f"missing from {tmp_path}: {missing}"]


@pytest.mark.slow  # builds the whole sample batch (about half a minute on two workers)
def test_sample_batch_builds_the_committed_bytes(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)  # the baseline has the fixed date
    tool = _tool()
    differ = tool.environment_differences()
    if differ:
        # The baseline pins bytes, which these releases write: elsewhere (the workflow's
        # other Pythons, floating releases) a comparison would only show their differences.
        # .ci/run installs constraints.txt, so there this never skips.
        pytest.skip("the baseline was made with constraints.txt's versions; here "
                    + "; ".join(differ))
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
        f"the sample batch's bytes changed; to see what changed: python tools/sample_hashes.py "
        f"--against HEAD; if on purpose, run: {REGENERATE}\n{diff}")
