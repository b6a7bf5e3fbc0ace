"""An unknown field's hint never names the field itself (every field of the schema is
"known", so one moved out of a model, letter.after.paragraphs, matched its own name)."""

from __future__ import annotations

from lessonpack.content.problems import message


def test_the_hint_is_never_the_unknown_field_itself() -> None:
    err = {"type": "extra_forbidden", "input": ["…"], "msg": "Extra inputs are not permitted"}
    loc = ("letter", "after", "paragraphs")
    assert message(err, loc, frozenset({"paragraphs", "opening"})) == \
        "unknown field 'paragraphs'"
    assert message(err, ("titel",), frozenset({"title", "paragraphs"})) == \
        "unknown field 'titel'; did you mean 'title'?"
