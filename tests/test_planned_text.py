"""The wording the planners add (speaker notes, sequence steps, letters' and plans' fixed
prose) passes the same content rules as the YAML: never-say phrases (LP161) and authoring notes
or citation codes (LP173). ``validate`` checks content fields only; this runs the rules over
every planned slide and document block of the built-in packs, for every audience, with the
default brand and with a school's (so DSL and signatory wording is covered too).

Content text inside a planned string is ``validate``'s to judge (it knows which fields show a
blaming remark for pupils to reject), so it is cut out first: what is left is the planner's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lessonpack.content.brand import DEFAULT_BRAND, Brand, load_brand
from lessonpack.content.lint._common import text_fields
from lessonpack.content.lint.neversay import _hits, read_rules
from lessonpack.content.lint.output_text import _CITATION, _NOTES
from lessonpack.content.loader import LoadedItem, load_content
from lessonpack.content.school import apply_school, load_school
from lessonpack.io.resources import builtin_content
from lessonpack.plan.pack import plan_pack
from lessonpack.plan.quotes import typographic

ROOT = Path(__file__).resolve().parents[1]
INDEX = load_content([])
RULES, RULE_PROBLEMS = read_rules([builtin_content()], str)
SCHOOL_BRAND = apply_school(
    load_brand(ROOT / "examples/brands/northshire-online-safety/brand.yml").brand,
    load_school(ROOT / "examples/schools/ashgrove-primary/school.yml").model)
BRANDS = {"default": DEFAULT_BRAND, "school": SCHOOL_BRAND}


def _strings(node: Any, where: str) -> Iterator[tuple[str, str]]:
    """Every string in a plan (slides, payloads, blocks), with where it is."""
    if isinstance(node, str):
        yield where, node
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        for f in dataclasses.fields(node):
            if f.name in {"filename", "kind", "look", "folder", "picture", "pictures"}:
                continue
            yield from _strings(getattr(node, f.name), f"{where}.{f.name}")
    elif isinstance(node, tuple | list):
        for i, value in enumerate(node):
            yield from _strings(value, f"{where}[{i}]")


def _content_texts(loaded: LoadedItem) -> list[str]:
    """The item's own text and the facts file's (sources' titles are their owners' words,
    quoted as published), longest first, so a sentence goes before a phrase inside it."""
    facts = [t for _, t in _strings_of(INDEX.facts.model_dump(mode="json"))]
    raw = [*(t for _, t in text_fields(loaded)), *facts]
    # Planners may print content with typographic quotes ("he’d" for "he'd"): still content.
    texts = {t.strip() for t in [*raw, *map(typographic, raw)] if len(t.strip()) >= 12}
    return sorted(texts, key=len, reverse=True)


def _strings_of(node: Any) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings_of(value) if key != "url" else iter(())
    elif isinstance(node, list):
        for value in node:
            yield from _strings_of(value)
    elif isinstance(node, str):
        yield "", node


def _planner_part(text: str, content: list[str]) -> str:
    for piece in content:
        if piece in text:
            text = text.replace(piece, " … ")
    return text


def _findings(loaded: LoadedItem, brand: Brand) -> list[str]:
    plan = plan_pack(loaded.item, INDEX.facts, brand, INDEX.pictures)
    content = _content_texts(loaded)
    found = []
    for where, text in _strings(plan, plan.folder):
        own = _planner_part(text, content)
        for rule in RULES:
            hit = next(_hits(own, rule, False), None)
            if hit is not None:
                found.append(f"{where}: LP161 never say {hit!r} ({rule.why}) in: {own[:160]!r}")
        for match in _NOTES.finditer(own):
            found.append(f"{where}: LP173 note {match.group()!r} in: {own[:160]!r}")
        for code in _CITATION.findall(own):
            found.append(f"{where}: LP173 citation code {code!r} in: {own[:160]!r}")
    return found


def test_the_rules_were_read() -> None:
    assert RULES and not RULE_PROBLEMS


@pytest.mark.parametrize("brand", list(BRANDS))
@pytest.mark.parametrize("item", sorted(INDEX.items))
def test_planned_text_passes_never_say_and_lp173(item: str, brand: str) -> None:
    assert _findings(INDEX.items[item], BRANDS[brand]) == []


def test_the_check_finds_a_planted_phrase() -> None:
    """The walk reaches notes and blocks, and content text is cut out only where it is."""
    loaded = next(iter(INDEX.items.values()))
    plan = plan_pack(loaded.item, INDEX.facts, DEFAULT_BRAND, INDEX.pictures)
    where = [w for w, _ in _strings(plan, "pack")]
    assert any(".notes" in w for w in where) and any(".blocks[" in w for w in where)
    planted = "Warn them about online predators lurking in streams (S12). TODO"
    own = _planner_part(planted, _content_texts(loaded))
    assert any(next(_hits(own, rule, False), None) for rule in RULES)
    assert _NOTES.search(own) and _CITATION.search(own)
    assert re.sub(r"\s+", " ", _planner_part("x " + _content_texts(loaded)[0], [
        _content_texts(loaded)[0]])).strip() == "x …"
