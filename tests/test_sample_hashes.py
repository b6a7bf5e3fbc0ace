"""The sample batch builds the bytes in tests/sample-hashes.txt: a change that alters output
must regenerate that file, so the change shows in the commit's diff (and is on purpose)."""

from __future__ import annotations

import difflib
import importlib.util
import os
import platform
import re
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "sample-hashes.txt"
REGENERATE = "python tools/sample_hashes.py --write"
CONSTRAINTS = ROOT / "constraints.txt"
# The libraries whose releases can change the bytes: they write the files (python-pptx,
# python-docx, lxml), encode and measure pictures (Pillow), or read the text (Jinja2, PyYAML).
BYTE_LIBRARIES = ("python-pptx", "python-docx", "lxml", "pillow", "jinja2", "pyyaml")


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def version_differences(constraints: str = "") -> list[str]:
    """How this environment differs from the one the baseline was made in (constraints.txt:
    its ``# python:`` line and its pins of BYTE_LIBRARIES); empty when it is the same."""
    text = constraints or CONSTRAINTS.read_text(encoding="utf-8")
    pins = {_name(m[1]): m[2] for m in re.finditer(r"^([A-Za-z0-9_.-]+)==(\S+)", text, re.M)}
    wanted = re.search(r"^# python: (\S+)", text, re.M)
    here = ".".join(platform.python_version_tuple()[:2])
    found = [] if wanted is None or wanted[1] == here else [f"Python {here}, not {wanted[1]}"]
    for name in BYTE_LIBRARIES:
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "none"
        if pins.get(name, installed) != installed:
            found.append(f"{name} {installed}, not {pins[name]}")
    return found


def test_a_different_library_release_is_named() -> None:
    """The skip below can happen: a pin this environment does not have is reported, by name."""
    assert version_differences("# python: 2.7\nlxml==0.1\n") == [
        f"Python {'.'.join(platform.python_version_tuple()[:2])}, not 2.7",
        f"lxml {version('lxml')}, not 0.1"]


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
    differ = version_differences()
    if differ:
        # The baseline pins bytes, which these releases write: elsewhere (the workflow's
        # other Pythons, floating releases) a comparison would only show their differences.
        # .ci/run installs constraints.txt, so there this never skips.
        pytest.skip("the baseline was made with constraints.txt's versions; here "
                    + "; ".join(differ))
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
        f"the sample batch's bytes changed; to see what changed: python tools/sample_hashes.py "
        f"--against HEAD; if on purpose, run: {REGENERATE}\n{diff}")
