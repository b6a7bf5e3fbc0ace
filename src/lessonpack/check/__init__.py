"""Quality gates for any .pptx or .docx: accessibility, legibility and layout checks.

``check_file(path, options)`` returns a file's findings; ``lessonpack check FILE...`` prints them.
Each finding has a stable code, a location (``slide N``, ``paragraph N``, ``table N``,
``header N``/``footer N``, or none for the whole file), a message and a fix hint.

Every code, its severity and meaning is declared once in lessonpack.rules (docs/cli.md's
"Problem codes" table is printed from it).

Modules: ``findings`` (codes, Finding, Options), ``colour`` (themes, colour maps, WCAG),
``pptx_shapes`` (deck view: flattened shapes, placeholders, backdrops), ``pptx_text`` (slide
text inheritance), ``measure`` (line wrapping with real metrics), ``pptx_rules`` and
``pptx_text_rules`` (slide checks), ``pptx_layout_rules`` (blank slides, title widows),
``pptx_draft_rules`` (fields to fill in with no "Draft" mark on the first slide),
``docx_text`` (Word style inheritance), ``docx_rules``
(document checks), ``report`` (text and JSON output).
"""

from __future__ import annotations

import io
from pathlib import Path

from lessonpack.check.findings import CODES, Finding, Options, finding

SUFFIXES = (".pptx", ".potx", ".docx", ".dotx")  # every kind `build` takes as a template
DECK_SUFFIXES = (".pptx", ".potx")

__all__ = ["CODES", "SUFFIXES", "Finding", "Options", "check_file",
           "files_to_check"]


def _open_errors() -> tuple[type[BaseException], ...]:
    """What the libraries raise for a file that is not a readable OOXML package."""
    import zipfile

    from docx.opc.exceptions import OpcError
    from lxml.etree import XMLSyntaxError
    from pptx.exc import PythonPptxError

    return (OSError, ValueError, KeyError, zipfile.BadZipFile, XMLSyntaxError, OpcError,
            PythonPptxError)


def _read(path: Path, name: str, kind: str) -> tuple[bytes | None, str | None]:
    """The file as a package python-pptx/python-docx open (a .potx/.dotx as a .pptx/.docx,
    relationships to missing optional parts dropped, as for templates), or why it is not
    even handed to them: too big, a zip bomb, XML entities, the wrong kind (the same checks
    as for templates, lessonpack.io.safety)."""
    from lessonpack.errors import UserError
    from lessonpack.io.safety import MAX_PACKAGE_BYTES, check_package, read_limited
    from lessonpack.io.templates import as_package

    data, problem = read_limited(path, name, MAX_PACKAGE_BYTES, "files to check")
    if problem is not None:
        return None, problem.message
    try:
        check_package(data, name, kind)
    except UserError as exc:
        return None, exc.problems[0].message
    return as_package(data), None


def check_file(path: Path, options: Options, label: str | None = None) -> list[Finding]:
    """Every finding for one .pptx or .docx, in document order."""
    from lessonpack.check.docx_rules import check_document, open_document
    from lessonpack.check.pptx_draft_rules import draft_rules
    from lessonpack.check.pptx_footer_rules import footer_rules
    from lessonpack.check.pptx_help_rules import help_rules
    from lessonpack.check.pptx_layout_rules import layout_rules
    from lessonpack.check.pptx_logo_rules import logo_rules
    from lessonpack.check.pptx_rules import structure_rules
    from lessonpack.check.pptx_scene_rules import scene_rules
    from lessonpack.check.pptx_shapes import DeckView, open_deck
    from lessonpack.check.pptx_text_collide import collide_rules
    from lessonpack.check.pptx_text_rules import text_rules

    name = label if label is not None else str(path)
    is_deck = path.suffix.lower() in DECK_SUFFIXES
    data, refused = _read(path, name, "deck" if is_deck else "document")
    if data is None:
        return [finding(name, "", "LPC001", f"cannot be opened: {refused}",
                        "check it is a .pptx/.docx; open and save it again in PowerPoint or "
                        "Word")]
    try:
        source = io.BytesIO(data)
        opened = open_deck(source, name) if is_deck else open_document(source, name)
    except _open_errors() as exc:
        # Only opening is guarded: an exception inside a rule is a bug, not the file's fault.
        text = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        message = " ".join(str(text).split())
        return [finding(name, "", "LPC001", f"cannot be opened: {message}",
                        "check it is a .pptx/.docx; open and save it again in PowerPoint or "
                        "Word")]
    # Narrowed by what was opened, not by the file's name: each rule is typed for its view.
    if isinstance(opened, DeckView):
        found = (structure_rules(opened) + text_rules(opened, options) + layout_rules(opened)
                 + collide_rules(opened) + footer_rules(opened) + logo_rules(opened)
                 + draft_rules(opened) + scene_rules(opened) + help_rules(opened))
    else:
        found = check_document(opened, options)
    return sorted(found, key=Finding.sort_key)


def files_to_check(paths: list[Path]) -> list[Path]:
    """The files named, and the .pptx/.docx files in folders named; a UsageError for a file
    of another kind, or when there is none."""
    from lessonpack.errors import UsageError

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            # "~$" files are Office's lock files, not documents.
            files += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES
                            and p.is_file() and not p.name.startswith("~$"))
        elif path.suffix.lower() in SUFFIXES:
            files.append(path)
        else:
            raise UsageError(f"{path}: can only check .pptx and .docx files")
    if not files:
        raise UsageError("no .pptx or .docx files found in " + ", ".join(map(str, paths)))
    return files
