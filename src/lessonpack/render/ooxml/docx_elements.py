"""lessonpack's own XML element classes for the Word documents it writes: python-docx's, with
two faster methods, given only to the packages lessonpack opens (as render.ooxml.elements
does for decks; its docstring says how a second parser's class table reaches no other
python-docx user in the process).

The faster methods, each tested against the library's own (tests/test_ooxml_elements.py):

- ``first_child_found_in``: every child python-docx adds (a paragraph's spacing, a run's
  bold...) is inserted before the first of up to 30 names that must follow it, asking "is
  there such a child?" once a name and turning each name into its namespaced form on every
  call: about a tenth of writing a pack's documents. Here the names are kept, and an element
  with fewer children than names is looked at once.
- each child's maker (``_new_pPr``...): the library makes it with its own parser, so the
  new element would be the library's class, with none of these methods, until it is next
  looked up; here it is made with lessonpack's.
- the read-only property of each optional child (``pPr``, ``spacing``, ``rPr``...), read
  tens of thousands of times a pack: the library turns its name into the namespaced form
  on every read; here that is done once a property.
- the read side of each attribute property (``val``, ``w``, ``type``...; some 3,000 reads a
  pack): the library turns the attribute's name into its namespaced form on every read;
  here that is done once a property (the write side is the library's).
- a section's ``get_headerReference`` and ``get_footerReference``: the library compiles an
  XPath expression on every call, and every header or footer it is asked about calls one;
  here the section's few children are looked at.
- the styles' ``default_for``: only styles marked default are read.

And a template's zip is read once (``_reader``), not once a document.

An element python-docx makes otherwise (a new paragraph, a header) is the library's class
until it is next looked up in the document: merely slower. The bytes written are the same.
Tested with python-docx as pinned in pyproject.toml: these are the library's internals.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

import docx.oxml
import docx.oxml.ns
from docx.document import Document
from docx.enum.section import WD_HEADER_FOOTER
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.package import Unmarshaller
from docx.opc.part import PartFactory, XmlPart
from docx.opc.pkgreader import PackageReader
from docx.oxml.exceptions import InvalidXmlError
from docx.oxml.section import CT_SectPr
from docx.oxml.styles import CT_Styles
from docx.oxml.xmlchemy import OptionalAttribute
from docx.package import Package
from lxml import etree

from lessonpack.caches import TEMPLATE_BYTES, BoundedCache
from lessonpack.render.ooxml.elements import class_parser, first_found

# The library's getter of an optional child and its maker of a new one, made by
# _BaseChildElement._getter and _creator.
_CHILD_GETTER = "_BaseChildElement._getter.<locals>.get_child_element"
_CHILD_MAKER = "_BaseChildElement._creator.<locals>.new_child_element"
# The library's reader of an optional (a required) attribute, made by their _getter.
_OPTIONAL_READER = "OptionalAttribute._getter.<locals>.get_attr_value"
_REQUIRED_READER = "RequiredAttribute._getter.<locals>.get_attr_value"


@lru_cache(maxsize=512)
def _docx_names(tagnames: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(docx.oxml.ns.qn(name) for name in tagnames)


def docx_first_child_found_in(self: Any, *tagnames: str) -> Any:
    """``BaseOxmlElement.first_child_found_in``: the first child with a tag in
    ``tagnames``, in their order, or None."""
    return first_found(self, _docx_names(tagnames))


def _child_getter(tag: str, doc: str | None) -> property:
    def get_child_element(obj: Any) -> Any:
        # The library's obj.find(tag): the same first child, without parsing a path.
        return next(obj.iterchildren(tag), None)

    get_child_element.__doc__ = doc
    return property(get_child_element)


def _child_maker(nsptagname: str, doc: str | None) -> Any:
    tag = docx.oxml.ns.NamespacePrefixedTag(nsptagname)
    clark, nsmap = tag.clark_name, tag.nsmap

    def new_child_element(obj: Any) -> Any:
        return DOCX_PARSER.makeelement(clark, attrib=None, nsmap=nsmap)

    new_child_element.__doc__ = doc
    return new_child_element


def _attribute(prop: property, attribute: Any) -> property:
    """``prop`` (an attribute property the library made from ``attribute``, an
    OptionalAttribute or RequiredAttribute) read as the library reads it, the attribute's
    namespaced name found once; written by the library's own setter."""
    clark, name = attribute._clark_name, attribute._attr_name
    from_xml = attribute._simple_type.from_xml
    if isinstance(attribute, OptionalAttribute):
        default = attribute._default

        def get_attr_value(obj: Any) -> Any:
            value = obj.get(clark)
            return default if value is None else from_xml(value)
    else:
        def get_attr_value(obj: Any) -> Any:
            value = obj.get(clark)
            if value is None:
                raise InvalidXmlError(
                    f"required '{name}' attribute not present on element {obj.tag}")
            return from_xml(value)

    get_attr_value.__doc__ = prop.fget.__doc__ if prop.fget is not None else None
    return property(get_attr_value, prop.fset, prop.fdel)


def _made_by(function: Any) -> Any:
    """The ZeroOrOne (OneOrMore...) whose ``self`` a generated method closes over."""
    where = function.__code__.co_freevars.index("self")
    return function.__closure__[where].cell_contents


def _docx_faster(cls: type) -> dict[str, Any]:
    """The faster methods of a python-docx element class."""
    methods: dict[str, Any] = {"first_child_found_in": docx_first_child_found_in}
    for klass in reversed(cls.__mro__):  # a subclass's own definition wins
        for name, value in vars(klass).items():
            if name == "first_child_found_in":
                continue
            getter = value.fget if isinstance(value, property) else None
            if getter is not None and getter.__qualname__ == _CHILD_GETTER:
                child = _made_by(getter)
                methods[name] = _child_getter(docx.oxml.ns.qn(child._nsptagname),
                                              getter.__doc__)
            elif getter is not None and getter.__qualname__ in (_OPTIONAL_READER,
                                                                _REQUIRED_READER):
                methods[name] = _attribute(value, _made_by(getter))
            elif getattr(value, "__qualname__", None) == _CHILD_MAKER:
                child = _made_by(value)
                methods[name] = _child_maker(child._nsptagname, value.__doc__)
            else:
                methods.pop(name, None)
    if issubclass(cls, CT_Styles):
        methods["default_for"] = _default_style_for
    if issubclass(cls, CT_SectPr):
        methods.update(get_headerReference=_reference_getter("w:headerReference"),
                       get_footerReference=_reference_getter("w:footerReference"))
    return methods


_STYLE, _DEFAULT = docx.oxml.ns.qn("w:style"), docx.oxml.ns.qn("w:default")


def _default_style_for(self: Any, style_type: Any) -> Any:
    """``CT_Styles.default_for``: the last style of ``style_type`` marked default, or None.
    The library reads every style's type and default flag through its attribute classes,
    about 0.3 ms a call on our templates (each paragraph given a style asks); here only the
    few styles that carry a default flag are read, by the library's own properties."""
    found = [s for s in self.iterchildren(_STYLE)
             if s.get(_DEFAULT) is not None and s.type == style_type and s.default]
    return found[-1] if found else None


def _reference_getter(nsptagname: str) -> Any:
    """``CT_SectPr.get_headerReference`` (``get_footerReference``): the first reference of
    a type, found by looking at the section's few children rather than by compiling an
    XPath expression on every call (a hundred and more calls a pack: each header or footer
    python-docx is asked about looks its reference up again)."""
    tag, type_attr = docx.oxml.ns.qn(nsptagname), docx.oxml.ns.qn("w:type")

    def get_reference(self: Any, type_: WD_HEADER_FOOTER) -> Any:
        wanted = WD_HEADER_FOOTER.to_xml(type_)
        return next((ref for ref in self.iterchildren(tag) if ref.get(type_attr) == wanted),
                    None)

    return get_reference


DOCX_PARSER = class_parser(docx.oxml.parser.element_class_lookup, docx.oxml.ns.nsmap.values(),
                      _docx_faster)


def _part(partname: Any, content_type: str, reltype: str, blob: bytes, package: Any) -> Any:
    """python-docx's ``PartFactory``, but an XML part is read once, by lessonpack's parser
    (the same options as the library's, so the same tree and the same bytes saved): read by
    the library's and then moved into ours, the move cost as much as the reading."""
    chosen = getattr(PartFactory, "part_class_selector", None)  # python-docx sets it on import
    cls = chosen(content_type, reltype) if chosen is not None else None
    cls = cls or PartFactory._part_cls_for(content_type)
    if isinstance(cls, type) and issubclass(cls, XmlPart) and getattr(
            cls.load, "__func__", None) is _XML_LOAD:
        return cls(partname, content_type, etree.fromstring(blob, DOCX_PARSER), package)
    return PartFactory(partname, content_type, reltype, blob, package)


_XML_LOAD = XmlPart.load.__func__  # type: ignore[attr-defined]


# What python-docx read from each template's zip, kept by its bytes: every document of a pack
# opens the same template, and unzipping it, inflating its parts and parsing its
# relationships and content types was about a twentieth of writing a document. A reader
# holds only bytes and names and is never changed: each document is still made from it anew,
# by _part, so no two share an element.
_READERS: BoundedCache[bytes, tuple[PackageReader, int]] = BoundedCache(
    8, max_weight=TEMPLATE_BYTES, weigh=lambda kept: kept[1])


def _reader(data: bytes) -> PackageReader:
    """python-docx's reader of the package ``data``, kept for the next document of it."""
    found = _READERS.get(data)
    if found is not None:
        return found[0]
    reader = PackageReader.from_file(io.BytesIO(data))
    held = len(data) + sum(len(blob) for _name, _type, _rel, blob in reader.iter_sparts())
    _READERS.put(data, (reader, held))
    return reader


def open_document(data: bytes) -> Document:
    """``docx.Document`` of ``data``, its parts read with lessonpack's classes."""
    package = Package()
    Unmarshaller.unmarshal(_reader(data), package, _part)
    main = package.main_document_part
    if main.content_type != CT.WML_DOCUMENT_MAIN:
        raise ValueError(f"not a Word file, content type is '{main.content_type}'")
    return main.document  # type: ignore[attr-defined,no-any-return]
