"""Every problem code is declared once, in lessonpack.rules, and each row of that table holds:
the code is raised by some code, its example shows it with the table's severity, and the
command line reference (docs/cli.md) lists exactly the table."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

from lessonpack import rules
from lessonpack.check import Options, check_file
from lessonpack.check.findings import CODES as CHECK_CODES
from lessonpack.cli import main
from lessonpack.errors import CODES
from lessonpack.rules import RETIRED, RULES

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {p: p.read_text(encoding="utf-8") for p in (ROOT / "src" / "lessonpack").rglob("*.py")}
RULES_FILE = ROOT / "src" / "lessonpack" / "rules.py"


def test_codes_are_declared_once_in_the_one_table() -> None:
    codes = [rule.code for rule in RULES]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"LP\d{3}", c) for c in CODES)
    assert all(re.fullmatch(r"LPC\d{3}", c) for c in CHECK_CODES)
    assert set(codes) == CODES.keys() | CHECK_CODES.keys()
    assert not set(codes) & RETIRED.keys()
    assert {rule.severity for rule in RULES} == {"error", "warning"}
    assert {rule.command for rule in RULES} <= {"build", "validate", "batch", "check"}
    # No other module keeps a table of codes of its own: "LPnnn": ... appears only in rules.
    for path, text in SOURCES.items():
        if path != RULES_FILE:
            assert not re.search(r'"LPC?\d{3}"\s*:', text), path


def test_every_code_is_raised_somewhere() -> None:
    # A use is the code as a string outside the table ("LP100" in a problem, or a constant).
    unused = [rule.code for rule in RULES
              if not any(re.search(rf'"{rule.code}"', text)
                         for path, text in SOURCES.items() if path != RULES_FILE)]
    assert unused == []


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_each_code_has_an_example_with_its_severity(rule: rules.Rule) -> None:
    shown = f"{rule.severity}[{rule.code}]"
    if "::" in rule.example:  # a test that asserts it
        file, name = rule.example.split("::")
        assert name in _test_names(ROOT / file), rule.example
        assert rule.code in (ROOT / file).read_text(encoding="utf-8")
        return
    example = ROOT / rule.example
    assert example.exists(), rule.example
    if example.is_dir():  # a bad-input or validate fixture: its expected lines name the code
        assert shown in (example / "expected.txt").read_text(encoding="utf-8")
    else:  # a check fixture with the defect planted
        found = check_file(example, Options(), label=rule.example)
        assert (rule.code, rule.severity) in {(f.code, f.severity) for f in found}


def test_the_cli_reference_lists_the_table() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from codes_table import with_table
    finally:
        sys.path.remove(str(ROOT / "tools"))
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert with_table(page) == page, "run: python tools/codes_table.py"


# Examples for the codes no fixture elsewhere shows.

def test_text_that_cannot_fit_a_small_layout_is_a_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from built_decks import small_area_template

    small = small_area_template(tmp_path)
    assert main(["build", "-k", "ks2", "--template", str(small),
                 "--out", str(tmp_path / "out"), "-q"]) == 0  # warnings never fail
    lines = [x for x in capsys.readouterr().err.splitlines() if "LP131" in x]
    # A box's text that does not fit, or the statements to tick, each fitting its row, that
    # together run below the content area (said with how far), or the room of clues'
    # close-up too small for its words (named, since pupils search it for them).
    said = (r"the text of .* does not fit its box at 18 pt|the statements to tick run "
            r"\d+\.\d in below the layout's content area at 18 pt \(.+\)|the clue words in "
            r"the close-up of the room do not fit its area at 18 pt and were left out: .+")
    # Each names the output folder and the template, as a batch of templates needs.
    out = re.escape(str(tmp_path / "out"))
    assert lines and all(re.fullmatch(rf"{out}/.*slides\.pptx: warning\[LP131\] slide \d+: "
                                      rf"(?:{said}) \(template: .*{small.name}\)", x)
                         for x in lines), lines
    assert any("the text of" in x for x in lines), lines
    # The close-up and its circled feedback slide, each named.
    assert len([x for x in lines if "clue words" in x]) == 2, lines
    assert (tmp_path / "out" / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx").exists()


def test_preview_of_a_file_that_is_no_deck_or_document(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    assert main(["preview", str(notes)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{notes}: error[LP182] not a .pptx or .docx file, or a folder holding them")
    assert sorted(tmp_path.iterdir()) == [notes]


def test_a_value_the_code_relies_on_is_a_bug_when_missing_even_under_python_o() -> None:
    # errors.expect stands in for `assert x is not None`, which python -O skips.
    from lessonpack.errors import EXIT_INTERNAL, InternalError, expect

    assert expect(0, "a count") == 0  # falsy but there
    with pytest.raises(InternalError, match="the content index is missing") as raised:
        expect(None, "the content index")
    assert raised.value.exit_code == EXIT_INTERNAL
