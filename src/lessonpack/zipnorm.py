"""Reproducible Office files: the same inputs give the same bytes.

python-pptx and python-docx stamp zip members with the current time. Our own documents are
zipped straight from their parts (``package_bytes``) with one fixed timestamp
(``SOURCE_DATE_EPOCH`` when set) and sorted members, keeping ``[Content_Types].xml`` first as
Office expects; any other archive is rewritten the same way (``normalise_zip``).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Mapping
from typing import Any

_DEFAULT_EPOCH = 946684800  # 2000-01-01T00:00:00Z: zip timestamps cannot go before 1980.
_FIRST = "[Content_Types].xml"


def build_time() -> dt.datetime:
    """The time written into files: SOURCE_DATE_EPOCH if set, else a fixed date."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    try:
        epoch = int(raw) if raw else _DEFAULT_EPOCH
    except ValueError:
        epoch = _DEFAULT_EPOCH
    epoch = max(epoch, 315532800)  # 1980-01-01, the earliest a zip entry can hold
    return dt.datetime.fromtimestamp(epoch, tz=dt.timezone.utc).replace(tzinfo=None)


_W3CDTF = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _member(name: str, data: bytes, when: dt.datetime, nested: bool) -> bytes:
    if name.endswith((".xlsx", ".docx", ".pptx")) and data.startswith(b"PK"):
        # Embedded workbooks (chart data) are zips with their own clock-stamped parts.
        return normalise_zip(data, when, nested=True)
    if nested and name == "docProps/core.xml":
        stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
        return _W3CDTF.sub(rb"\g<1>" + stamp + rb"\g<2>", data)
    return data


def save_reproducibly(document: Any, when: dt.datetime | None = None) -> bytes:
    """Save a python-pptx or python-docx document so the same content gives the same bytes:
    revision 1, every core-property time set to the build time, zip members normalised."""
    when = when or build_time()
    core = document.core_properties
    core.revision = 1
    core.created = core.modified = core.last_printed = when
    return package_bytes(document.part.package, when)


class _Members:
    """Stands in for the libraries' zip writer: keeps each member's bytes by name."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def write(self, uri: Any, blob: bytes) -> None:
        self.files[uri.membername] = blob


def package_members(package: Any) -> dict[str, bytes]:
    """Every zip member of a python-pptx or python-docx package, serialised as their own
    ``save`` would write it (same calls, same order), without zipping it twice."""
    members = _Members()
    if type(package).__module__.startswith("pptx."):
        from pptx.opc.serialized import PackageWriter as PptxWriter

        writer = PptxWriter(None, package._rels, tuple(package.iter_parts()))  # type: ignore
        writer._write_content_types_stream(members)  # type: ignore[arg-type]
        writer._write_pkg_rels(members)  # type: ignore[arg-type]
        writer._write_parts(members)  # type: ignore[arg-type]
    else:  # python-docx
        from docx.opc.pkgwriter import PackageWriter as DocxWriter

        parts = list(package.parts)
        for part in parts:
            part.before_marshal()
        DocxWriter._write_content_types_stream(members, parts)
        DocxWriter._write_pkg_rels(members, package.rels)
        DocxWriter._write_parts(members, parts)
    return members.files


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
    when = when or build_time()
    stamp = when.timetuple()[:6]
    names = sorted(members, key=lambda n: (n != _FIRST, n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            target.writestr(info, _member(name, members[name], when, nested), compresslevel=6)
    return out.getvalue()
