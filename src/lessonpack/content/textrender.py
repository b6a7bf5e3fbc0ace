"""Renders the Jinja expressions inside content text (``{{ fact.iwf_2018_under_13 }}``).

Content is contributed by users, so it runs in Jinja's sandbox with undefined names as errors.
Output is plain text (python-pptx and python-docx escape XML themselves), so no autoescape.
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from lessonpack.content.model import FactsFile
from lessonpack.content.yamlsource import FieldPath

_ENV = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
_MISSING = re.compile(r"has no attribute '([^']+)'|'([^']+)' is undefined")


def text_context(facts: FactsFile) -> dict[str, Any]:
    return {
        "fact": {f.id: f.text for f in facts.facts},
        "helpline": {h.id: h.model_dump(mode="json") for h in facts.helplines},
        "platform": {r.id: r.model_dump(mode="json") for r in facts.platform_rules},
    }


def _friendly(exc: TemplateError) -> str:
    message = str(exc.message or exc)
    missing = _MISSING.search(message)
    if missing:
        name = missing.group(1) or missing.group(2)
        return f"unknown reference {name!r}: it is not in facts.yml"
    return message


def render_text(text: str, context: dict[str, Any]) -> str:
    if "{{" not in text and "{%" not in text:
        return text
    return _ENV.from_string(text).render(context).strip()


def render_tree(
    data: Any, context: dict[str, Any], loc: FieldPath = ()
) -> tuple[Any, list[tuple[FieldPath, str, int]]]:
    """Render every string in a YAML tree.

    Returns the new tree and a list of (field, message, line offset) for each failure.
    """
    errors: list[tuple[FieldPath, str, int]] = []

    def walk(node: Any, where: FieldPath) -> Any:
        if isinstance(node, str):
            try:
                return render_text(node, context)
            except TemplateSyntaxError as exc:
                errors.append((where, f"template syntax: {exc.message}", (exc.lineno or 1) - 1))
            except TemplateError as exc:
                errors.append((where, _friendly(exc), 0))
            return node
        if isinstance(node, dict):
            return {k: walk(v, (*where, k)) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, (*where, i)) for i, v in enumerate(node)]
        return node

    return walk(data, loc), errors
