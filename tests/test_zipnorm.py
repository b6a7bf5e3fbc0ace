"""Our zip writer must write what Python's zipfile writes for the same members and settings,
whether a member is deflated afresh or taken from the cache of deflated members."""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile

import pytest

from lessonpack.caches import BoundedCache
from lessonpack.io import zipnorm

WHEN = dt.datetime(2024, 2, 29, 13, 45, 31)
MEMBERS = {
    "ppt/slides/slide2.xml": b"<p:sld>" + b"text " * 5000 + b"</p:sld>",
    "[Content_Types].xml": b"<Types/>",
    "docProps/app.xml": b"",
    "ppt/media/caf\u00e9 logo.png": bytes(range(256)) * 40,
    "ppt/slides/slide1.xml": b"<p:sld/>",
}


def _with_zipfile(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in sorted(members, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=WHEN.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            target.writestr(info, members[name], compresslevel=6)
    return out.getvalue()


@pytest.mark.parametrize("cached", [False, True])
def test_same_bytes_as_zipfile(cached: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipnorm, "_DEFLATED", BoundedCache(100))
    if cached:
        zipnorm.zip_members(MEMBERS, WHEN)  # fills the cache
        assert len(zipnorm._DEFLATED) == len(MEMBERS)
    assert zipnorm.zip_members(MEMBERS, WHEN) == _with_zipfile(MEMBERS)


def test_readable_and_ordered() -> None:
    with zipfile.ZipFile(io.BytesIO(zipnorm.zip_members(MEMBERS, WHEN))) as z:
        assert z.testzip() is None
        assert z.namelist()[0] == "[Content_Types].xml"
        assert {n: z.read(n) for n in z.namelist()} == MEMBERS
        assert {i.date_time for i in z.infolist()} == {(2024, 2, 29, 13, 45, 30)}


def test_cache_stays_within_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    cache: BoundedCache[bytes, tuple[int, bytes]] = BoundedCache(
        1000, max_weight=64 << 10, weigh=lambda made: len(made[1]))
    monkeypatch.setattr(zipnorm, "_DEFLATED", cache)
    for n in range(200):  # about 900 bytes each that deflate does not shrink: 180 KiB in all
        zipnorm._deflated(random.Random(n).randbytes(900))
    assert 0 < len(cache) < 200  # the oldest went
    assert cache.weight <= 64 << 10
    assert sum(len(v[1]) for v in cache.values()) == cache.weight
    zipnorm._deflated(random.Random(0).randbytes(2000))  # over a 64th of the budget: not kept
    assert len(cache.values()[-1][1]) < 2000
