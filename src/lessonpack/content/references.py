"""Checks that go across files: references to facts, helplines and sources, and timings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lessonpack.content.facts_model import DisclosureStepText
from lessonpack.content.model import (
    WELCOME_MINUTES,
    Fact,
    Helpline,
    Lesson,
    ParentSession,
    PlatformRule,
)
from lessonpack.content.yamlsource import format_field
from lessonpack.errors import Problem, problem_at

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem


def _unknown(loaded: LoadedItem, loc: tuple[Any, ...], what: str, value: str,
             known: set[str]) -> Problem:
    line, column = loaded.parsed.position(loc)
    # Twelve names keep the line readable; say when there are more, so the list is not
    # taken for all of them.
    names = sorted(known)
    hint = ", ".join(names[:12]) + (f", … ({len(names)} in all)" if len(names) > 12 else "")
    return problem_at(loaded.display, "LP110", f"unknown {what} {value!r}; known: {hint}",
                      line=line, column=column, field=format_field(loc))


def check_references(index: ContentIndex) -> list[Problem]:
    facts = index.facts
    source_ids = {s.id for s in facts.sources}
    fact_ids = {f.id for f in facts.facts}
    helpline_ids = {h.id for h in facts.helplines}
    rule_ids = {r.id for r in facts.platform_rules}
    problems: list[Problem] = []
    entries: list[Fact | Helpline | PlatformRule | DisclosureStepText] = [
        *facts.facts, *facts.helplines, *facts.platform_rules, *facts.disclosure_steps]
    for entry in entries:
        for src in entry.sources:
            if src not in source_ids:
                problems.append(problem_at("facts.yml", "LP110",
                                           f"{entry.id}: unknown source {src!r}"))
    for loaded in index.items.values():
        item = loaded.item
        for i, ref in enumerate(item.signposting):
            if ref not in helpline_ids:
                problems.append(_unknown(loaded, ("signposting", i), "helpline", ref,
                                         helpline_ids))
        for i, ref in enumerate(item.sources):
            if ref not in source_ids:
                problems.append(_unknown(loaded, ("sources", i), "source", ref, source_ids))
        if isinstance(item, ParentSession):
            problems += _handout_helplines(loaded, helpline_ids)
            for i, ref in enumerate(item.platform_rules):
                if ref not in rule_ids:
                    problems.append(_unknown(loaded, ("platform_rules", i), "platform rule",
                                             ref, rule_ids))
            for s, section in enumerate(item.sections):
                for at, chart in section.every_chart():
                    for b, bar in enumerate(chart.bars):
                        if bar.fact in fact_ids:
                            continue
                        loc = ("sections", s, *at, "bars", b, "fact")
                        problems.append(_unknown(loaded, loc, "fact", bar.fact, fact_ids))
        problems.extend(_timing(loaded))
    return problems


def _handout_helplines(loaded: LoadedItem, helpline_ids: set[str]) -> list[Problem]:
    """The handout's own services (``handout.signposting``, and each variant's): each a
    helpline facts.yml lists."""
    item = loaded.item
    if not isinstance(item, ParentSession):
        return []
    lists = [(("handout", "signposting"), item.handout.signposting),
             *((("handout", "variants", v, "signposting"), variant.signposting or [])
               for v, variant in enumerate(item.handout.variants))]
    return [_unknown(loaded, (*at, i), "helpline", ref, helpline_ids)
            for at, refs in lists for i, ref in enumerate(refs) if ref not in helpline_ids]


def _timing(loaded: LoadedItem) -> list[Problem]:
    item = loaded.item
    if isinstance(item, Lesson):
        total = item.timed_minutes
        parts = "starter, learning cycles and plenary"
    else:
        total = WELCOME_MINUTES + sum(s.minutes for s in item.sections)
        parts = f"welcome ({WELCOME_MINUTES} min) and sections"
    if total == item.duration_minutes:
        return []
    line, column = loaded.parsed.position(("duration_minutes",))
    return [problem_at(loaded.display, "LP111", f"the {parts} add up to {total} minutes, not "
                       f"{item.duration_minutes}", line=line, column=column,
                       field="duration_minutes")]
