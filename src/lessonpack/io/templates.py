"""Finds the deck and document templates to build with: ours, or a trainer's own.

``--template`` takes a .pptx, a .docx, or a folder holding them (deck.pptx and document.docx,
or the only .pptx / .docx in it). PowerPoint and Word templates (.potx, .dotx) work too: they
differ from a .pptx / .docx only in the main part's content type, which is rewritten in memory.
"""

from __future__ import annotations

import contextlib
import contextvars
import io
import posixpath
import re
import traceback
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from lessonpack.caches import TEMPLATE_BYTES, kept
from lessonpack.errors import InternalError, UserError, problem_at
from lessonpack.io.resources import builtin_templates
from lessonpack.io.safety import MAX_PACKAGE_BYTES, check_package, read_limited

DECK_NAME, DOCUMENT_NAME = "deck.pptx", "document.docx"
DECK_SUFFIXES = (".pptx", ".potx")
DOCUMENT_SUFFIXES = (".docx", ".dotx")
_AS_DOCUMENT = {
    b"presentationml.template.main+xml": b"presentationml.presentation.main+xml",
    b"wordprocessingml.template.main+xml": b"wordprocessingml.document.main+xml",
}


@dataclass(frozen=True)
class Templates:
    deck: Path
    document: Path
    custom_deck: bool = False
    custom_document: bool = False

    @property
    def custom(self) -> list[Path]:
        return [p for p, c in ((self.deck, self.custom_deck),
                               (self.document, self.custom_document)) if c]


def builtin() -> Templates:
    root = builtin_templates()
    return Templates(root / DECK_NAME, root / DOCUMENT_NAME)


def _shown(path: Path) -> str:
    from lessonpack.io.paths import display_path

    return display_path(path)


def _pick(folder: Path, preferred: str, suffixes: tuple[str, ...]) -> Path | None:
    if (folder / preferred).is_file():
        return folder / preferred
    # Office leaves "~$name.pptx" lock files beside open documents; they are not templates.
    found = sorted(p for p in folder.iterdir() if p.suffix.lower() in suffixes and p.is_file()
                   and not p.name.startswith(("~$", ".")))
    if len(found) > 1:
        names = ", ".join(p.name for p in found)
        raise UserError(problem_at(_shown(folder), "LP100", f"several {suffixes[0]} files "
                                   f"({names}); name the one to use {preferred} or pass the "
                                   "file itself to --template"))
    return found[0] if found else None


def resolve_templates(path: Path | None) -> Templates:
    """Our templates, with the trainer's deck and/or document in their place."""
    ours = builtin()
    if path is None:
        return ours
    if not path.exists():
        raise UserError(problem_at(_shown(path), "LP100", "template not found"))
    if path.is_dir():
        deck = _pick(path, DECK_NAME, DECK_SUFFIXES)
        document = _pick(path, DOCUMENT_NAME, DOCUMENT_SUFFIXES)
        if deck is None and document is None:
            raise UserError(problem_at(_shown(path), "LP100", "no .pptx or .docx template in "
                                       "this folder"))
    else:
        suffix = path.suffix.lower()
        if suffix not in DECK_SUFFIXES + DOCUMENT_SUFFIXES:
            raise UserError(problem_at(_shown(path), "LP100", "a template must be a PowerPoint "
                                       "(.pptx, .potx) or Word (.docx, .dotx) file, or a "
                                       "folder with them"))
        deck = path if suffix in DECK_SUFFIXES else None
        document = path if suffix in DOCUMENT_SUFFIXES else None
    return Templates(deck or ours.deck, document or ours.document, deck is not None,
                     document is not None)


def template_bytes(path: Path) -> bytes:
    """The template's bytes as a .pptx/.docx, read and checked once per process (per file
    version): refused before any library opens it if it is too big, a zip bomb, declares
    XML entities, or is not the kind of file its name says (see lessonpack.io.safety)."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise UserError(problem_at(_shown(path), "LP100", f"cannot read template: "
                                   f"{exc.strerror}")) from None
    return _read(path, stat.st_mtime_ns, stat.st_size)


@kept(8, max_bytes=TEMPLATE_BYTES)
def _read(path: Path, _mtime: int, _size: int) -> bytes:
    shown = _shown(path)
    data, problem = read_limited(path, shown, MAX_PACKAGE_BYTES, "templates")
    if problem is not None:
        raise UserError(problem)
    suffix = path.suffix.lower()
    kind = "deck" if suffix in DECK_SUFFIXES else "document" if suffix in DOCUMENT_SUFFIXES \
        else None
    check_package(data, shown, kind)
    try:
        return as_package(data)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError,
            NotImplementedError) as exc:
        # check_package reads the XML parts; a damaged member it did not read (a name in the
        # directory that differs from its header, so no longer ".xml") fails here.
        # The library's text may quote the damaged name's raw bytes: the kind is enough.
        raise UserError(problem_at(shown, "LP130", f"a part cannot be read (the file is "
                                   f"damaged: {type(exc).__name__}); open and save it again "
                                   "in PowerPoint or Word")) from None


def as_package(data: bytes) -> bytes:
    """The package as a .pptx/.docx python-pptx and python-docx open: a .potx/.dotx main part
    gets the presentation/document content type, and relationships to parts the file does
    not hold are dropped. ONLYOFFICE saves a relationship to a webSettings.xml it never
    writes, other tools leave ones to deleted fonts or custom XML; PowerPoint and Word open
    such files and recreate what they need, python-docx fails with a KeyError. The main
    part (officeDocument) is never dropped: without it there is no file to open."""
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        names = {info.filename.lower() for info in zin.infolist()}
        changed: dict[str, bytes] = {}
        types = zin.read("[Content_Types].xml") if "[content_types].xml" in names else b""
        if any(t in types for t in _AS_DOCUMENT):
            for old, new in _AS_DOCUMENT.items():
                types = types.replace(old, new)
            changed["[Content_Types].xml"] = types
        targets: dict[str, str] = {}  # part name -> relationship type pointing at it
        for info in zin.infolist():
            if info.filename.endswith(".rels"):
                fixed = _without_dangling(info.filename, zin.read(info), names, targets)
                if fixed is not None:
                    changed[info.filename] = fixed
        if "word/styles.xml" in names:
            typed_styles = _styles_typed(zin.read("word/styles.xml"))
            if typed_styles is not None:
                changed["word/styles.xml"] = typed_styles
        typed = _with_content_types(changed.get("[Content_Types].xml", types), targets)
        if typed is not None:
            changed["[Content_Types].xml"] = typed
        if not changed:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zout.writestr(info, changed.get(info.filename) or zin.read(info))
    return out.getvalue()


_MAIN = "/officeDocument"

# A style element whose type is left out: the schema makes it a paragraph style (ECMA-376
# 17.7.4.17, w:type's default), Word reads it so; python-docx has no class for it (KeyError).
_UNTYPED_STYLE = re.compile(rb"<w:style(?=[\s/>])(?![^>]*\bw:type=)")


def _styles_typed(xml: bytes) -> bytes | None:
    """styles.xml with each style that names no type given the paragraph type it has by
    default (Apache POI's 60329.docx); None when every style names its type."""
    fixed = _UNTYPED_STYLE.sub(b'<w:style w:type="paragraph"', xml)
    return fixed if fixed != xml else None


def _without_dangling(rels_name: str, xml: bytes, names: set[str], targets: dict[str, str]
                      ) -> bytes | None:
    """The .rels without relationships to missing parts; None when none is missing. Notes
    in ``targets`` the type of each relationship to a part that is there."""
    from lxml import etree

    try:
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return None  # not ours to mend: opening the file reports it
    # "word/_rels/document.xml.rels" describes "word/document.xml": targets are relative to
    # "word/"; the package's own "_rels/.rels" to the root.
    base = posixpath.dirname(posixpath.dirname(rels_name))
    dropped = False
    for rel in list(root):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target or \
                rel.get("Type", "").endswith(_MAIN):
            continue
        path = target.lstrip("/") if target.startswith("/") else \
            posixpath.normpath(posixpath.join(base, target))
        if unquote(path).lower() not in names:
            root.remove(rel)
            dropped = True
        else:
            targets[unquote(path)] = rel.get("Type", "").rsplit("/", 1)[-1]
    if not dropped:
        return None
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
# Parts python-docx reads by content type: a header listed without one (pandoc reference
# documents) is a plain part python-docx cannot read as a header.
_CONTENT_TYPES = {
    "header": _WML + "header+xml", "footer": _WML + "footer+xml",
    "styles": _WML + "styles+xml", "numbering": _WML + "numbering+xml",
    "settings": _WML + "settings+xml", "footnotes": _WML + "footnotes+xml",
    "endnotes": _WML + "endnotes+xml", "fontTable": _WML + "fontTable+xml",
    "comments": _WML + "comments+xml",
    "theme": "application/vnd.openxmlformats-officedocument.theme+xml",
}
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"


def _with_content_types(types: bytes, targets: dict[str, str]) -> bytes | None:
    """[Content_Types].xml with an Override for each header, footer, styles… part that has
    only a generic type (or none); None when nothing is missing."""
    from lxml import etree

    try:
        root = etree.fromstring(types, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return None
    overrides = {o.get("PartName", "").lstrip("/").lower(): o.get("ContentType", "")
                 for o in root.iter(f"{{{_TYPES_NS}}}Override")}
    added = False
    for part, kind in sorted(targets.items()):
        wanted = _CONTENT_TYPES.get(kind)
        if wanted is None or overrides.get(part.lower(), "").endswith("+xml"):
            continue
        for old in root.iter(f"{{{_TYPES_NS}}}Override"):
            if old.get("PartName", "").lstrip("/").lower() == part.lower():
                root.remove(old)
        etree.SubElement(root, f"{{{_TYPES_NS}}}Override", PartName=f"/{part}",
                         ContentType=wanted)
        added = True
    if not added:
        return None
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# Whether trainers_template prints a library's traceback: per build (a context variable, so
# two builds in two threads each have their own), never a process-wide setting.
_SHOW_TRACEBACKS: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "lessonpack_show_tracebacks", default=False)


@contextlib.contextmanager
def tracebacks_shown(shown: bool) -> Iterator[None]:
    """Within the block, trainers_template prints a library's traceback when ``shown``."""
    token = _SHOW_TRACEBACKS.set(shown)
    try:
        yield
    finally:
        _SHOW_TRACEBACKS.reset(token)


@contextlib.contextmanager
def trainers_template(path: Path, custom: bool, *, filling: bool = False) -> Iterator[None]:
    """Exceptions raised inside python-pptx, python-docx or lxml while reading or filling a
    trainer's template become one LP130 line.

    Those libraries trust the XML they read; a file another program saved with a required
    element or attribute missing fails deep inside them (InvalidXmlError, KeyError…). That is
    the file's fault, so the user gets the file's name and a way out. An exception raised in
    lessonpack's own code is a bug, whatever the template: it goes on as an internal error.
    With ``--debug`` (``tracebacks_shown``, set for each pack from its BuildRequest) the
    traceback is printed here, where it is still known (in a worker process, say). Our own
    templates are not covered: a failure there is a bug.

    ``filling``: the template was read and inspected already (its layouts matched, its theme
    read) and lessonpack is now filling slides or pages from it. A library failing then is
    lessonpack asking it for something the file does not have (a notes master without a body
    placeholder): PowerPoint opens the file, so it is lessonpack's bug, reported as one
    (exit 3) with what to send, never as the template's fault. Except in the libraries'
    package layer (``_package_fault``): a malformed package is still the file's fault.
    """
    try:
        yield
    except UserError:
        raise
    except Exception as exc:
        if not custom or _raised_by_lessonpack(exc):
            raise
        if filling and not _package_fault(exc):
            bug = InternalError(f"lessonpack failed while filling {_shown(path)} "
                                f"({type(exc).__name__}: {exc}) after reading it without a "
                                "problem; the template is not at fault")
            if _SHOW_TRACEBACKS.get():
                traceback.print_exception(exc)
                raise bug from None  # printed; the CLI need not print it again
            raise bug from exc
        kind = "PowerPoint" if path.suffix.lower() in DECK_SUFFIXES else "Word"
        error = UserError(problem_at(_shown(path), "LP130", f"cannot be used as a template: its "
                                     f"XML is not what {kind} writes ({type(exc).__name__}: "
                                     f"{exc}); open it in {kind}, save it again and retry"))
        if _SHOW_TRACEBACKS.get():
            traceback.print_exception(exc)
            raise error from None  # printed; the CLI need not print it again
        raise error from exc


def _package_fault(exc: BaseException) -> bool:
    """Whether the innermost frame is python-pptx's or python-docx's package layer (``opc``:
    relationships, content types, parts): a malformed package (two core-properties
    relationships, an Apache POI compliance test file) shows there even while filling, and is
    the file's fault."""
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    parts = Path(tb.tb_frame.f_code.co_filename).parts
    return "opc" in parts and ("pptx" in parts or "docx" in parts)


def _raised_by_lessonpack(exc: BaseException) -> bool:
    """Whether the innermost frame of the traceback is lessonpack's code (not a library's)."""
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    here = Path(__file__).resolve().parents[1]  # the whole lessonpack package, not just io/
    try:
        Path(tb.tb_frame.f_code.co_filename).resolve().relative_to(here)
    except ValueError:
        return False
    return True
