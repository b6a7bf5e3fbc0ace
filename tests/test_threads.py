"""Builds from several threads at once (a web server's requests) give exactly the bytes of the
same builds made one after another: nothing a build needs lives in a process global, and the
caches the builds share stay whole."""

from __future__ import annotations

import threading
from pathlib import Path

from lessonpack import api
from lessonpack.content.model import Audience
from lessonpack.render import deck_drawings, slide_cache

BRANDS = Path("examples/brands")
# Eight different packs: every audience, three brands, a trainer's template.
REQUESTS: list[dict[str, object]] = [
    {"audiences": [Audience.KS1]},
    {"audiences": [Audience.KS2], "brand_file": BRANDS / "oakfield-primary" / "brand.yml"},
    {"audiences": [Audience.KS3], "brand_file": BRANDS / "riverside-academy" / "brand.yml"},
    {"audiences": [Audience.KS4],
     "brand_file": BRANDS / "northshire-online-safety" / "brand.yml"},
    {"audiences": [Audience.PARENTS]},
    {"audiences": [Audience.KS2], "template": Path("examples/templates/brightpath-training")},
    {"audiences": [Audience.PARENTS],
     "brand_file": BRANDS / "riverside-academy" / "brand.yml"},
    {"audiences": [Audience.KS3], "index": api.load()},  # content loaded once, as a server does
]


def _forget() -> None:
    slide_cache.forget()
    deck_drawings._MADE_SHAPES.clear()
    deck_drawings._MADE_TEXT.clear()


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
            report = api.build(out_dir=tmp_path / "threads" / str(n), **REQUESTS[n])  # type: ignore[arg-type]
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
    for n, request in enumerate(REQUESTS):
        assert api.build(out_dir=tmp_path / "serial" / str(n), **request).ok  # type: ignore[arg-type]
    for n in range(len(REQUESTS)):
        threaded, serial = (_files(tmp_path / how / str(n)) for how in ("threads", "serial"))
        assert len(serial) >= 3, n
        assert threaded.keys() == serial.keys(), n
        for name in serial:
            assert threaded[name] == serial[name], (n, name)
