"""Citation codes taken out of a plan's prose (sources are named in their own section),
and the walk over every text of a plan's blocks that does it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from lessonpack.content.model import FactsFile
from lessonpack.plan.field_names import field_names
from lessonpack.plan.model import Block


def strip_codes(text: str, codes: frozenset[str]) -> str:
    """Drop source codes from prose: "(CEOP, S11)" -> "(CEOP)", "(S46, S48)" -> ""."""
    def bracket(match: re.Match[str]) -> str:
        parts = re.split(r"([,;])", match[1])
        kept: list[str] = []
        for part in parts[::2]:
            if part.strip() not in codes:
                kept.append(part.strip())
        if len(kept) == len(parts[::2]):
            return match[0]
        # Keep the separators that stood between the pieces still there.
        seps = parts[1::2]
        rebuilt, k = "", 0
        for i, part in enumerate(parts[::2]):
            if part.strip() in codes:
                continue
            rebuilt += (f"{seps[i - 1]} " if k and i else "") + part.strip()
            k += 1
        return f"({rebuilt})" if rebuilt else ""
    text = re.sub(r"\(([^()]*)\)", bracket, text)
    # Spaces only: a line break that starts a text (an answer key's "\nAnswer: …") stays.
    return re.sub(r" +([.,;:])", r"\1", re.sub(r"  +", " ", text)).strip(" ")


def map_texts(blocks: tuple[Block, ...], edit: Callable[[str], str]) -> tuple[Block, ...]:
    """``blocks`` with ``edit`` applied to every string inside them (the blocks are frozen
    dataclasses holding strings and tuples), the rest unchanged. What ``edit`` leaves as it
    was is kept, not rebuilt: most of a plan's texts have nothing to edit, and remaking every
    block was a tenth of planning a pack."""
    def clean(value: object) -> object:
        if isinstance(value, str):
            edited = edit(value)
            return value if edited == value else edited
        if isinstance(value, tuple):
            items = tuple(clean(v) for v in value)
            same = type(value) is tuple and all(a is b for a, b in zip(items, value, strict=True))
            return value if same else items
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            changed = {}
            for name in field_names(type(value)):
                was = getattr(value, name)
                now = clean(was)
                if now is not was:
                    changed[name] = now
            return dataclasses.replace(value, **changed) if changed else value
        return value

    return tuple(clean(b) for b in blocks)  # type: ignore[misc]


def code_stripper(facts: FactsFile) -> Callable[[str], str]:
    """A text with ``facts``' citation codes removed (``without_source_codes``' edit, for a
    caller that makes another edit in the same walk)."""
    codes = frozenset(s.id for s in facts.sources)
    return lambda text: strip_codes(text, codes) if "(" in text else text


def without_source_codes(blocks: tuple[Block, ...], facts: FactsFile) -> tuple[Block, ...]:
    """Every text of ``blocks`` with citation codes removed: sources are named in their own
    section, by title and organisation, not as codes in the teacher's prose."""
    return map_texts(blocks, code_stripper(facts))
