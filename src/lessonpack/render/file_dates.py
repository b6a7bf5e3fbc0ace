"""The dates a lesson file states in its properties (docProps/core.xml).

Word's Info pane shows a file's "Created", "Last modified" and "Last printed" dates, and a
school's shared drive may sort by them. A build stamped them all with one fixed date so the
same inputs gave the same bytes, and every file then said it was made, changed and printed on
1 January 2000. The rule now:

- "Last printed" is never written: nothing printed the file, and Word fills it in when
  someone does.
- "Created" and "modified" are the build's stated time when SOURCE_DATE_EPOCH is set (a
  release or a trainer's scripted build states it, and the bytes still repeat).
- Without it they are left out, so Word shows no date rather than a false one and sets both
  at the school's first save. The lesson's date was the other choice, but a file is not made
  on the day it is taught, and a date that changes with the lesson would be one more thing
  to read wrongly.

The bytes repeat either way: nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from lessonpack.render.ooxml import core_properties_xml

_DCTERMS = "{http://purl.org/dc/terms/}"
_LAST_PRINTED = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}lastPrinted"

def stated() -> bool:
    """Whether the build was given its time: SOURCE_DATE_EPOCH as a number, as
    ``zipnorm.build_time`` reads it (which falls back to a fixed date otherwise)."""
    try:
        int(os.environ.get("SOURCE_DATE_EPOCH", "").strip())
    except ValueError:
        return False
    return True


def set_file_dates(core: Any, when: dt.datetime) -> None:
    """``core`` (python-docx's or python-pptx's core properties) with "created" and
    "modified" at ``when`` when the build's time is stated, left out otherwise, and no
    "last printed" ever (a template's own dates go too)."""
    element = core_properties_xml(core)
    gone = [_LAST_PRINTED] if stated() else [_LAST_PRINTED, f"{_DCTERMS}created",
                                             f"{_DCTERMS}modified"]
    if stated():
        core.created = core.modified = when
    for child in [c for c in element if c.tag in gone]:
        element.remove(child)
