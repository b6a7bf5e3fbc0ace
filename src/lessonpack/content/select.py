"""Chooses the content items a request asks for (pure: no files)."""

from __future__ import annotations

from collections.abc import Callable

from lessonpack.content.loader import ContentIndex, LoadedItem
from lessonpack.content.model import AGE_RANGES, Audience
from lessonpack.errors import Problem, UsageError, UserError, problem_at

# Where an LP120 problem is pinned: the position of the audience in the request (None: its
# topic) and the message give the problem (a batch manifest's line for that value).
Where = Callable[[int | None, str], Problem]


def audience_for_age(age: int) -> Audience:
    for audience, ages in AGE_RANGES.items():
        if age in ages:
            return audience
    raise UsageError(f"--age {age}: lessonpack has lessons for ages 5 to 16")


def select(index: ContentIndex, topic: str, audiences: list[Audience],
           where: Where | None = None) -> list[LoadedItem]:
    """The topic's item for each audience, in order; LP120 for a topic or audience without
    content. ``where`` pins each missing audience's problem (a manifest's line); without it
    one problem for the request lists every missing audience."""
    topics = index.by_topic()
    if topic not in topics:
        known = ", ".join(sorted(topics)) or "none"
        message = f"no content for topic {topic!r}; topics available: {known}"
        raise UserError(where(None, message) if where else _request(message))
    by_audience = {loaded.item.audience: loaded for loaded in topics[topic]}
    missing = [(n, a.value) for n, a in enumerate(audiences) if a not in by_audience]
    if missing:
        have = ", ".join(sorted(a.value for a in by_audience))

        def lacks(names: str) -> str:
            return f"topic {topic!r} has no content for {names}; available: {have}"

        raise UserError([where(n, lacks(name)) for n, name in missing] if where else
                        _request(lacks(", ".join(name for _, name in missing))))
    return [by_audience[a] for a in audiences]


def _request(message: str) -> Problem:
    return problem_at("<request>", "LP120", message)
