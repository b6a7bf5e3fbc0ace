"""A content text's template is parsed, checked and compiled once a process
(``textrender._template``): the same text renders with each context it is given, and a
refused text is refused every time it is rendered, never kept."""

from __future__ import annotations

import pytest

from lessonpack.content import textrender
from lessonpack.content.textrender import ContentTemplateError, render_text


def test_a_text_is_compiled_once_and_rendered_with_each_context(
        monkeypatch: pytest.MonkeyPatch) -> None:
    textrender._template.cache_clear()  # type: ignore[attr-defined]
    parsed = []
    real_parse = textrender._ENV.parse
    monkeypatch.setattr(textrender._ENV, "parse", lambda text: parsed.append(text)
                        or real_parse(text))
    text = "Call {{ fact.line }} ({{ fact.hours }})."
    assert render_text(text, {"fact": {"line": "Childline", "hours": "24 hours"}}) == \
        "Call Childline (24 hours)."
    assert render_text(text, {"fact": {"line": "the NSPCC", "hours": "weekdays"}}) == \
        "Call the NSPCC (weekdays)."
    assert parsed == [text]


def test_a_refused_text_is_refused_every_time() -> None:
    textrender._template.cache_clear()  # type: ignore[attr-defined]
    text = "{% set x = 1 %}{{ x }}"
    for _ in range(2):
        with pytest.raises(ContentTemplateError, match="cannot be used in content text"):
            render_text(text, {})
    assert len(textrender._template.cache) == 0  # type: ignore[attr-defined]
