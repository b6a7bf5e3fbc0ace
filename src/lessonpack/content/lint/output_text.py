"""Nothing meant for authors reaches the reader (LP173).

Two slips that reached printed packs: an authoring note ("EfCW 14–18 statements were not
available to us") and source-register codes in teacher prose ("(S46, S48)"). Sources belong in a
sources section, named by title and organisation; notes to other authors belong in YAML
comments. Every text field is checked, teacher-facing ones included, after facts are rendered in.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lessonpack.content.lint._common import problem, text_fields
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

CODE = "LP173"

# Source-register codes as the content brief writes them: S1, S41c, S-IM, S-TID.
_CITATION = re.compile(r"\bS(?:\d{1,3}[a-z]?|-[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\b")
_NOTES = re.compile(
    r"\b(?:TODO|FIXME|TBC|TBD|XXX)\b"
    r"|\[(?:R|U|TODO|citation needed|source\?)\]"
    r"|\b(?:were|was|is|are)\s+not\s+available\s+to\s+us\b"
    r"|\bwe\s+(?:could\s+not|couldn't|did\s+not|didn't)\s+(?:find|verify|retrieve|check)\b"
    r"|\bnote\s+to\s+(?:self|authors?|editors?)\b"
    r"|\b(?:unverified|not\s+verified)\b"
    r"|\blorem\s+ipsum\b"
    r"|\bplaceholder\b")


def _check(loaded: LoadedItem) -> list[Problem]:
    problems = []
    for loc, text in text_fields(loaded):
        for match in _NOTES.finditer(text):
            problems.append(problem(
                loaded, loc, CODE,
                f'authoring note "{match.group()}" would be printed for the reader; say it for '
                "the reader or move it to a YAML comment"))
        codes = list(dict.fromkeys(_CITATION.findall(text)))
        if codes:
            problems.append(problem(
                loaded, loc, CODE,
                f"citation code{'s' if len(codes) > 1 else ''} {', '.join(codes)} in the text; "
                "name the organisation in words (sources are listed in the sources section)"))
    return problems


def check_output_text(index: ContentIndex) -> list[Problem]:
    return [p for loaded in index.items.values() for p in _check(loaded)]
