"""io/zipend.py reads the end-of-central-directory record as zipfile does, and the zip-bomb
directory check in io/safety.py never depends on zipfile's private helper: without it the
check still refuses, and bytes with no record are refused rather than let through."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from lessonpack.errors import UserError
from lessonpack.io import safety
from lessonpack.io.safety import check_package
from lessonpack.io.zipend import ZipDirectory, zip_directory

DECK = Path(__file__).resolve().parents[1] / "templates" / "deck.pptx"


def _archive(count: int, *, comment: bytes = b"") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(count):
            archive.writestr(f"part{n}.xml", f"<p n='{n}'/>")
        archive.comment = comment
    return out.getvalue()


def _zip64_archive(monkeypatch: pytest.MonkeyPatch) -> bytes:
    """An archive with a Zip64 end record: zipfile writes one past its entry limit."""
    with monkeypatch.context() as patch:
        patch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 2)
        return _archive(3)


def _zipfile_reading(data: bytes) -> ZipDirectory | None:
    """The counts zipfile itself reads (its private helper: the reference, in a test only)."""
    end = zipfile._EndRecData(io.BytesIO(data))
    if not end:
        return None
    return ZipDirectory(entries=end[zipfile._ECD_ENTRIES_TOTAL], size=end[zipfile._ECD_SIZE])


def test_reads_the_record_zipfile_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    zip64 = _zip64_archive(monkeypatch)
    assert b"PK\x06\x06" in zip64  # the Zip64 record is really there
    cases = {
        "deck": DECK.read_bytes(),
        "empty": _archive(0),
        "commented": _archive(5, comment=b"made by a tool PK\x05\x06 that quotes itself"),
        "long comment": _archive(2, comment=b"x" * 65_535),
        "zip64": zip64,
        "truncated": DECK.read_bytes()[:-10],
        "not a zip": b"hello" * 100,
        "too short": b"PK\x05\x06",
    }
    for name, data in cases.items():
        assert zip_directory(data) == _zipfile_reading(data), name
    assert zip_directory(zip64) == ZipDirectory(entries=3, size=_zipfile_reading(zip64).size)
    assert zip_directory(_archive(7)) is not None and zip_directory(_archive(7)).entries == 7
    assert zip_directory(b"hello") is None


def test_directory_check_does_not_need_zipfiles_private_helper(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(zipfile, "_EndRecData")
    monkeypatch.setattr(safety, "MAX_MEMBERS", 4)
    # Refused from the end record, before zipfile lists a single entry.
    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents",
                        lambda self: pytest.fail("zipfile read the directory first"))
    with pytest.raises(UserError, match=r"error\[LP132\] the file holds 5 parts; Office files "
                                        r"used as templates hold at most 4"):
        check_package(_archive(5), "many.pptx", "deck")


def test_directory_size_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_CENTRAL_DIRECTORY", 100)
    with pytest.raises(UserError, match=r"error\[LP132\] its zip directory is [\d,]+ bytes"):
        check_package(_archive(5), "big.pptx", "deck")


def test_bytes_without_an_end_record_are_refused_loudly() -> None:
    for data in (b"", b"hello" * 100, _archive(3)[:-30]):
        with pytest.raises(UserError, match=r"^x\.pptx: error\[LP100\] not an Office Open XML "
                                            r"file \(\.pptx/\.docx\)$"):
            check_package(data, "x.pptx", "deck")
