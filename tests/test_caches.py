"""lessonpack.caches: every cache is bounded by count and, where it holds bytes, by bytes;
and a kept function gives the same answers as the function."""

from __future__ import annotations

import threading

from lessonpack.caches import BoundedCache, byte_weight, forget_all, kept


def test_kept_is_bounded_by_bytes_of_arguments_and_results() -> None:
    calls: list[bytes] = []

    @kept(100, max_bytes=1000)
    def doubled(data: bytes) -> bytes:
        calls.append(data)
        return data * 2

    blobs = [bytes([n]) * 100 for n in range(10)]
    for blob in blobs:
        assert doubled(blob) == blob * 2
    cache = doubled.cache  # type: ignore[attr-defined]
    assert cache.weight <= 1000 and len(cache) == 3  # 300 bytes each: three fit
    doubled(blobs[-1])
    assert len(calls) == 10  # the newest is kept
    doubled(blobs[0])
    assert len(calls) == 11  # the oldest went first
    big = b"x" * 2000
    assert doubled(big) == big * 2 and big not in [k[0] for k in cache._items]


def test_kept_is_bounded_by_count_and_keeps_none_results() -> None:
    calls: list[int] = []

    @kept(2)
    def nothing(n: int) -> None:
        calls.append(n)

    nothing(1)
    nothing(1)
    assert calls == [1]  # a None result is kept too
    nothing(2)
    nothing(3)
    nothing(1)
    assert calls == [1, 2, 3, 1]


def test_byte_weight_counts_bytes_in_tuples() -> None:
    assert byte_weight((b"abc", ("x", b"de"), 5)) == 5


def test_bounded_cache_under_threads_stays_within_its_bounds() -> None:
    cache: BoundedCache[int, bytes] = BoundedCache(50, max_weight=5000, weigh=len)

    def work(start: int) -> None:
        for n in range(start, start + 500):
            cache.put(n, b"x" * (n % 200))
            cache.get(n - 3)

    threads = [threading.Thread(target=work, args=(k * 1000,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(cache) <= 50 and cache.weight <= 5000
    assert cache.weight == sum(len(v) for v in cache.values())


def test_a_full_cache_drops_the_entry_used_least_recently() -> None:
    """A long-running server asks for some entries on every request: reading one keeps it,
    and the entry nobody asked for since goes first."""
    cache: BoundedCache[str, int] = BoundedCache(2)
    cache.put("hot", 1)
    cache.put("cold", 2)
    assert cache.get("hot") == 1
    cache.put("new", 3)
    assert (cache.get("hot"), cache.get("cold"), cache.get("new")) == (1, None, 3)


def test_forget_all_empties_every_bounded_cache() -> None:
    """Tests start from empty caches through one public call, not by clearing a module's
    private tables: a cache of its own and a ``kept`` function's are both emptied."""
    own: BoundedCache[str, int] = BoundedCache(4)
    own.put("a", 1)
    calls: list[int] = []

    @kept(4)
    def double(n: int) -> int:
        calls.append(n)
        return 2 * n

    double(2)
    forget_all()
    assert own.get("a") is None and len(own) == 0
    assert double(2) == 4 and calls == [2, 2]  # made again: its cache was emptied
