"""The zip members of a python-pptx or python-docx package, without saving it.

Each part's bytes are what the library's own ``save`` writes (its serialisation, its order).
Relationship parts are the exception in how, not what: the libraries build each .rels file by
parsing one small XML string per relationship and work out every relative target with
``posixpath.relpath``, which together cost more than the rest of saving a deck. They are built
here in one pass, with the same elements, attributes and order (tests/test_opc_members.py
compares every .rels file of our decks and documents with the libraries').
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from lxml import etree

from lessonpack.caches import BoundedCache

_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_RELATIONSHIPS = f"{{{_RELS_NS}}}Relationships"
_RELATIONSHIP = f"{{{_RELS_NS}}}Relationship"
_EXTERNAL = "External"  # a relationship's TargetMode for a target outside the package


def pptx_parts(package: Any) -> tuple[Any, ...]:
    """Every part of a python-pptx package, in the order its ``iter_parts`` gives them: each
    part where the depth-first walk of the relationships first reaches it. The library's
    walk passes every relationship up through a generator a level deep; gathered here in
    one list, saving a deck's walk cost half as much (tests/test_opc_members.py holds the
    two walks to the same parts in the same order)."""
    seen: set[Any] = set()
    found: list[Any] = []

    def walk(rels: Any) -> None:
        for rel in _by_rid(rels).values():
            part = _pptx_target(rel)
            if part is None:  # external
                continue
            if part in seen:
                continue
            seen.add(part)
            found.append(part)
            walk(part.rels)

    walk(package._rels)
    return tuple(found)


def package_members(package: Any) -> dict[str, bytes]:
    """Every zip member of a python-pptx or python-docx package, by name."""
    files: dict[str, bytes] = {}
    if type(package).__module__.startswith("pptx."):
        from pptx.opc.oxml import serialize_part_xml
        from pptx.opc.serialized import _ContentTypesItem as PptxTypes

        parts = pptx_parts(package)
        files["[Content_Types].xml"] = _content_types(
            "pptx", parts, lambda: serialize_part_xml(PptxTypes.xml_for(parts)))
        files["_rels/.rels"] = rels_xml(package._rels, "/", numeric=True)
        for part in parts:
            files[part.partname.membername] = part.blob
            if part._rels:
                files[part.partname.rels_uri.membername] = rels_xml(
                    part._rels, part.partname.baseURI, numeric=True)
    else:  # python-docx
        from docx.opc.pkgwriter import _ContentTypesItem as DocxTypes

        docx_parts = list(package.parts)
        for part in docx_parts:
            part.before_marshal()
        files["[Content_Types].xml"] = _content_types(
            "docx", docx_parts, lambda: DocxTypes.from_parts(docx_parts).blob)
        files["_rels/.rels"] = rels_xml(package.rels, "/", numeric=False)
        for part in docx_parts:
            files[part.partname.membername] = part.blob
            if len(part.rels):
                files[part.partname.rels_uri.membername] = rels_xml(
                    part.rels, part.partname.baseURI, numeric=False)
    return files


# Each package's [Content_Types].xml by the names and content types of its parts, in order:
# the libraries build it through their generic element machinery, a few hundred elements a
# deck, the same for every school's copy of a file.
_CONTENT_TYPES: BoundedCache[tuple[str, tuple[tuple[str, str], ...]], bytes] = BoundedCache(
    64, max_weight=4 << 20, weigh=len)


def _content_types(library: str, parts: Sequence[Any], make: Callable[[], bytes]) -> bytes:
    """The library's [Content_Types].xml for ``parts`` (``make`` builds it): it depends only
    on each part's name and content type, taken in the parts' order (which of two spellings
    of an extension is kept depends on it)."""
    key = (library, tuple((str(p.partname), p.content_type) for p in parts))
    found = _CONTENT_TYPES.get(key)
    if found is None:
        found = make()
        _CONTENT_TYPES.put(key, found)
    return found


def _pptx_target(rel: Any) -> Any | None:
    """A python-pptx relationship's target part, None for an external one. Its properties
    (``rId``, ``reltype``, ``is_external``, ``target_part``) each return a field its
    constructor sets and nothing changes after, read through a lazy property's Python
    descriptor; saving a deck read some two thousand of them, so the fields are read."""
    return None if rel._target_mode == _EXTERNAL else rel._target


def rels_xml(rels: Any, base: str, *, numeric: bool) -> bytes:
    """A .rels part: python-pptx orders relationships by rId number (``numeric``),
    python-docx keeps the order they were made in."""
    root = etree.Element(_RELATIONSHIPS, nsmap={None: _RELS_NS})
    for rel in _ordered(rels, numeric):
        if numeric:
            rid, reltype, part = rel._rId, rel._reltype, _pptx_target(rel)
            external = part is None
            target = rel._target if part is None else relative_ref(part.partname, base)
        else:
            rid, reltype, external = rel.rId, rel.reltype, rel.is_external
            target = rel.target_ref if external else relative_ref(rel.target_part.partname,
                                                                  base)
        attrib = {"Id": rid, "Type": reltype, "Target": target}
        if external:
            attrib["TargetMode"] = "External"
        etree.SubElement(root, _RELATIONSHIP, attrib)
    return etree.tostring(root, encoding="UTF-8", standalone=True)


def _by_rid(rels: Any) -> dict[str, Any]:
    """The dict behind a relationships mapping, in its order: python-pptx's mapping reads
    its dict through a lazy property on every key and item (some 700 reads a deck saved);
    python-docx's is a dict itself."""
    return rels if isinstance(rels, dict) else rels._rels


def _ordered(rels: Any, numeric: bool) -> Iterable[Any]:
    by_rid = _by_rid(rels)
    if not numeric:
        return by_rid.values()
    keys = sorted((int(r[3:]) if r.startswith("rId") and r[3:].isdigit() else 0, r)
                  for r in by_rid)
    return (by_rid[r] for _, r in keys)


@lru_cache(maxsize=4096)
def relative_ref(partname: str, base: str) -> str:
    """A part's name relative to a folder, as the libraries' PackURI.relative_ref gives it."""
    return partname[1:] if base == "/" else posixpath.relpath(partname, base)
