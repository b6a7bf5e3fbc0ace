"""The bounded, thread-safe caches of what lessonpack keeps between packs in one process.

A web server builds packs from several threads at once, and a batch builds hundreds of packs
in one worker: every cache that outlives one build must stay within a bound and never be
seen half-changed. Entries are made outside the lock (making one can take milliseconds); two
threads that miss together both make the entry, and both make it the same, so whichever is
kept is right. The least recently used entry goes first when the bound is reached.

Two ways to keep something, one rule: ``BoundedCache`` (or ``kept``, the same as a
decorator) for anything holding bytes or other heavy values, bounded by count and by bytes;
``functools.lru_cache(maxsize=N)`` only for small values on hot paths (text measures, names),
where its C speed matters and a count bounds the memory. Nothing is cached without a bound.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from functools import wraps
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
F = TypeVar("F", bound=Callable[..., Any])

# The bytes each cache of whole templates (or what is made from one: a template without its
# slides, its inspection) may hold: one template of the largest size allowed
# (io.safety.MAX_PACKAGE_BYTES, 200 MB) fits, several ordinary ones do.
TEMPLATE_BYTES = 256 << 20


class BoundedCache(Generic[K, V]):
    def __init__(self, max_items: int, *, max_weight: int | None = None,
                 weigh: Callable[[V], int] | None = None,
                 max_entry: int | None = None) -> None:
        """At most ``max_items`` entries; with ``weigh``, also at most ``max_weight`` in
        total (bytes, say), and an entry heavier than ``max_entry`` (a 64th of
        ``max_weight`` unless given) is not kept."""
        self.max_items, self.max_weight, self._weigh = max_items, max_weight, weigh
        self.max_entry = max_entry if max_entry is not None else (
            None if max_weight is None else max_weight // 64)
        self._items: dict[K, V] = {}
        self._weight = 0
        self._lock = threading.Lock()
        _EVERY.add(self)

    def get(self, key: K) -> V | None:
        """The value, now the most recently used: the least recently used goes first when
        the cache is full (a long-running server keeps what every request asks for). None
        is a miss, so None is never stored as a value (``kept`` stores results in a tuple)."""
        with self._lock:
            value = self._items.pop(key, None)
            if value is not None:
                self._items[key] = value
            return value

    def put(self, key: K, value: V) -> None:
        weight = self._weigh(value) if self._weigh is not None else 0
        limit = self.max_weight
        if self.max_items <= 0 or (self.max_entry is not None and weight > self.max_entry):
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


# Every BoundedCache made (``kept``'s too), for ``forget_all``; weakly, so a cache made for
# one object goes with it.
_EVERY: weakref.WeakSet[BoundedCache[Any, Any]] = weakref.WeakSet()


def forget_all() -> None:
    """Empty every BoundedCache in the process: for a test that must start from empty
    caches (builds racing to fill them at once), without reaching into the modules that
    keep them. Never needed by a build: what a cache keeps is the same whoever made it."""
    for cache in list(_EVERY):
        cache.clear()


def byte_weight(value: object) -> int:
    """The bytes a value holds in bytes objects (inside tuples too): what a cache of
    templates, pictures or packages is bounded by."""
    if isinstance(value, (bytes, bytearray)):
        return len(value)
    if isinstance(value, tuple):
        return sum(byte_weight(item) for item in value)
    return 0


def kept(max_items: int, *, max_bytes: int | None = None) -> Callable[[F], F]:
    """Keep a function's results by its (hashable, positional) arguments in a BoundedCache:
    at most ``max_items`` results and, with ``max_bytes``, at most that many bytes held in
    bytes arguments and results together (one entry may take all of it). Exceptions are not
    kept. ``fn.cache_clear()`` empties it."""

    def decorate(fn: F) -> F:
        cache: BoundedCache[tuple[Any, ...], tuple[Any, int]] = BoundedCache(
            max_items, max_weight=max_bytes, weigh=lambda entry: entry[1],
            max_entry=max_bytes)

        @wraps(fn)
        def keeping(*args: Any) -> Any:
            found = cache.get(args)
            if found is not None:
                return found[0]
            result = fn(*args)
            cache.put(args, (result, byte_weight(args) + byte_weight(result)))
            return result

        keeping.cache_clear = cache.clear  # type: ignore[attr-defined]
        keeping.cache = cache  # type: ignore[attr-defined]
        return keeping  # type: ignore[return-value]

    return decorate
