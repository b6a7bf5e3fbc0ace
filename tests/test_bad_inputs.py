"""Every folder in tests/bad_inputs/ is one broken or hostile input; its expected.txt holds the
exact error lines (paths relative to the repository root, ``{out}`` for the output folder).

Without a cmd.txt the folder is a --content folder built for KS2; with one, cmd.txt is the
command line (``{case}``: the folder, ``{out}``: a fresh output folder). A setup/ folder is
copied into the output folder first. Every case must exit 1 with exactly its lines, leave
the output folder as it found it, and change nothing in its own folder (a YAML tag that ran
a command would show up there). Regenerate the inputs with tools/make_bad_inputs.py.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from make_bad_inputs import command  # noqa: E402

CASES = sorted(p for p in (Path(__file__).parent / "bad_inputs").iterdir() if p.is_dir())
SUMMARIES = ("nothing was written", "existing files were kept")
LP140_HINT = (" (if you did not edit them, build the same key stages as last time, or use "
              "--force)")


def _tree(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"<dir>"
            for p in sorted(folder.rglob("*"))}


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40


# Cases refused where the files are written, after a whole build: out of the unit loop.
# The other cases stop before anything is rendered.
BUILDS_FIRST = {"out-existing-file-kept", "out-folder-in-the-way", "out-parent-is-a-file"}
PARAMS = [pytest.param(c, id=c.name, marks=[pytest.mark.integration]
                       if c.name in BUILDS_FIRST else []) for c in CASES]


@pytest.mark.parametrize("case", PARAMS)
def test_bad_input_gives_exact_error(case: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    if (case / "setup").is_dir():
        shutil.copytree(case / "setup", out)
    before, own = _tree(out), _tree(case)
    shown_out = str(out)  # outside the working folder: shown as given
    expected = [line.replace("{out}", shown_out) for line in
                (case / "expected.txt").read_text(encoding="utf-8").strip().splitlines()]
    code = main(command(case, out))
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1, err
    assert err[:-1] == expected
    # A file that differs (LP140) adds how to build it again without --force.
    assert err[-1].removesuffix(LP140_HINT).endswith(SUMMARIES)
    assert "Traceback" not in "\n".join(err)
    assert _tree(out) == before  # nothing written, nothing a teacher had there touched
    assert _tree(case) == own
