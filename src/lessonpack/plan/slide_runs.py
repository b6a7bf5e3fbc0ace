"""How a list runs over several slides: how many to a slide, and each slide's title."""

from __future__ import annotations


def even_share(count: int, most: int) -> int:
    """Items per slide when ``count`` items go at most ``most`` to a slide, as evenly as
    they can (5 at most 4 a slide: 3 and 2, never 4 and 1)."""
    slides = -(-count // most) if count else 1
    return -(-count // slides) if count else most


def even_runs(count: int, most: int) -> list[range]:
    """The items of each slide when ``count`` items go at most ``most`` to a slide, as few
    slides as hold them, the slides' counts differing by one at most, the fuller first
    (10 at most 3 a slide: 3, 3, 2 and 2; cut at even_share's 3 each, the last slide held
    one card alone)."""
    slides = -(-count // most) if count else 0
    small, extra = divmod(count, slides) if slides else (0, 0)
    runs, start = [], 0
    for n in range(slides):
        stop = start + small + (1 if n < extra else 0)
        runs.append(range(start, stop))
        start = stop
    return runs


def continued(title: str, n: int, items: int, per_slide: int) -> str:
    """Unique titles when a list runs over several slides: "Who can help (2 of 3)"."""
    slides = -(-items // per_slide)
    return title if slides == 1 else f"{title} ({n + 1} of {slides})"
