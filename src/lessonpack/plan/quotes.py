"""Typographic quotes and apostrophes for text a reader sees, on slides and on paper.

Content is written with straight quotes (easy to type in YAML); printed next to curly ones
they read as typewriter marks. One rule for decks
(render/deck_quotes) and documents (render/docx sets every string of a document's plan with
``typographic_fields`` before drawing it), so a quote on paper reads as it did on the slide.

Left straight on purpose: a [bracketed field] a school fills in (it is found and replaced by
its exact text, "[DSL's name]"), and code-like tokens (`backticked`, a path, a URL or an
option such as --brand): a reader copies those as they are. Each mark becomes one character,
so a text keeps its length.
"""

from __future__ import annotations

import functools
import re
from dataclasses import is_dataclass, replace
from typing import Any, cast

from lessonpack.content.fill_ins import BRACKETS
from lessonpack.content.picture_library import Picture
from lessonpack.plan.field_names import init_field_names

# Spans left as they are: a [field] (the fill-in pattern itself, so a bracketed aside too
# long to be a field is prose and curled like the rest), `code`, and a token that is a URL,
# an option (--brand) or holds marks prose does not (a path's backslash, key=value, a_name,
# <tag>, {x}, @handle).
KEPT_SPANS = re.compile(BRACKETS + r"|`[^`]*`|(?<!\S)(?:--|\S*(?:://|[\\=<>{}_@]))\S*")
_POSSESSIVE = re.compile(r"(?<=\w)'s\W*$")
# After one of these (or at the start) a mark opens a quotation.
_OPENERS = set(" \t\n\u00a0([{\u2014\u2013-/\u2018\u201c")


# Pure in the text, and a batch plans the same strings for every school: worked out once.
@functools.lru_cache(maxsize=8192)
def typographic(text: str) -> str:
    """``text`` with straight quotes and apostrophes made typographic, outside the kept
    spans: ' after a letter, a digit or closing punctuation is an apostrophe or a closing
    quote (’), else an opening one (‘); " opens (“) at the start or after a space or an
    opening bracket and closes (”) elsewhere."""
    if "'" not in text and '"' not in text:
        return text
    kept = _kept(text)
    out = list(text)
    for i, char in enumerate(text):
        if char not in "'\"" or kept[i]:
            continue
        before = text[i - 1] if i else " "
        opens = before in _OPENERS
        if char == '"':
            out[i] = "\u201c" if opens else "\u201d"
        else:
            after = text[i + 1] if i + 1 < len(text) else " "
            out[i] = "\u2018" if opens and (after.isalnum() or after in "\"“") else "\u2019"
    return "".join(out)


def _kept(text: str) -> list[bool]:
    """Which characters of ``text`` stay as written: those in the kept spans, less the
    marks around a name that are prose."""
    kept = [False] * len(text)
    for span in KEPT_SPANS.finditer(text):
        for i in range(span.start(), span.end()):
            kept[i] = True
        # A username's possessive ("StarFan_J's:") is prose, not part of the name: kept
        # straight, it was the one straight apostrophe on a KS2 slide.
        owned = _POSSESSIVE.search(span.group())
        if owned and span.group()[0] not in "[`-" and "=" not in span.group():
            kept[span.start() + owned.start()] = False
        # So are the marks of a quotation that opens or closes on a name ('Say: "BigFan_Ace
        # started…' kept its straight opening mark beside a curly close).
        for i in _quote_marks_around(span.group()):
            kept[span.start() + i] = False
    return kept


_AROUND = re.compile(r"^[\"']+|[\"']+(?=[.,;:!?)]*$)")


def _quote_marks_around(token: str) -> list[int]:
    """Where in a kept name (a_name, @handle) the quotation marks around it are: leading
    ones, and trailing ones before closing punctuation. None in a field, code, an option, a
    URL, a path or key='value': those are copied as they are."""
    if token[0] in "[`-" or any(c in token for c in "=:/\\<>{}"):
        return []
    return [i for m in _AROUND.finditer(token) for i in range(m.start(), m.end())]


def closed(text: str) -> str:
    """``text`` ending its sentence: a full stop added unless it already ends with one (or
    with ! or ?), closing quotes looked through ("“Keep practising.”." read as a typo)."""
    return text if text.rstrip("\"'”’)").endswith((".", "!", "?")) else f"{text}."


def typographic_fields(value: Any) -> Any:
    """``value`` with every string in it made typographic: through dataclasses, tuples, lists
    and dicts; a picture is left as it is (its name finds its file). Only strings holding a
    straight mark change (an identifier, a colour or a file name holds none), and what does
    not change is returned as the same object."""
    if isinstance(value, str):
        curled = typographic(value)
        return value if curled == value else curled
    if isinstance(value, (Picture, type)):
        return value
    if is_dataclass(value):
        changed = {}
        for name in init_field_names(cast("Any", value).__class__):
            old = getattr(value, name)
            new = typographic_fields(old)
            if new is not old:
                changed[name] = new
        return replace(cast("Any", value), **changed) if changed else value
    if isinstance(value, (tuple, list)):
        items = [typographic_fields(v) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        if isinstance(value, list):
            return items
        return type(value)(*items) if hasattr(value, "_fields") else tuple(items)
    if isinstance(value, dict):
        pairs = {k: typographic_fields(v) for k, v in value.items()}
        return value if all(pairs[k] is v for k, v in value.items()) else pairs
    return value
