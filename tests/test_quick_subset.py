"""The README's quick subset, `pytest -m "not slow"`, leaves out exactly the tests that drive a
real client or run mypy (tests/conftest.py marks them by what they call), and keeps the rest."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def _collected(*args: str) -> list[str]:
    run = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q",
                          "-p", "no:cacheprovider", *args,
                          "tests/test_real_client.py", "tests/test_types.py",
                          "tests/test_kinds.py"],
                         cwd=ROOT, capture_output=True, text=True)
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
