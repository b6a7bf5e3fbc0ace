"""Every folder in tests/bad_inputs/ is a --content folder with one defect; its expected.txt
holds the exact error lines (paths relative to the repository root)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.cli import main

CASES = sorted(p for p in (Path(__file__).parent / "bad_inputs").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_gives_exact_error(case: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    expected = (case / "expected.txt").read_text(encoding="utf-8").strip().splitlines()
    code = main(["build", "-k", "ks2", "--content", str(case.relative_to(Path.cwd())),
                 "--out", str(tmp_path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[:-1] == expected
    assert err[-1].endswith("nothing was written")
    assert not any(tmp_path.iterdir())
