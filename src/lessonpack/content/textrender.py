"""Renders the Jinja expressions inside content text (``{{ fact.iwf_2018_under_13 }}``).

Content is contributed by users, so it is data, not a program. Two layers keep it that way:

1. Before rendering, the parsed template is checked against what content needs: references
   (``{{ helpline.childline.contact }}``), ``{% if %}``, ``{% for %}`` (at most two deep) over
   the facts, method calls without arguments (``platform.values()``) and a few text filters.
   Anything else (``{% set %}``, macros, ``*``, ``**``, ``range(…)``, filters such as
   ``center(10**9)``) is refused with its line: those are the ways a few characters of
   template could run for hours or fill memory, which the sandbox alone does not prevent.
2. Rendering runs in Jinja's sandbox with undefined names as errors, so references to Python
   internals (``''.__class__``, ``cycler.__init__.__globals__``) are refused too.

Output is plain text (python-pptx and python-docx escape XML themselves), so no autoescape.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError, TemplateSyntaxError, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from lessonpack.caches import kept
from lessonpack.content.model import FactsFile
from lessonpack.content.part_words import part_context
from lessonpack.content.yamlsource import FieldPath, shorten

_SAFE_FILTERS = frozenset({
    "upper", "lower", "title", "capitalize", "trim", "striptags", "default", "d", "length",
    "count", "first", "last", "round", "string", "int", "float", "abs", "list", "sort",
    "unique", "reverse", "wordcount", "e", "escape",
})
_ALLOWED = (
    nodes.Template, nodes.Output, nodes.TemplateData, nodes.Const, nodes.Name, nodes.Getattr,
    nodes.Getitem, nodes.Slice, nodes.Call, nodes.Filter, nodes.Test, nodes.If, nodes.For,
    nodes.CondExpr, nodes.Compare, nodes.Operand, nodes.And, nodes.Or, nodes.Not, nodes.Neg,
    nodes.Pos, nodes.Concat, nodes.Add, nodes.Sub, nodes.List, nodes.Tuple, nodes.Dict,
    nodes.Pair, nodes.Keyword,
)
_WORDS = {
    "Assign": "{% set %}", "AssignBlock": "{% set %}", "Macro": "{% macro %}",
    "CallBlock": "{% call %}", "Include": "{% include %}", "Import": "{% import %}",
    "FromImport": "{% from … import %}", "Extends": "{% extends %}", "Block": "{% block %}",
    "FilterBlock": "{% filter %}", "With": "{% with %}", "Mul": "'*'", "Pow": "'**'",
    "Mod": "'%'", "Div": "'/'", "FloorDiv": "'//'",
}
MAX_LOOP_DEPTH = 2
MAX_OUTPUT = 20_000  # characters from one text; budgets are far smaller, this bounds memory

_ENV = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
_ENV.globals.clear()  # no range(), lipsum(), cycler(), namespace(): content needs none
_ENV.filters = {k: v for k, v in _ENV.filters.items() if k in _SAFE_FILTERS}
_MISSING = re.compile(r"has no attribute '([^']+)'|'([^']+)' is undefined")
_UNSAFE = re.compile(r"access to attribute '([^']+)'")
_NO_ELEMENT = re.compile(r"object has no element (\d+)")


# What a content text's own template can raise while it renders, each reported at its field
# as the text's fault: Jinja's errors (syntax, an unknown name, a refused construct, a sandbox
# refusal), nesting too deep, and what an allowed operation raises on the wrong values
# (``{{ 'a' - 1 }}``, ``{{ fact.x | round }}`` on text, ``{{ [] | first }}``). Anything else
# is a bug in lessonpack and is left to crash as one.
TEXT_FAULTS: tuple[type[Exception], ...] = (
    TemplateError, RecursionError, TypeError, ValueError, ArithmeticError, LookupError)


class ContentTemplateError(TemplateError):
    """Content text uses template features it may not; carries the line it is on."""

    def __init__(self, message: str, lineno: int) -> None:
        super().__init__(message)
        self.lineno = lineno


def text_context(facts: FactsFile) -> dict[str, Any]:
    return {
        "fact": {f.id: f.text for f in facts.facts},
        "helpline": {h.id: h.model_dump(mode="json") for h in facts.helplines},
        "platform": {r.id: r.model_dump(mode="json") for r in facts.platform_rules},
        "rules_checked": rules_checked(facts),
        "disclosure": {d.id: d.text for d in facts.disclosure_steps},
    }


def rules_checked(facts: FactsFile) -> str:
    """ "December 2026": the month the platform age rules were last all checked (the oldest
    check), for the "accurate as of" line on every slide that states them: the apps change
    their rules often, and a rule shown without its date cannot be trusted or rechecked."""
    if not facts.platform_rules:
        return "an unknown date"
    oldest = min(r.checked for r in facts.platform_rules)
    return oldest.strftime("%B %Y")


def _friendly(exc: TemplateError) -> str:
    message = str(exc.message or exc)
    unsafe = _UNSAFE.search(message)
    if isinstance(exc, SecurityError) and unsafe:
        return (f"{shorten(unsafe.group(1))!r} cannot be used in content text (Python "
                "internals are off limits); refer to facts as {{ fact.id }}")
    missing = _MISSING.search(message)
    if missing:
        name = missing.group(1) or missing.group(2)
        if name == "part":
            return ("'part' names a part's own routes or after_lesson: this text is not in a "
                    "part that lists them")
        return f"unknown reference {shorten(name)!r}: it is not in facts.yml"
    beyond = _NO_ELEMENT.search(message)
    if beyond:
        return (f"no entry {beyond[1]} in that list: a part's routes are numbered from 0 in "
                "the order its routes field lists them")
    return message


def _refuse(node: nodes.Node, what: str) -> ContentTemplateError:
    return ContentTemplateError(
        f"{what} cannot be used in content text; use references such as {{{{ fact.id }}}}, "
        "{% if %} and {% for %}", node.lineno)


def _check(node: nodes.Node, loops: int = 0) -> None:
    """Raise ContentTemplateError at the first construct content text may not use."""
    name = type(node).__name__
    if not isinstance(node, _ALLOWED):
        raise _refuse(node, _WORDS.get(name, name))
    if isinstance(node, nodes.For):
        if node.recursive:
            raise _refuse(node, "a recursive loop")
        loops += 1
        if loops > MAX_LOOP_DEPTH:
            raise _refuse(node, f"a loop inside {MAX_LOOP_DEPTH} loops")
    if isinstance(node, nodes.Call) and (node.args or node.kwargs or node.dyn_args
                                         or node.dyn_kwargs):
        raise _refuse(node, "calling with arguments")
    if isinstance(node, nodes.Filter) and node.name not in _SAFE_FILTERS:
        raise _refuse(node, f"the {node.name!r} filter")
    for child in node.iter_child_nodes():
        _check(child, loops)


@kept(1024)  # the built-in lessons hold under a hundred texts with a template
def _template(text: str) -> Template:
    """``text`` parsed, checked and compiled: every pack renders the same texts again (each
    build and each batch worker loads the content afresh), and compiling was a tenth of a
    build's time. A text that fails raises each time (``kept`` keeps no exception)."""
    tree = _ENV.parse(text)
    _check(tree)
    return _ENV.from_string(tree)


def render_text(text: str, context: dict[str, Any]) -> str:
    if "{{" not in text and "{%" not in text:
        return text
    out: list[str] = []
    size = 0
    for chunk in _template(text).generate(context):
        size += len(chunk)
        if size > MAX_OUTPUT:
            raise ContentTemplateError(f"text renders to more than {MAX_OUTPUT:,} characters",
                                       1)
        out.append(chunk)
    return "".join(out).strip()


def render_tree(
    data: Any, context: dict[str, Any], loc: FieldPath = ()
) -> tuple[Any, list[tuple[FieldPath, str, int]]]:
    """Render every string in a YAML tree.

    Returns the new tree and a list of (field, message, line offset) for each failure.
    """
    errors: list[tuple[FieldPath, str, int]] = []

    def walk(node: Any, where: FieldPath, context: dict[str, Any]) -> Any:
        if isinstance(node, str):
            try:
                return render_text(node, context)
            except TemplateSyntaxError as exc:
                errors.append((where, f"template syntax: {exc.message}", (exc.lineno or 1) - 1))
            except ContentTemplateError as exc:
                errors.append((where, str(exc), exc.lineno - 1))
            except TemplateError as exc:
                errors.append((where, _friendly(exc), 0))
            except RecursionError:
                errors.append((where, "template is nested too deeply", 0))
            except TEXT_FAULTS as exc:  # e.g. {{ 'a' - 1 }}: the text's fault, not a bug
                errors.append((where, f"cannot render: {type(exc).__name__}: {exc}", 0))
            return node
        if isinstance(node, dict):
            # A part's notes name its own fields: {{ part.routes[0] }} (content/part_words).
            part = part_context(node, functools.partial(_said, context=context))
            inner = context if part is None else {**context, "part": part}
            return {k: walk(v, (*where, k), inner) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, (*where, i), context) for i, v in enumerate(node)]
        return node

    return walk(data, loc, context), errors


def _said(text: str, context: dict[str, Any]) -> str:
    """``text`` (a route's or an after-the-lesson step's) rendered for the notes that name
    it, or as written where it cannot be: ``render_tree`` walks that text in its own field
    too, and reports the fault there, once, at the field's line."""
    try:
        return render_text(text, context)
    except TEXT_FAULTS:
        return text
