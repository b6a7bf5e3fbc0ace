"""The page a document's "Print to here" mark lands on, stored in its footer as laid out.

A lesson plan's and facilitator notes' footer gives the pages to print ("To teach: 1–6") as
a PAGEREF field to the mark (render/docx_page_ref.py). Word and LibreOffice work the number
out as they lay the pages out; a viewer that shows a field's stored result instead (a phone's
or a web preview, a print shop's viewer) showed what the renderer stored, "…": the page is
known only once the document is laid out, and the renderer's own estimate was a page out in
most plans. So, when asked (``LESSONPACK_PAGE_LAYOUT=1``, read once into the build request,
``BuildRequest.page_layout``) and where LibreOffice is installed, the build lays each such
document out once (one ``soffice`` run for a pack's documents), reads the number LibreOffice
put in the footer of the first page, and stores it as the field's result: every viewer then
shows a page number, and Word and LibreOffice still work it out again as they lay the pages
out.

Off by default: a layout costs seconds a pack (a warm build's time several times over) and
its number follows LibreOffice's version. Without it the stored result stays "…", and page
one's line says where to print to in words every viewer shows.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from lessonpack.build.libreoffice import convert_to_pdf, soffice_version
from lessonpack.errors import UserError
from lessonpack.io.zipnorm import zip_members
from lessonpack.render.docx_page_ref import BOOKMARK, STORED

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTER = re.compile(r"word/footer\d*\.xml")
_INSTRUCTION = f"PAGEREF {BOOKMARK}"
# The footer as LibreOffice lays it out: "To teach: 1–6 · Page 1 of 11" (any label: the
# facilitator notes' "To run the session: 1–7").
_LAID_OUT = re.compile(r": 1\u2013(\d+) \u00b7 Page")
_PDFTOTEXT_S = 60


def available() -> bool:
    """Whether this machine can lay a document out: LibreOffice and poppler's pdftotext."""
    return shutil.which("soffice") is not None and shutil.which("pdftotext") is not None


def laid_out_by() -> str | None:
    """What lays documents out here, as the run manifest records it: LibreOffice's version
    (the page stored follows it), or None where no layout runs (``available``)."""
    return soffice_version() if available() else None


def marked(data: bytes) -> bool:
    """Whether a .docx's footer gives the mark's page as a field still holding "…"."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return any(_FOOTER.fullmatch(n) and _INSTRUCTION.encode() in z.read(n)
                   and STORED.encode() in z.read(n) for n in z.namelist())


def with_pages(files: Sequence[tuple[str, bytes]], scratch: Path | None = None
               ) -> list[tuple[str, bytes]]:
    """``files`` (a pack's, as name and bytes) with each marked .docx's footer field storing
    the mark's page as LibreOffice lays it out; a file LibreOffice could not lay out (or a
    machine without it) keeps "…"."""
    chosen = [i for i, (name, data) in enumerate(files)
              if name.endswith(".docx") and marked(data)]
    if not chosen or not available():
        return list(files)
    pages = _laid_out([files[i][1] for i in chosen], scratch)
    done = list(files)
    for i, page in zip(chosen, pages, strict=True):
        if page is not None:
            done[i] = (files[i][0], stored(files[i][1], page))
    return done


def _laid_out(documents: Sequence[bytes], scratch: Path | None) -> list[int | None]:
    """The mark's page in each document, as LibreOffice's footer on page one says it."""
    with tempfile.TemporaryDirectory(prefix="lessonpack-pages-", dir=scratch) as tmp:
        paths = []
        for n, data in enumerate(documents):
            path = Path(tmp, f"document-{n}.docx")
            path.write_bytes(data)
            paths.append(path)
        try:
            pdfs = convert_to_pdf(paths, Path(tmp, "pdf"), scratch=Path(tmp))
        except UserError:
            return [None] * len(documents)
        return [_first_page_number(pdfs.get(path)) for path in paths]


def _first_page_number(pdf: Path | None) -> int | None:
    if pdf is None:
        return None
    done = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
                          capture_output=True, timeout=_PDFTOTEXT_S, check=False)
    found = _LAID_OUT.search(" ".join(done.stdout.decode("utf-8", "replace").split()))
    return int(found[1]) if found and done.returncode == 0 else None


def stored(data: bytes, page: int) -> bytes:
    """A .docx with ``page`` stored as the result of its footers' PAGEREF field to the
    mark; every other byte of every part as it was, the zip as the renderer writes one."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = {n: z.read(n) for n in z.namelist()}
        when = z.infolist()[0].date_time
    for name, part in members.items():
        if _FOOTER.fullmatch(name) and _INSTRUCTION.encode() in part:
            members[name] = _footer_with(part, page)
    return zip_members(members, dt.datetime(*when))


def _footer_with(part: bytes, page: int) -> bytes:
    """A footer part whose PAGEREF field to the mark shows ``page`` until it is updated."""
    root = etree.fromstring(part)
    inside = separated = False
    for run in root.iter(f"{{{_W}}}r"):
        instruction = run.find(f"{{{_W}}}instrText")
        if instruction is not None and _INSTRUCTION in (instruction.text or ""):
            inside = True
        char = run.find(f"{{{_W}}}fldChar")
        kind = char.get(f"{{{_W}}}fldCharType") if char is not None else None
        if inside and kind == "separate":
            separated = True
        elif inside and kind == "end":
            inside = separated = False
        text = run.find(f"{{{_W}}}t")
        if separated and text is not None:
            text.text = str(page)
    written: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                    standalone=True)
    return written
