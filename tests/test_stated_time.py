"""The build's stated time (its files' dates) is read from SOURCE_DATE_EPOCH by the doors
only, once: the command line's build and batch, and the web server where it starts. The
request carries it to everything that dates a file, Office files, PDFs, the run manifest's
record and the web zip; nothing in a build reads the environment. Two requests in one
server process with different times kept their own Office dates but shared the PDFs' and
the zip's, read from the environment mid-build."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from lessonpack import api
from lessonpack.build.pdf import normalise_pdf
from lessonpack.build.request import BuildRequest, PackRequest
from lessonpack.build.run_manifest import run_manifest
from lessonpack.cli import main

SEPTEMBER = dt.datetime(2026, 9, 1, 8, 0)
# 1700000000, as SOURCE_DATE_EPOCH says it: 2023-11-14 22:13:20 UTC.
EPOCH_TIME = dt.datetime(2023, 11, 14, 22, 13, 20)
# What LibreOffice writes: its clock's dates and an /ID made from them.
PDF = (b"%PDF-1.6\n1 0 obj << /CreationDate (D:20261207041100+00'00') "
       b"/ModDate (D:20261207041100+00'00') >> endobj\n"
       b"trailer << /ID [ <0123456789ABCDEF> <0123456789ABCDEF> ] >>\n%%EOF\n")


@pytest.fixture(autouse=True)
def _environment_says_another_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment states a third time: what is built must not take it from there."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1")


def test_the_doors_read_source_date_epoch_as_a_time() -> None:
    assert api.source_date_epoch({"SOURCE_DATE_EPOCH": " 1700000000 "}) == EPOCH_TIME
    assert api.source_date_epoch({}) is None
    assert api.source_date_epoch({"SOURCE_DATE_EPOCH": "tomorrow"}) is None
    # A zip entry holds nothing before 1980: an earlier time is stated as 1980's first second.
    assert api.source_date_epoch({"SOURCE_DATE_EPOCH": "0"}) == dt.datetime(1980, 1, 1)


def test_a_request_made_with_no_time_states_none() -> None:
    request = BuildRequest(packs=(PackRequest(audiences=("ks1",)),))
    assert request.stated_time is None


def test_a_pdf_is_dated_by_its_requests_time() -> None:
    stated = normalise_pdf(PDF, SEPTEMBER)
    assert stated.count(b"(D:20260901080000+00'00')") == 2 and len(stated) == len(PDF)
    unstated = normalise_pdf(PDF, None)  # a PDF must say a date: the zip members' fixed one
    assert unstated.count(b"(D:20000101000000+00'00')") == 2
    assert b"0123456789ABCDEF" not in stated  # the clock-made /ID replaced by a hash


def test_the_run_manifest_records_the_requests_time(tmp_path: Path) -> None:
    manifest = tmp_path / "packs.yml"
    manifest.write_text("packs: []\n", encoding="utf-8")

    def recorded(stated: dt.datetime | None) -> Any:
        record = run_manifest(manifest=manifest, root=tmp_path, shard=None, inputs=(),
                              packs=(), files=(), stated_time=stated)
        return record["inputs"]["source_date_epoch"]

    assert recorded(EPOCH_TIME) == "1700000000"
    assert recorded(None) is None


def _asked(monkeypatch: pytest.MonkeyPatch, door: str) -> dict[str, Any]:
    """The keywords the command line's ``door`` (build, batch) called the api with."""
    asked: dict[str, Any] = {}

    def spy(*_args: Any, **kwargs: Any) -> Any:
        asked.update(kwargs)
        raise SystemExit(0)

    monkeypatch.setattr(api, door, spy)
    return asked


@pytest.mark.parametrize("door", ["build", "batch"])
def test_the_command_line_reads_the_environment_once_into_the_request(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, door: str) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    asked = _asked(monkeypatch, door)
    manifest = tmp_path / "packs.yml"
    manifest.write_text("packs:\n  - audiences: ks1\n", encoding="utf-8")
    args = ["-k", "ks1", "--out", str(tmp_path / "out")] if door == "build" else \
        [str(manifest)]
    with pytest.raises(SystemExit):
        main([door, *args])
    assert asked["stated_time"] == EPOCH_TIME
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    asked.clear()
    with pytest.raises(SystemExit):
        main([door, *args])
    assert asked["stated_time"] is None


def test_the_web_server_reads_the_environment_where_it_starts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("starlette")
    from lessonpack.web.settings import Settings

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert Settings.from_env().stated_time == EPOCH_TIME
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert Settings.from_env().stated_time is None


def test_lessonpack_serve_reads_the_environment_where_it_starts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    uvicorn = pytest.importorskip("uvicorn")
    from lessonpack.web import server

    started: list[Any] = []
    monkeypatch.setattr(server, "create_app", started.append)
    monkeypatch.setattr(uvicorn, "run", lambda *_args, **_kwargs: None)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert main(["serve"]) == 0
    assert started[0].stated_time == EPOCH_TIME


def test_a_stated_time_is_naive_utc_and_no_earlier_than_a_zip_can_hold() -> None:
    """A library caller's time: an aware one as naive UTC (written in its own zone's fields,
    the manifest's epoch was off by its offset), one before 1980 a usage error naming the
    keyword (the zip writer failed on 1970 with a struct error)."""
    from lessonpack.errors import UsageError

    aware = dt.datetime(2027, 1, 20, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    request = BuildRequest(packs=(PackRequest(audiences=("ks1",)),), stated_time=aware)
    assert request.stated_time == dt.datetime(2027, 1, 20, 8, 0)
    with pytest.raises(UsageError, match=r"build\(\): stated_time: is before 1980-01-01"):
        api.build(api.pack(audiences=["ks1"]), out=Path("unused"),
                  stated_time=dt.datetime(1970, 1, 1))


def test_a_library_build_lays_nothing_out_whatever_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """LESSONPACK_PAGE_LAYOUT is the command line's to read, as SOURCE_DATE_EPOCH is: a
    request made by a server or a library caller says its own (False unless asked)."""
    monkeypatch.setenv("LESSONPACK_PAGE_LAYOUT", "1")
    packs = (PackRequest(audiences=("ks1",)),)
    assert BuildRequest(packs=packs).page_layout is False
    assert BuildRequest(packs=packs, page_layout=True).page_layout is True
    assert api.page_layout_wanted({"LESSONPACK_PAGE_LAYOUT": "1"})
    assert not api.page_layout_wanted({})
