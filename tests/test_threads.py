"""Builds from several threads at once (a web server's requests) give exactly the bytes of the
same builds made one after another: nothing a build needs lives in a process global, and the
caches the builds share stay whole."""

from __future__ import annotations

import datetime as dt
import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest

from lessonpack import api, caches
from lessonpack.build.request import PackRequest
from lessonpack.content.model import Audience
from lessonpack.render import slide_cache

ROOT = Path(__file__).resolve().parents[1]
BRANDS = ROOT / "examples/brands"
# Eight different packs: every audience, three brands, a trainer's template; each a pack
# request and the build request's other fields.
REQUESTS: list[tuple[PackRequest, dict[str, Any]]] = [
    (api.pack(audiences=[Audience.KS1]), {}),
    (api.pack(audiences=[Audience.KS2], brand=BRANDS / "oakfield-primary" / "brand.yml"), {}),
    (api.pack(audiences=[Audience.KS3], brand=BRANDS / "riverside-academy" / "brand.yml"), {}),
    (api.pack(audiences=[Audience.KS4],
              brand=BRANDS / "northshire-online-safety" / "brand.yml"), {}),
    (api.pack(audiences=[Audience.PARENTS]), {}),
    (api.pack(audiences=[Audience.KS2],
              template=ROOT / "examples/templates/brightpath-training"), {}),
    (api.pack(audiences=[Audience.PARENTS],
              brand=BRANDS / "riverside-academy" / "brand.yml"), {}),
    # Content loaded once, as a server does.
    (api.pack(audiences=[Audience.KS3]), {"index": api.load()}),
]


def _forget() -> None:
    slide_cache.forget()
    caches.forget_all()


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file()}


def test_eight_threads_build_the_bytes_of_serial_builds(tmp_path: Path) -> None:
    _forget()  # every thread starts from empty caches and fills them at once
    start = threading.Barrier(len(REQUESTS))
    errors: list[BaseException] = []

    def build(n: int) -> None:
        try:
            start.wait()
            pack, options = REQUESTS[n]
            report = api.build(pack, out=tmp_path / "threads" / str(n), **options)
            assert report.ok, report.problems
        except BaseException as exc:  # re-raised below, in the test's own thread
            errors.append(exc)

    threads = [threading.Thread(target=build, args=(n,)) for n in range(len(REQUESTS))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    _forget()
    for n, (pack, options) in enumerate(REQUESTS):
        assert api.build(pack, out=tmp_path / "serial" / str(n), **options).ok
    for n in range(len(REQUESTS)):
        threaded, serial = (_files(tmp_path / how / str(n)) for how in ("threads", "serial"))
        assert len(serial) >= 3, n
        assert threaded.keys() == serial.keys(), n
        for name in serial:
            assert threaded[name] == serial[name], (n, name)


def test_requests_in_one_process_keep_their_own_stated_times(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file's dates are its request's stated time (BuildRequest.stated_time, which the
    doors read from SOURCE_DATE_EPOCH: tests/test_stated_time.py), never the environment
    read while building: two requests built at once, one stated and one not, while the
    environment states a third time, each get their own; a request made with no time states
    none, whatever the environment says."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    september = dt.datetime(2026, 9, 1, 8, 0)
    times: dict[str, Any] = {"stated": {"stated_time": september},
                             "unstated": {"stated_time": None}}
    start = threading.Barrier(len(times))
    errors: list[BaseException] = []

    def build(name: str) -> None:
        try:
            start.wait()
            report = api.build(api.pack(audiences=[Audience.KS1]), out=tmp_path / name,
                               **times[name])
            assert report.ok, report.problems
        except BaseException as exc:  # re-raised below, in the test's own thread
            errors.append(exc)

    threads = [threading.Thread(target=build, args=(name,)) for name in times]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    report = api.build(api.pack(audiences=[Audience.KS1]), out=tmp_path / "default")
    assert report.ok, report.problems

    def dates(name: str) -> set[tuple[str, tuple[int, ...]]]:
        """Each file's core.xml dates and its zip members' times, as one set."""
        found = set()
        files = sorted((tmp_path / name).rglob("*.pptx")) + sorted(
            (tmp_path / name).rglob("*.docx"))
        assert len(files) > 3
        for path in files:
            with zipfile.ZipFile(path) as z:
                core = z.read("docProps/core.xml").decode()
                stamps = {i.date_time for i in z.infolist()}
            said = [core[core.index(">", at) + 1:core.index("<", at + 1)]
                    for at in (core.find("<dcterms:created"), core.find("<dcterms:modified"))
                    if at >= 0]
            found |= {(when, stamp) for when in (said or ["none"]) for stamp in stamps}
        return found

    assert dates("stated") == {("2026-09-01T08:00:00Z", (2026, 9, 1, 8, 0, 0))}
    assert dates("unstated") == {("none", (2000, 1, 1, 0, 0, 0))}
    assert dates("default") == dates("unstated")
