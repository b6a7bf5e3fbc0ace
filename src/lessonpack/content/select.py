"""Chooses the content items a request asks for (pure: no files)."""

from __future__ import annotations

from lessonpack.content.loader import ContentIndex, LoadedItem
from lessonpack.content.model import AGE_RANGES, Audience
from lessonpack.errors import UsageError, UserError, problem_at


def audience_for_age(age: int) -> Audience:
    for audience, ages in AGE_RANGES.items():
        if age in ages:
            return audience
    raise UsageError(f"--age {age}: lessonpack has lessons for ages 5 to 16")


def select(index: ContentIndex, topic: str, audiences: list[Audience]) -> list[LoadedItem]:
    topics = index.by_topic()
    if topic not in topics:
        known = ", ".join(sorted(topics)) or "none"
        raise UserError(problem_at("<request>", "LP120", f"no content for topic {topic!r}; "
                                   f"topics available: {known}"))
    by_audience = {loaded.item.audience: loaded for loaded in topics[topic]}
    missing = [a.value for a in audiences if a not in by_audience]
    if missing:
        have = ", ".join(sorted(a.value for a in by_audience))
        raise UserError(problem_at("<request>", "LP120", f"topic {topic!r} has no content for "
                                   f"{', '.join(missing)}; available: {have}"))
    return [by_audience[a] for a in audiences]
