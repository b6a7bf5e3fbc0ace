"""The README's quick subset, `pytest -m "not slow"`, leaves out exactly the tests that drive a
real client or run mypy (tests/conftest.py marks them by what they call), and keeps the rest."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

FILES = ("tests/test_real_client.py", "tests/test_types.py", "tests/test_kinds.py")


def _collected(*args: str, files: tuple[str, ...] = FILES) -> list[str]:
    # The marking is conftest's: none of the installed plugins (xdist, the browser's) takes
    # part in it, and loading them was most of each collection.
    run = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q",
                          "-p", "no:cacheprovider", *args, *files],
                         cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"})
    return [line for line in run.stdout.splitlines() if "::" in line]


def test_the_quick_subset_leaves_out_real_clients_and_mypy() -> None:
    quick, slow = _collected("-m", "not slow"), _collected("-m", "slow")
    assert quick and not set(quick) & set(slow)
    assert sorted(line.split("::")[1] for line in slow) == [
        "test_build_format_pdf_is_reproducible_and_no_clobber",  # LibreOffice
        "test_libreoffice_converts_every_output",
        "test_preview_makes_a_png_per_page_and_contact_sheets",
        "test_the_kinds_protocols_catch_a_wrongly_typed_kind",  # mypy
        "test_the_package_type_checks"]
    assert "tests/test_real_client.py::test_missing_libreoffice_is_one_clear_line" in quick


def test_libreoffice_behind_a_fixture_or_helper_is_slow_too() -> None:
    # test_page_layout's tests take a fixture that renders every document, test_blank_area's
    # call a module helper that renders decks: neither names LibreOffice in its own body.
    files = ("tests/test_page_layout.py", "tests/test_blank_area.py")
    slow = _collected("-m", "slow", files=files)
    assert len(slow) >= 8
    assert "tests/test_blank_area.py::test_rendered_decks_leave_few_slides_mostly_blank" in slow
    # What stays quick there measures a drawn image, no LibreOffice.
    assert _collected("-m", "not slow", files=files) == [
        "tests/test_blank_area.py::test_ink_reach_measures_the_lowest_ink"]


def test_libreoffice_behind_a_helper_of_another_test_module_is_slow_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test calling a helper imported from another test module (tests/built_decks.py) that
    renders with LibreOffice is marked slow; one calling a library function is not."""
    from conftest import _reaches_slow

    (tmp_path / "rendering_help.py").write_text(
        "def render(deck):\n    return need_libreoffice(), deck\n")
    (tmp_path / "test_uses_help.py").write_text(
        "import os\nfrom rendering_help import render\n\n"
        "def test_slow():\n    render('x')\n\n"
        "def test_quick():\n    os.path.join('a', 'b')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("test_uses_help")
    assert _reaches_slow(module.test_slow, set(), tmp_path)
    assert not _reaches_slow(module.test_quick, set(), tmp_path)
    # Only helpers of the tests are followed: outside them the call is not seen.
    assert not _reaches_slow(module.test_slow, set(), tmp_path / "elsewhere")


def test_a_real_client_asked_for_by_an_unmarked_test_fails_it() -> None:
    """What the marking misses is not run quietly: need_libreoffice and need_tool fail a
    test that is not marked slow (this one is not)."""
    from conftest import _must_be_slow

    with pytest.raises(pytest.fail.Exception, match="not marked slow"):
        _must_be_slow("LibreOffice")


def test_the_unit_loop_leaves_out_what_builds_packs_or_starts_processes() -> None:
    """`-m "not slow and not integration"` (README's unit loop) drops a test that builds a
    pack itself, one that only takes a built-pack fixture, and one that runs lessonpack in
    a subprocess; it keeps a test that checks a planner's pure output."""
    files = ("tests/test_reproducible.py", "tests/test_deck_output.py",
             "tests/test_codes.py")
    integration = _collected("-m", "integration", files=files)
    unit = _collected("-m", "not slow and not integration", files=files)
    assert unit and not set(unit) & set(integration)
    assert "tests/test_reproducible.py::test_two_builds_are_byte_identical" in integration
    assert "tests/test_reproducible.py::test_source_date_epoch_is_honoured" in integration
    assert not any(line.startswith("tests/test_deck_output.py") for line in unit)
    assert any(line.startswith("tests/test_codes.py") for line in unit)
