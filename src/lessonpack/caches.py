"""A bounded, thread-safe cache for what lessonpack keeps between packs in one process.

A web server builds packs from several threads at once, and a batch builds hundreds of packs
in one worker: every cache that outlives one build must stay within a bound and never be
seen half-changed. Entries are made outside the lock (making one can take milliseconds); two
threads that miss together both make the entry, and both make it the same, so whichever is
kept is right. The oldest entry goes first when the bound is reached.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedCache(Generic[K, V]):
    def __init__(self, max_items: int, *, max_weight: int | None = None,
                 weigh: Callable[[V], int] | None = None) -> None:
        """At most ``max_items`` entries; with ``weigh``, also at most ``max_weight`` in
        total (bytes, say), and an entry heavier than a 64th of that is not kept."""
        self.max_items, self.max_weight, self._weigh = max_items, max_weight, weigh
        self._items: dict[K, V] = {}
        self._weight = 0
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            return self._items.get(key)

    def put(self, key: K, value: V) -> None:
        weight = self._weigh(value) if self._weigh is not None else 0
        limit = self.max_weight
        if self.max_items <= 0 or (limit is not None and weight > limit // 64):
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None and self._weigh is not None:
                self._weight -= self._weigh(old)
            while self._items and (len(self._items) >= self.max_items or (
                    limit is not None and self._weight + weight > limit)):
                dropped = self._items.pop(next(iter(self._items)))
                if self._weigh is not None:
                    self._weight -= self._weigh(dropped)
            self._items[key] = value
            self._weight += weight

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._weight = 0

    def values(self) -> list[V]:
        with self._lock:
            return list(self._items.values())

    @property
    def weight(self) -> int:
        return self._weight

    def __len__(self) -> int:
        return len(self._items)
