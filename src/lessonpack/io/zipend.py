"""A zip file's end-of-central-directory record, read from its bytes with ``struct``.

io/safety.py bounds the central directory (how many entries, how many bytes) before zipfile
builds an object per entry from it, so it needs the record zipfile itself will use. zipfile
has no public way to it (its ``_EndRecData`` is private and may change in any Python), so
the record is found here the same way zipfile finds it (PKWARE APPNOTE.TXT 4.3.14-4.3.16):
the last 22 bytes when the archive has no comment, else the last signature within the 64 KiB
a comment may take; a Zip64 record sits right before its locator, just before that.
tests/test_zipend.py compares the result with zipfile's own reading on the archives it
makes, Zip64 and commented ones included.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

# signature, disk, directory's disk, entries on this disk, entries, directory size, its
# offset, comment length
_END = struct.Struct("<4s4H2LH")
_END_SIGNATURE = b"PK\x05\x06"
# signature, disk of the Zip64 record, its offset, number of disks
_LOCATOR = struct.Struct("<4sLQL")
_LOCATOR_SIGNATURE = b"PK\x06\x07"
# signature, record size, made by, needed, disk, directory's disk, entries on this disk,
# entries, directory size, its offset
_END64 = struct.Struct("<4sQ2H2L4Q")
_END64_SIGNATURE = b"PK\x06\x06"
_MAX_COMMENT = 1 << 16


@dataclass(frozen=True)
class ZipDirectory:
    """What the end record declares about the central directory."""

    entries: int
    size: int  # bytes


def zip_directory(data: bytes) -> ZipDirectory | None:
    """The central directory ``data`` declares, or None when it has no end record (then
    it is not a zip file, and zipfile refuses it too)."""
    start = len(data) - _END.size
    if start < 0:
        return None
    if not (data[start:start + 4] == _END_SIGNATURE and data[-2:] == b"\0\0"):
        # A comment follows the record: the last signature where a comment could end.
        start = data.rfind(_END_SIGNATURE, max(len(data) - _MAX_COMMENT - _END.size, 0))
        if start < 0 or len(data) - start < _END.size:
            return None
    fields = _END.unpack_from(data, start)
    found = ZipDirectory(entries=fields[4], size=fields[5])
    return _zip64(data, start) or found


def _zip64(data: bytes, end_at: int) -> ZipDirectory | None:
    """The Zip64 record's counts when a locator precedes the end record at ``end_at``
    (an archive of over 65,535 entries or 4 GiB writes one), else None."""
    locator_at = end_at - _LOCATOR.size
    if locator_at < 0 or data[locator_at:locator_at + 4] != _LOCATOR_SIGNATURE:
        return None
    record_at = locator_at - _END64.size  # as zipfile: no extensible data after it
    if record_at < 0 or data[record_at:record_at + 4] != _END64_SIGNATURE:
        return None
    fields = _END64.unpack_from(data, record_at)
    return ZipDirectory(entries=fields[7], size=fields[8])
