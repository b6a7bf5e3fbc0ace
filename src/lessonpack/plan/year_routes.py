"""A lesson's year-group routes cut to the class it is built for.

Content gives a Key Stage 2 lesson's activities one route a year group ("Years 3–4: one card
set per table… Years 5–6: pairs tick the sheet's table…"), written inline in a step's notes
and in the resources. Built for a known class (the school file's classes, ``--class``), the
notes print that class's route alone, labelled with its year ("Year 4: …"): a trainer handing
out cards read both routes on the slide. With no class year every route stays.
"""

from __future__ import annotations

import re

# "Years 3–4:" or "Years 5–6 only:", at the start of a paragraph, after a sentence or clause,
# or opening a bracket ("(Years 3–4: cards per table; Years 5–6: the sheet's table)").
_ROUTE = re.compile(r"(?:^|(?<=[.;:!?)”\"] )|(?<=\())Years (\d+)[–-](\d+)( only)?: ")
# Where a route's words end when no other route follows: the next cue of the step.
_CUE = re.compile(r"(?<=[.;!?)”\"] )(?:Do|Say|Ask|Then ask|If asked|Model answer)\b[^:.]{0,40}: ")


def for_year(text: str, year: int | None) -> str:
    """``text`` with only ``year``'s routes, each labelled "Year 4:"; unchanged for None."""
    if year is None:
        return text
    return "\n".join(_paragraph(p, year) for p in text.split("\n"))


def _paragraph(text: str, year: int) -> str:
    routes = list(_ROUTE.finditer(text))
    if not routes:
        return text
    out, at = [], 0
    for n, route in enumerate(routes):
        following = routes[n + 1].start() if n + 1 < len(routes) else len(text)
        cue = _CUE.search(text, route.end(), following)
        end = min(cue.start() if cue else following, _bracket_end(text, route.end()))
        out.append(text[at:route.start()])
        if int(route[1]) <= year <= int(route[2]):
            out.append(f"Year {year}: " + text[route.end():end])
        at = end
    out.append(text[at:])
    kept = re.sub(r"  +", " ", "".join(out)).strip()
    # A bracket whose routes all went, or a route cut before its bracket's end: tidied.
    # The space before an emptied bracket goes with it ("a question (…). Then" read
    # "a question . Then").
    return re.sub(r"\s*\(\s*\)", "", re.sub(r"[;,]\s*\)", ")", kept))


def _bracket_end(text: str, start: int) -> int:
    """Where the bracket ``start`` is in closes (a route written inside one ends with it);
    the text's end when ``start`` is in none."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            if depth == 0:
                return i
            depth -= 1
    return len(text)

