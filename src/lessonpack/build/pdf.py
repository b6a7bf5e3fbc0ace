"""PDF copies of built files: one LibreOffice run for a whole build, reproducible bytes.

LibreOffice stamps each PDF with the time it was made (CreationDate) and a file /ID derived
from it, so two builds of the same pack would differ and the no-clobber rule would keep the old
PDF. Both are replaced with values of the same length (the cross-reference table counts bytes,
so lengths must not change): the build's stated time (its request's, else the fixed date zip
members carry), and a hash of the rest of the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from lessonpack.build.libreoffice import convert_to_pdf
from lessonpack.errors import UserError
from lessonpack.io.zipnorm import zip_time

_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:([^)]*)\)")
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_CHECKSUM = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


def _same_length(value: bytes, length: int) -> bytes:
    return value[:length].ljust(length, b"0")


def normalise_pdf(data: bytes, stated: dt.datetime | None) -> bytes:
    """``data`` (a PDF LibreOffice made) dated ``stated`` (BuildRequest.stated_time; None:
    the fixed date), its /ID and checksum a hash of the rest."""
    stamp = zip_time(stated).strftime("%Y%m%d%H%M%S").encode()

    def date(match: re.Match[bytes]) -> bytes:
        value = match.group(2)
        digits = len(value) - len(value.lstrip(b"0123456789"))
        fixed = stamp[:digits] + value[digits:]  # keep LibreOffice's own zone suffix
        return match.group(0).replace(value, fixed)

    data = _DATE.sub(date, data)
    # The trailer's /ID and LibreOffice's /DocChecksum are derived from the clock: replace
    # them with a hash of everything else.
    stable = _CHECKSUM.sub(b"", _ID.sub(b"", data))
    digest = hashlib.sha256(stable).hexdigest().upper().encode()

    def same(match: re.Match[bytes]) -> bytes:
        out = match.group(0)
        for group in match.groups():
            out = out.replace(group, _same_length(digest, len(group)))
        return out

    return _CHECKSUM.sub(same, _ID.sub(same, data))


def make_pdfs(sources: Sequence[tuple[Path, str]], *, stated: dt.datetime | None,
              scratch: Path | None = None) -> list[tuple[str, bytes]]:
    """(PDF path, reproducible PDF bytes dated ``stated``, as ``normalise_pdf``) for each
    (office file, PDF path), from one LibreOffice run, with temporary files under
    ``scratch`` (None: the system's temporary folder). Raises UserError (LP180/LP181) when
    LibreOffice is missing or fails."""
    if not sources:
        return []
    with tempfile.TemporaryDirectory(prefix="lessonpack-pdf-", dir=scratch) as tmp:
        # Packs of different brands share file names: give each source a unique name first.
        staged = []
        for n, (source, _target) in enumerate(sources):
            copy = Path(tmp, "in", f"{n:05d}-{source.name}")
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, copy)
            staged.append(copy)
        try:
            pdfs = convert_to_pdf(staged, Path(tmp, "out"), scratch=scratch)
        except UserError as exc:
            # Named by the PDF that is missing, not by the scratch copy LibreOffice was given.
            target_of = {str(copy): target for copy, (_s, target) in zip(staged, sources,
                                                                          strict=True)}
            raise UserError([replace(p, file=target_of.get(p.file, p.file))
                             for p in exc.problems]) from None
        return [(target, normalise_pdf(pdfs[copy].read_bytes(), stated))
                for copy, (_source, target) in zip(staged, sources, strict=True)]
