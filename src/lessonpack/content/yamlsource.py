"""Safe YAML parsing that remembers where every value came from (file, line, column).

Only the plain YAML types are constructed; any other tag (``!!python/object`` and friends) is
a problem to report, never something to execute. Aliases are expanded with a node budget so a
"billion laughs" file cannot exhaust memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer, ComposerError
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode
from yaml.reader import Reader
from yaml.resolver import Resolver

try:  # libyaml's scanner and parser, in C: PyPI's PyYAML wheels carry it
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    CParser = None

from lessonpack.errors import Problem, problem_at
from lessonpack.io.safety import read_limited

FieldPath = tuple[str | int, ...]

_SAFE_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MERGE_TAG = "tag:yaml.org,2002:merge"
MAX_NODES = 200_000
MAX_BYTES = 2_000_000
# Content is at most a handful of levels deep; 50 leaves room and keeps every recursive step
# (composer, walker, pydantic, text rendering) far from Python's recursion limit.
MAX_DEPTH = 50
_OTHER_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
               (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))
# What XML 1.0 (and so PowerPoint and Word) can hold: tab, newline and carriage return are the
# only control characters; lone surrogates and U+FFFE/U+FFFF are not characters at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class Parsed:
    """A YAML document as plain data plus the position of every key and item."""

    path: Path
    data: Any = None
    marks: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)
    # Where each value starts (``marks`` holds the key's position for mapping entries).
    value_marks: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def position(self, loc: FieldPath) -> tuple[int, int]:
        """Line and column of the deepest part of ``loc`` that exists in the file."""
        for end in range(len(loc), -1, -1):
            if loc[:end] in self.marks:
                return self.marks[loc[:end]]
        return (1, 1)

    def value_position(self, loc: FieldPath) -> tuple[int, int]:
        """Line and column of the value at ``loc``; its key's position when not recorded."""
        return self.value_marks.get(loc) or self.position(loc)


def format_field(loc: FieldPath) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (
            f".{shorten(part)}" if out else shorten(part))
    return shorten(out, 120)


def shorten(text: str, limit: int = 60) -> str:
    """A key or value as quoted in a problem: a 100,000-character key stays one short line."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_yaml(path: Path, display: str | None = None) -> Parsed:
    """Read and parse one YAML file; problems are collected in the result, never raised."""
    shown = display or str(path)
    parsed = Parsed(path)
    raw, problem = read_limited(path, shown, MAX_BYTES, "content files")
    if problem is not None:
        parsed.problems.append(problem)
        return parsed
    for bom, name in _OTHER_BOMS:
        if raw.startswith(bom):
            parsed.problems.append(problem_at(
                shown, "LP100", f"file is saved as {name}; save it as UTF-8", line=1, column=1))
            return parsed
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        parsed.problems.append(problem_at(
            shown, "LP100", f"file is not UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8",
            line=line, column=column))
        return parsed
    return parse_yaml_text(text, parsed, shown, fast=_shipped(path))


def _shipped(path: Path) -> bool:
    """A content file that comes with lessonpack: read with libyaml, which is five times
    faster. Every file a user writes (content, brand, batch manifest) is read by the
    pure-Python parser, whose checks are stricter in corners (tabs, tags, ``?`` in flow
    collections); tests/test_yaml_parsers.py proves both read each shipped file alike."""
    from lessonpack.io.resources import builtin_content

    try:
        return path.resolve().is_relative_to(builtin_content().resolve())
    except OSError:
        return False


def parse_yaml_text(text: str, parsed: Parsed, shown: str, *, fast: bool = False) -> Parsed:
    """Parse ``text``; ``fast``: try libyaml first (only for text known to be read alike by
    both parsers, see ``_shipped``)."""
    if not text.strip():
        parsed.problems.append(problem_at(shown, "LP105", "file is empty", line=1, column=1))
        return parsed
    node = _compose_fast(text) if fast else None
    if node is not None:
        parsed.data = _Walker(parsed, shown).build(node, ())
        return parsed
    # The pure-Python parser: for files libyaml refused, so that every problem is worded and
    # placed the same way whichever parser is installed.
    loader: _BoundedLoader | None = None
    try:
        loader = _BoundedLoader(text)  # checks every character here, before parsing
        node = loader.get_single_node()
    except yaml.reader.ReaderError as exc:
        # A control character (NUL, BEL, ...) anywhere in the file; the reader gives only a
        # character offset.
        where = text[: exc.position]
        line, column = where.count("\n") + 1, exc.position - (where.rfind("\n") + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        parsed.problems.append(problem_at(
            shown, "LP101", f"control character U+{code:04X} is not allowed in YAML; remove it",
            line=line, column=column))
        return parsed
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and "end of stream" in (exc.problem or ""):
            # An unclosed quote or bracket: point at where it opened, not at the end of file.
            mark = exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        message = (exc.problem or "invalid YAML").strip()
        if exc.context:
            message = f"{exc.context.strip()}: {message}"
        if "\t" in message or "'\\t'" in message:
            message += " (use spaces, not tabs, to indent)"
        if "but found another document" in message:
            message = "a file holds one YAML document; remove the second '---' and what follows"
        parsed.problems.append(problem_at(shown, "LP101", message, line=line, column=column))
        return parsed
    except yaml.YAMLError as exc:
        parsed.problems.append(problem_at(shown, "LP101", str(exc).splitlines()[0]))
        return parsed
    finally:
        if loader is not None:
            loader.dispose()
    if node is None:
        parsed.problems.append(problem_at(shown, "LP105", "file is empty", line=1, column=1))
        return parsed
    walker = _Walker(parsed, shown)
    parsed.data = walker.build(node, ())
    return parsed


# What libyaml accepts and the pure-Python scanner refuses (tabs as separators, "|#" block
# headers) or places differently (line breaks other than \n): such text takes the slow path,
# so a file is never valid with one parser and refused with the other.
_LIBYAML_LENIENT = re.compile(r"[\t\r\x85\u2028\u2029]|[|>][-+0-9]*#")


def compose_read(path: Path, text: str) -> Node | None:
    """The node tree (with positions) of ``text``, which ``read_yaml`` has already read from
    ``path``: by libyaml when the file is shipped, as ``read_yaml`` does; None when it no
    longer parses (it changed since it was read; that read's result stands). For a linter
    that places what it finds: composing every built-in file with the pure-Python scanner
    was most of `lessonpack validate`'s time."""
    node = _compose_fast(text) if _shipped(path) else None
    return node if node is not None else _single_node(yaml.SafeLoader(text))


def _compose_fast(text: str) -> Node | None:
    """The document's node tree from libyaml (about five times faster than the pure-Python
    scanner, which was most of the time spent loading content); None when libyaml is missing,
    the text holds a character the pure-Python reader refuses, or it is not valid YAML, all
    left to the pure-Python parser and its messages."""
    if CParser is None or Reader.NON_PRINTABLE.search(text) or _LIBYAML_LENIENT.search(text):
        return None
    return _single_node(_FastLoader(text))


def _single_node(loader: Any) -> Node | None:
    """``loader``'s one document as nodes, or None where it is not valid YAML."""
    try:
        return loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


class _DepthLimited(Composer):
    """PyYAML's composer recurses once per nesting level; ``[[[[...`` thousands deep would
    overflow Python's stack (RecursionError, a crash). Refuse deep nesting with a mark."""

    _depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                event = self.peek_event()
                raise ComposerError(None, None, f"values are nested more than {MAX_DEPTH} "
                                    "levels deep", event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _BoundedLoader(_DepthLimited, yaml.SafeLoader):
    """The pure-Python reader, scanner and parser, with the depth limit."""


if CParser is not None:
    class _FastLoader(_DepthLimited, CParser, Resolver):  # type: ignore[misc, valid-type]
        """libyaml's scanner and parser under PyYAML's own (depth-limited) composer, which
        builds the same nodes, with the same marks, as the pure-Python loader."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            Resolver.__init__(self)


class _Walker:
    def __init__(self, parsed: Parsed, shown: str) -> None:
        self.parsed = parsed
        self.shown = shown
        self.constructor = SafeConstructor()
        self.count = 0
        self.too_big = False
        self.too_deep = False
        self.open: set[int] = set()  # nodes being built: an alias back into one is a loop

    def _problem(self, node: Node, code: str, message: str, loc: FieldPath) -> None:
        self.parsed.problems.append(problem_at(
            self.shown, code, message, line=node.start_mark.line + 1,
            column=node.start_mark.column + 1, field=format_field(loc)))

    def build(self, node: Node, loc: FieldPath) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            if not self.too_big:
                self.too_big = True
                self._problem(node, "LP101", f"document expands to more than {MAX_NODES:,} "
                              "values (too many aliases?)", loc)
            return None
        start = (node.start_mark.line + 1, node.start_mark.column + 1)
        self.parsed.marks.setdefault(loc, start)
        self.parsed.value_marks.setdefault(loc, start)
        if isinstance(node, ScalarNode):
            return self._scalar(node, loc)
        # Aliases can nest values deeper than the text does (and a recursive alias forever),
        # so depth is checked here as well as while composing.
        if id(node) in self.open:
            self._problem(node, "LP101", "alias refers to a value that contains it", loc)
            return None
        if len(loc) >= MAX_DEPTH:
            if not self.too_deep:
                self.too_deep = True
                self._problem(node, "LP101", f"values are nested more than {MAX_DEPTH} levels "
                              "deep", loc)
            return None
        self.open.add(id(node))
        try:
            if isinstance(node, MappingNode):
                return self._mapping(node, loc)
            if node.tag != _SEQ_TAG:
                self._problem(node, "LP104", f"tag {node.tag!r} is not allowed", loc)
                return None
            return [self.build(item, (*loc, i)) for i, item in enumerate(node.value)]
        finally:
            self.open.discard(id(node))

    def _mapping(self, node: MappingNode, loc: FieldPath) -> dict[str, Any] | None:
        if node.tag != _MAP_TAG:
            self._problem(node, "LP104", f"tag {node.tag!r} is not allowed", loc)
            return None
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                self._problem(key_node, "LP102", "merge keys (<<) are not supported; write "
                              "the fields out", loc)
                continue
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _SAFE_SCALAR_TAGS:
                self._problem(key_node, "LP102", "keys must be plain words", loc)
                continue
            key = str(key_node.value)
            child = (*loc, key)
            if key in out:
                self._problem(key_node, "LP103", f"key {shorten(key)!r} appears more than once",
                              child)
                continue
            self.parsed.marks[child] = (key_node.start_mark.line + 1,
                                        key_node.start_mark.column + 1)
            out[key] = self.build(value_node, child)
        return out

    def _scalar(self, node: Node, loc: FieldPath) -> Any:
        if node.tag not in _SAFE_SCALAR_TAGS:
            self._problem(node, "LP104", f"tag {node.tag!r} is not allowed; only plain YAML "
                          "values are read", loc)
            return None
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (ConstructorError, ValueError, OverflowError) as exc:
            self._problem(node, "LP102", f"cannot read value: {exc}".splitlines()[0], loc)
            return None
        bad = _NOT_XML.search(value) if isinstance(value, str) else None
        if bad:
            # Only escapes in double quotes ("\x07") get here; the reader refuses raw ones.
            self._problem(node, "LP102", f"text holds control character U+{ord(bad.group()):04X}"
                          ", which PowerPoint and Word cannot store; remove it", loc)
            return None
        return value
