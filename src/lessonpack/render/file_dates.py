"""The dates a lesson file states in its properties (docProps/core.xml).

Word's Info pane shows a file's "Created", "Last modified" and "Last printed" dates, and a
school's shared drive may sort by them. A build stamped them all with one fixed date so the
same inputs gave the same bytes, and every file then said it was made, changed and printed on
1 January 2000. The rule now:

- "Last printed" is never written: nothing printed the file, and Word fills it in when
  someone does.
- "Created" and "modified" are the build's stated time when one is stated (a release or a
  trainer's scripted build sets SOURCE_DATE_EPOCH, and the bytes still repeat). The doors
  read it once into the build's request (BuildRequest.stated_time, api.source_date_epoch)
  and the renderers are given it: nothing here reads the environment, so two builds in one
  process each keep their own.
- Without it they are left out, so Word shows no date rather than a false one and sets both
  at the school's first save. The lesson's date was the other choice, but a file is not made
  on the day it is taught, and a date that changes with the lesson would be one more thing
  to read wrongly.

The bytes repeat either way: nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from lessonpack.render.ooxml import core_properties_xml

_DCTERMS = "{http://purl.org/dc/terms/}"
_LAST_PRINTED = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}lastPrinted"

def set_file_dates(core: Any, when: dt.datetime | None) -> None:
    """``core`` (python-docx's or python-pptx's core properties) with "created" and
    "modified" at ``when``, the build's stated time, left out when None, and no "last
    printed" ever (a template's own dates go too)."""
    element = core_properties_xml(core)
    gone = [_LAST_PRINTED] if when is not None else [_LAST_PRINTED, f"{_DCTERMS}created",
                                                     f"{_DCTERMS}modified"]
    if when is not None:
        core.created = core.modified = when
    for child in [c for c in element if c.tag in gone]:
        element.remove(child)
