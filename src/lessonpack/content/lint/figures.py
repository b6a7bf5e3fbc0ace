"""Every figure has a source (LP170, LP171, LP172).

Statistics live once in ``content/facts.yml`` with their sources and are written in content as
``{{ fact.ID }}``. A figure typed straight into a lesson has no source and goes stale silently,
so any statistic-shaped number in the *raw* YAML (before the references are rendered, which
would bring the facts' own figures in) is an error. Positions come from the YAML nodes, so the
error points at the figure itself, not only at its field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from lessonpack.content.lint._common import problem
from lessonpack.content.model import ChartBar, ParentSession
from lessonpack.content.route_cycles import ID_FIELDS
from lessonpack.content.yamlsource import FieldPath, compose_read
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

UNSOURCED = "LP170"
UNCITED = "LP171"
CHART = "LP172"

# Numbers in the schema's own numeric fields (mock-stream counters, timings, answer lines,
# chart values that name their fact) are not statistics; a chart bar's ``shown`` words are
# checked against its fact's text by chart_values instead.
NUMERIC_FIELDS = frozenset({"minutes", "duration_minutes", "viewers", "likes", "gifts", "lines",
                            "value", "shown"})

# Statistic-shaped numbers. Deliberately not every digit: ages (7–11), timings (2 min), years,
# "call 999" and source ids (S41) are not figures that need a fact.
_FIGURE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)"             # 92%, 44 per cent
    r"|\b\d+\s+(?:in|out\s+of)\s+(?!(?:19|20)\d\d\b)\d[\d,]*\b"  # 1 in 8, 3 out of 4
    r"|\b\d{1,3}(?:,\d{3})+\b"                                  # 37,000
    r"|\b\d+(?:\.\d+)?\s*(?:million|billion|thousand)\b",       # 2 million
    re.IGNORECASE)
# Jinja that is not text: references to facts, helplines and platform rules (or a loop
# variable over them), statements and comments. Blanked out with spaces, so offsets hold.
_JINJA = re.compile(r"\{\{\s*[A-Za-z_][\w.]*(?:\s*\|\s*[A-Za-z_]\w*)*\s*\}\}|\{%.*?%\}|\{#.*?#\}",
                    re.DOTALL)
_FACT_REF = re.compile(r"\bfact\.([a-z][a-z0-9_]*)")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
_STR = "tag:yaml.org,2002:str"


def _scalars(node: Node, loc: FieldPath = ()) -> Iterator[tuple[FieldPath, ScalarNode]]:
    """Every text scalar of a composed YAML document, with its field path."""
    if isinstance(node, MappingNode):
        for key, value in node.value:
            name = str(key.value)
            if name not in ID_FIELDS and name not in NUMERIC_FIELDS:
                yield from _scalars(value, (*loc, name))
    elif isinstance(node, SequenceNode):
        for i, value in enumerate(node.value):
            yield from _scalars(value, (*loc, i))
    elif isinstance(node, ScalarNode) and node.tag == _STR:
        yield loc, node


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def unsourced_figures(loaded: LoadedItem, text: str) -> tuple[list[Problem], list[str]]:
    """Figures typed into the text, and the facts the text refers to (in order of use)."""
    # The loader has already parsed this file safely; composing builds nodes (with their
    # positions) and never constructs Python objects.
    root = compose_read(loaded.path, text)
    if root is None:
        return [], []
    problems = []
    used: dict[str, None] = {}
    for loc, node in _scalars(root):
        start = node.start_mark.index
        # The scalar as written (quotes, folds and all), so offsets map back to the file.
        source = text[start:node.end_mark.index]
        used |= dict.fromkeys(_FACT_REF.findall(source))
        masked = _JINJA.sub(lambda m: " " * len(m.group()), source)
        for match in _FIGURE.finditer(masked):
            figure = " ".join(match.group().split())
            problems.append(problem(
                loaded, loc, UNSOURCED,
                f'figure "{figure}" has no source: add it to facts.yml with its sources and '
                "write {{ fact.ID }} here",
                position=_position(text, start + match.start())))
    return problems, list(used)


def uncited_facts(loaded: LoadedItem, used: list[str],
                  fact_sources: dict[str, list[str]]) -> list[Problem]:
    """Warn when none of a used fact's sources is in the item's own sources list."""
    item = loaded.item
    facts = dict.fromkeys(used)
    if isinstance(item, ParentSession):
        facts |= dict.fromkeys(bar.fact for s in item.sections for _, c in s.every_chart()
                               for bar in c.bars)
    listed = set(item.sources)
    problems = []
    for fact in facts:
        sources = fact_sources.get(fact)
        if sources and not listed & set(sources):
            problems.append(problem(
                loaded, ("sources",), UNCITED,
                f"fact {fact!r} comes from {', '.join(sources)}, none of which is listed here; "
                "list one so the pack shows where the figure came from"))
    return problems


def _version_facts(version: ParentSession, fact_text: dict[str, str]) -> dict[str, None]:
    """The facts one phase's version shows: its charts' and those whose text (rendered in
    when the content loaded) its sections, handout and quiz say."""
    said = json.dumps(version.model_dump(mode="json", exclude={"versions", "visit"}),
                      ensure_ascii=False)
    used = dict.fromkeys(bar.fact for s in version.sections for _, c in s.every_chart()
                         for bar in c.bars)
    return used | dict.fromkeys(f for f, text in fact_text.items() if text and text in said)


def uncited_in_versions(loaded: LoadedItem, fact_sources: dict[str, list[str]],
                        fact_text: dict[str, str]) -> list[Problem]:
    """Warn when a version with its own sources list shows a figure none of whose sources
    that list has: the primary version's notes would print the figure with no source."""
    item = loaded.item
    if not isinstance(item, ParentSession):
        return []
    problems = []
    for phase, version in item.versions.items():
        if not version.sources:
            continue
        listed = set(version.sources)
        for fact in _version_facts(item.for_phase(phase), fact_text):
            sources = fact_sources.get(fact)
            if sources and not listed & set(sources):
                problems.append(problem(
                    loaded, ("versions", phase, "sources"), UNCITED,
                    f"the {phase} version shows fact {fact!r}, which comes from "
                    f"{', '.join(sources)}, none of which its sources list; list one"))
    return problems


def chart_values(loaded: LoadedItem, fact_text: dict[str, str]) -> list[Problem]:
    """A chart bar's value is typed as a number (the deck shows it as the figure, "79%"),
    so it must be one of the percentages its fact states, or the deck shows an unsourced
    figure."""
    item = loaded.item
    if not isinstance(item, ParentSession):
        return []
    problems = []
    for s, section in enumerate(item.sections):
        for at, chart in section.every_chart():
            for b, bar in enumerate(chart.bars):
                problems += _bar_problems(loaded, ("sections", s, *at, "bars", b), bar,
                                          fact_text.get(bar.fact, ""))
    return problems


def _bar_problems(loaded: LoadedItem, loc: tuple[Any, ...], bar: ChartBar, fact: str
                  ) -> list[Problem]:
    if bar.shown is not None:
        # A figure given in words: the words on the bar must be the fact's own.
        if bar.shown.lower() not in fact.lower():
            return [problem(loaded, (*loc, "shown"), CHART,
                            f"{bar.shown!r} is not in the text of fact {bar.fact!r}")]
        return []
    stated = {float(v) for v in _PERCENT.findall(fact)}
    if stated and bar.value not in stated:
        shown = ", ".join(f"{v:g}%" for v in sorted(stated))
        return [problem(loaded, (*loc, "value"), CHART,
                        f"chart value {bar.value:g} is not what fact {bar.fact!r} says ({shown})")]
    return []


def check_figures(index: ContentIndex, raw: dict[str, str]) -> list[Problem]:
    """``raw`` maps each item id to its file's text as read from disk."""
    fact_sources = {f.id: list(f.sources) for f in index.facts.facts}
    fact_text = {f.id: f.text for f in index.facts.facts}
    problems = []
    for item_id, loaded in index.items.items():
        problems += chart_values(loaded, fact_text)
        problems += uncited_in_versions(loaded, fact_sources, fact_text)
        text = raw.get(item_id)
        if text is None:
            continue
        found, used = unsourced_figures(loaded, text)
        problems += found + uncited_facts(loaded, used, fact_sources)
    return problems

