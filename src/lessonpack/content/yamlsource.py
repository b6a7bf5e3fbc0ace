"""Safe YAML parsing that remembers where every value came from (file, line, column).

Only the plain YAML types are constructed; any other tag (``!!python/object`` and friends) is
a problem to report, never something to execute. Aliases are expanded with a node budget so a
"billion laughs" file cannot exhaust memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from lessonpack.errors import Problem, problem_at

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
MAX_NODES = 200_000
MAX_BYTES = 2_000_000


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
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def read_yaml(path: Path, display: str | None = None) -> Parsed:
    """Read and parse one YAML file; problems are collected in the result, never raised."""
    shown = display or str(path)
    parsed = Parsed(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        parsed.problems.append(problem_at(shown, "LP100", f"cannot read file: {exc.strerror}"))
        return parsed
    if len(raw) > MAX_BYTES:
        parsed.problems.append(problem_at(
            shown, "LP100", f"file is {len(raw):,} bytes; content files may be at most "
            f"{MAX_BYTES:,} bytes"))
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
    return parse_yaml_text(text, parsed, shown)


def parse_yaml_text(text: str, parsed: Parsed, shown: str) -> Parsed:
    if not text.strip():
        parsed.problems.append(problem_at(shown, "LP105", "file is empty", line=1, column=1))
        return parsed
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
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
        parsed.problems.append(problem_at(shown, "LP101", message, line=line, column=column))
        return parsed
    except yaml.YAMLError as exc:
        parsed.problems.append(problem_at(shown, "LP101", str(exc).splitlines()[0]))
        return parsed
    finally:
        loader.dispose()
    if node is None:
        parsed.problems.append(problem_at(shown, "LP105", "file is empty", line=1, column=1))
        return parsed
    walker = _Walker(parsed, shown)
    parsed.data = walker.build(node, ())
    return parsed


class _Walker:
    def __init__(self, parsed: Parsed, shown: str) -> None:
        self.parsed = parsed
        self.shown = shown
        self.constructor = SafeConstructor()
        self.count = 0
        self.too_big = False

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
        if isinstance(node, MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, SequenceNode):
            if node.tag != _SEQ_TAG:
                self._problem(node, "LP104", f"tag {node.tag!r} is not allowed", loc)
                return None
            return [self.build(item, (*loc, i)) for i, item in enumerate(node.value)]
        return self._scalar(node, loc)

    def _mapping(self, node: MappingNode, loc: FieldPath) -> dict[str, Any] | None:
        if node.tag != _MAP_TAG:
            self._problem(node, "LP104", f"tag {node.tag!r} is not allowed", loc)
            return None
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _SAFE_SCALAR_TAGS:
                self._problem(key_node, "LP102", "keys must be plain words", loc)
                continue
            key = str(key_node.value)
            child = (*loc, key)
            if key in out:
                self._problem(key_node, "LP103", f"key {key!r} appears more than once", child)
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
            return self.constructor.construct_object(node, deep=True)
        except (ConstructorError, ValueError) as exc:
            self._problem(node, "LP102", f"cannot read value: {exc}".splitlines()[0], loc)
            return None
