"""Reproducible Office files: the same inputs give the same bytes.

python-pptx and python-docx stamp zip members with the current time. Our own documents are
zipped straight from their parts (``package_bytes``) with one timestamp (the build's
stated time, else a fixed date) and sorted members, keeping ``[Content_Types].xml`` first as
Office expects; any other archive is rewritten the same way (``normalise_zip``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Mapping
from typing import Any

from lessonpack.caches import BoundedCache
from lessonpack.io.opc_members import package_members

_DEFAULT_EPOCH = 946684800  # 2000-01-01T00:00:00Z: zip timestamps cannot go before 1980.
_FIRST = "[Content_Types].xml"


def stated_time(environ: Mapping[str, str]) -> dt.datetime | None:
    """The stated time ``environ`` gives: its SOURCE_DATE_EPOCH as a whole number of
    seconds; None when it is unset or not a number. Read by the doors only (the command
    line's build and batch, the web server's settings: ``api.source_date_epoch``), once,
    into the build's request (BuildRequest.stated_time), which carries it to everything
    that dates a file: nothing in a build reads the environment."""
    raw = environ.get("SOURCE_DATE_EPOCH", "").strip()
    try:
        epoch = int(raw)
    except ValueError:
        return None
    epoch = max(epoch, 315532800)  # 1980-01-01, the earliest a zip entry can hold
    return dt.datetime.fromtimestamp(epoch, tz=dt.timezone.utc).replace(tzinfo=None)


def zip_time(stated: dt.datetime | None) -> dt.datetime:
    """The time zip members carry: the stated time, else a fixed date (a zip entry must
    have one, and the bytes must repeat)."""
    if stated is not None:
        return stated
    return dt.datetime.fromtimestamp(_DEFAULT_EPOCH, tz=dt.timezone.utc).replace(tzinfo=None)


_W3CDTF = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _member(name: str, data: bytes, when: dt.datetime, nested: bool) -> bytes:
    if name.endswith((".xlsx", ".docx", ".pptx")) and data.startswith(b"PK"):
        # Embedded workbooks (a chart's data: in a trainer's template, or the chart in
        # tools/make_check_fixtures.py) are zips with their own clock-stamped parts.
        return normalise_zip(data, when, nested=True)
    if nested and name == "docProps/core.xml":
        stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
        return _W3CDTF.sub(rb"\g<1>" + stamp + rb"\g<2>", data)
    return data


def save_reproducibly(document: Any, when: dt.datetime | None = None) -> bytes:
    """Save a python-pptx or python-docx document so the same content gives the same bytes:
    revision 1, every core-property time set to ``when`` (else the fixed date), zip members
    normalised."""
    when = when or zip_time(None)
    core = document.core_properties
    core.revision = 1
    core.created = core.modified = core.last_printed = when
    return package_bytes(document.part.package, when)


def package_bytes(package: Any, when: dt.datetime | None = None) -> bytes:
    """A python-pptx or python-docx package as reproducible .pptx/.docx bytes."""
    return zip_members(package_members(package), when)


def normalise_zip(data: bytes, when: dt.datetime | None = None, *, nested: bool = False
                  ) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    return zip_members({name: source.read(name) for name in source.namelist()}, when,
                       nested=nested)


def zip_members(members: Mapping[str, bytes], when: dt.datetime | None = None, *,
                nested: bool = False) -> bytes:
    """A zip of ``members``: sorted names (content types first), one timestamp, deflated at
    level 6, no extra fields: byte for byte what Python's zipfile writes for the same members
    and settings (tests/test_zipnorm.py compares the two), but a member already deflated in
    this process (a template's master, a kept slide) is not deflated again. ``when``: the
    members' time (else the fixed date)."""
    when = when or zip_time(None)
    year, month, day, hour, minute, second = when.timetuple()[:6]
    dosdate = (year - 1980) << 9 | month << 5 | day
    dostime = hour << 11 | minute << 5 | second // 2
    out = io.BytesIO()
    directory = []
    for name in sorted(members, key=lambda n: (n != _FIRST, n)):
        data = _member(name, members[name], when, nested)
        crc, packed = _deflated(data)
        encoded = name.encode("ascii", "strict") if name.isascii() else name.encode("utf-8")
        flags = 0 if name.isascii() else _UTF8_NAME
        offset = out.tell()
        out.write(struct.pack(_LOCAL, b"PK\x03\x04", 20, 0, flags, zipfile.ZIP_DEFLATED,
                              dostime, dosdate, crc, len(packed), len(data), len(encoded), 0))
        out.write(encoded)
        out.write(packed)
        directory.append(struct.pack(_CENTRAL, b"PK\x01\x02", 20, 0, 20, 0, flags,
                                     zipfile.ZIP_DEFLATED, dostime, dosdate, crc, len(packed),
                                     len(data), len(encoded), 0, 0, 0, 0, _FILE_MODE, offset)
                         + encoded)
        if offset > _ZIP32_LIMIT:
            raise ValueError("a lesson file over 2 GiB: refusing to write a zip64 archive")
    start = out.tell()
    out.write(b"".join(directory))
    out.write(struct.pack(_END, b"PK\x05\x06", 0, 0, len(directory), len(directory),
                          out.tell() - start, start, 0))
    return out.getvalue()


_LOCAL = "<4s2B4HL2L2H"
_CENTRAL = "<4s4B4HL2L5H2L"
_END = "<4s4H2LH"
_UTF8_NAME = 0x800
_FILE_MODE = 0o644 << 16
_ZIP32_LIMIT = (1 << 31) - 1
# Deflated members by content: templates' parts and kept slides recur in every file built
# from them. Bounded by the bytes held (keys are 16-byte digests); big one-off members are not
# worth keeping.
_DEFLATED: BoundedCache[bytes, tuple[int, bytes]] = BoundedCache(
    1 << 20, max_weight=16 << 20, weigh=lambda made: len(made[1]))


def _deflated(data: bytes) -> tuple[int, bytes]:
    """(CRC-32, raw deflate stream at level 6) of ``data``, as zipfile makes them."""
    key = hashlib.blake2b(data, digest_size=16).digest()
    found = _DEFLATED.get(key)
    if found is not None:
        return found
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    made = (zlib.crc32(data), packer.compress(data) + packer.flush())
    _DEFLATED.put(key, made)
    return made
