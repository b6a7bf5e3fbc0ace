"""A Part one year group teaches instead of the lesson's own, and the lesson's other words
about it: pure functions on plain text, shared by the model's check and the plan.

Key Stage 2's Part 3 story is about a ten-year-old whose grandma types for him: right for
Year 4, young for Year 6, who are about to get their own phone. A lesson may list, under
``route_cycles``, a Part a route's years teach instead (``replaces: 3``). Built for a class
in those years, that Part stands in the replaced one's place on every slide, sheet and
page; a pack for no class, or another year, keeps the lesson as written.

Elsewhere the lesson talks about the replaced story (the plan's names check, the EAL
sentence starters, the letter's conversation starters). Swapping the child's name
in all that text made the Year 6 letter told the Year 4 plot under the new child's name.
Here nothing is guessed: the route lists each sentence to say instead (``instead: [{text,
say}]``), written by the author, and the model refuses a route whose pack would still name
anyone from the replaced story (``names_left``), so no line is missed silently.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from typing import Any, Protocol

# Keys whose values are identifiers or lists of ids, never prose: the lint rules' walk
# (content/lint/_common.text_fields) leaves them out. Here, not there, so the model's check
# (content/model.py) can read it without importing the lint rules.
ID_FIELDS = frozenset({"kind", "id", "topic", "audience", "fact", "sources", "signposting",
                       "platform_rules", "visitor", "role", "route"})
# And a scenario's picture keys and a route's years: a name check reads prose only.
NOT_PROSE = ID_FIELDS | {"picture", "animal", "beside", "years"}


class Said(Protocol):
    """One ``instead`` entry: the lesson's ``text`` and what the route's pack says."""

    @property
    def text(self) -> str: ...

    @property
    def say(self) -> str: ...


def said_instead(text: str, instead: Sequence[Said]) -> str:
    """``text`` with each entry's words said the route's way; every entry matched in one
    pass, longest first, so a replacement is never rewritten again."""
    if not instead:
        return text
    ordered = sorted(instead, key=lambda s: -len(s.text))
    say = {s.text: s.say for s in ordered}
    pattern = re.compile("|".join(re.escape(s.text) for s in ordered))
    return pattern.sub(lambda m: say[m[0]], text)


def prose(node: Any, loc: tuple[str | int, ...] = (), skip: frozenset[str] = NOT_PROSE
          ) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every prose string in a dumped model (``model_dump(mode="json")``), with its path;
    the values of the keys in ``skip`` left out."""
    if isinstance(node, str):
        yield loc, node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in skip:
                yield from prose(value, (*loc, key), skip)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from prose(value, (*loc, i), skip)


def story_names(scenario: dict[str, Any] | None) -> list[str]:
    """The people a dumped scenario names: its character, the child watching, the account
    and each commenter ("Kofi", "Baker Bea", "StarFan_J", "Ama_M")."""
    if not scenario:
        return []
    names = [scenario.get("character"), scenario.get("watcher"), scenario.get("account")]
    names += [c.get("user") for c in scenario.get("comments") or []]
    # "Jo (Amara's mum)": the account's own name, before its bracket.
    found = {re.sub(r"\s*\(.*\)$", "", n).strip() for n in names if n}
    return sorted(n for n in found if n)


def names_left(dumped: dict[str, Any], replaces: int, instead: Sequence[Said],
               years: str, replaced: Collection[int] = ()) -> list[tuple[str, str]]:
    """(name, field path) for each name of the replaced Part's story that a pack with the
    route's Part in its place would still print: the lesson's prose outside that Part (and
    outside the other Parts its years are taught instead, ``replaced``), leaving out the
    route Parts themselves, the summary (a listing's words, printed in no pack) and what is
    said for other years alone (a "Years 3–4: …" line, a route of theirs: a class pack cuts
    them), with the ``instead`` words (every route Part of those years') said. Empty when
    the pack names no one from the replaced story."""
    old = dumped["cycles"][replaces - 1]
    names = story_names(old.get("scenario"))
    if not names:
        return []
    gone = {replaces, *replaced}
    kept = {k: v for k, v in dumped.items() if k not in ("route_cycles", "summary")}
    kept["cycles"] = [c for i, c in enumerate(dumped["cycles"], 1) if i not in gone]
    left = []
    for loc, text in prose(_for_years(kept, years)):
        said = said_instead(text, instead)
        left += [(name, ".".join(map(str, loc))) for name in names
                 if re.search(rf"\b{re.escape(name)}\b", said)]
    return left


# "Years 3–4: …", "Years 5–6 only: …": a line for those years alone (content/routes.py).
_LABEL = re.compile(r"^Years (\d+)[–-](\d+)(?: only)?: ")


def _bounds(years: str) -> tuple[int, int]:
    """(3, 4) for "3-4"; (6, 6) for "6"."""
    low, _, high = years.partition("-")
    return int(low), int(high or low)


def _overlap(first: int, last: int, years: str) -> bool:
    low, high = _bounds(years)
    return low <= last and first <= high


def _for_years(node: Any, years: str) -> Any:
    """``node`` without what is for other years alone: a mapping with its own ``years``
    (a route, a sheet route) that does not meet ``years``, a line labelled for others."""
    if isinstance(node, dict):
        own = node.get("years")
        if isinstance(own, str) and own and not _overlap(*_bounds(own), years):
            return {}
        return {k: _for_years(v, years) for k, v in node.items()}
    if isinstance(node, list):
        return [_for_years(v, years) for v in node]
    if isinstance(node, str):
        found = _LABEL.match(node)
        if found is not None and not _overlap(int(found[1]), int(found[2]), years):
            return ""
    return node


def unused_instead(dumped: dict[str, Any], instead: Sequence[Said]) -> list[int]:
    """The indexes of ``instead`` entries whose words the lesson (outside its route Parts)
    never says: a sentence edited in the lesson leaves its entry doing nothing."""
    texts = [t for _, t in prose({k: v for k, v in dumped.items() if k != "route_cycles"})]
    return [i for i, s in enumerate(instead) if not any(s.text in t for t in texts)]
