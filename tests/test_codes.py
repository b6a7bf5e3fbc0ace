"""Every problem code is registered once, in one of the two registries (errors.CODES for
build/validate/batch, check.findings.CODES for check), and named by some code that raises it:
a registered code nothing mentions is a rule that was removed or never written."""

from __future__ import annotations

import re
from pathlib import Path

from lessonpack.check.findings import CODES as CHECK_CODES
from lessonpack.errors import CODES

SOURCES = [p.read_text(encoding="utf-8")
           for p in (Path(__file__).parents[1] / "src" / "lessonpack").rglob("*.py")]


def test_codes_are_registered_once() -> None:
    assert not CODES.keys() & CHECK_CODES.keys()
    assert all(re.fullmatch(r"LP\d{3}", code) for code in CODES)
    assert all(re.fullmatch(r"LPC\d{3}", code) for code in CHECK_CODES)


def test_every_registered_code_is_raised_somewhere() -> None:
    # A use is the code as a string that is not a registry key ("LP100": …).
    unused = [code for code in [*CODES, *CHECK_CODES]
              if not any(re.search(rf'"{code}"(?!\s*:)', text) for text in SOURCES)]
    assert unused == []
