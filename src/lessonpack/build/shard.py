"""``--shard K/N``: the K-th of N disjoint slices of a run's packs.

Kept free of heavy imports: the command line parses ``--shard`` before anything is loaded, so
a mistyped shard is a usage error in milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from lessonpack.errors import UsageError

T = TypeVar("T")
_PATTERN = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


@dataclass(frozen=True)
class Shard:
    index: int  # K, counted from 1 as people (and CI matrices) count
    count: int  # N

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    @property
    def manifest_name(self) -> str:
        """Each shard records its own run manifest, so shards sharing a folder never clash."""
        return f"manifest-{self.index}-of-{self.count}.json"

    def pick(self, items: Sequence[T], key: Callable[[T], str]) -> list[T]:
        """This shard's items: sorted by ``key``, then dealt round-robin.

        Sorting makes the assignment independent of manifest order and of the machine; dealing
        round-robin (not cutting into contiguous runs) spreads each brand's packs over every
        shard, so shards differ by at most one pack and by little in cost.
        """
        ordered = sorted(items, key=key)
        return ordered[self.index - 1::self.count]


def parse_shard(text: str | None) -> Shard | None:
    """``"2/4"`` → Shard(2, 4); None stays None. Anything else is a usage error."""
    if text is None:
        return None
    match = _PATTERN.match(text)
    if not match:
        raise UsageError(f"--shard {text}: write it as K/N, e.g. --shard 2/4 for the second "
                         "of four slices")
    index, count = int(match[1]), int(match[2])
    if count < 1 or not 1 <= index <= count:
        raise UsageError(f"--shard {text}: K must be from 1 to N and N at least 1, e.g. "
                         "--shard 1/4 … --shard 4/4")
    return Shard(index, count)
