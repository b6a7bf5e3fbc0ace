"""Turns pydantic validation errors into one-line Problems with file, line and column.

Shared by every YAML file lessonpack reads (content, facts, brand) so they all word errors
the same way.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar, get_args

from pydantic import BaseModel, ValidationError

from lessonpack.content.yamlsource import FieldPath, Parsed, format_field, read_yaml, shorten
from lessonpack.errors import Problem, UserError, problem_at

M = TypeVar("M", bound=BaseModel)

# Errors about the key itself (a stray or missing key) point at the key; every other error
# is about a value and may point at the value instead.
_KEY_ERRORS = frozenset({"extra_forbidden", "missing"})
_ID_WORDS = {
    r"^[a-z0-9][a-z0-9_-]{0,62}$": "use lowercase letters, digits, '-' and '_' (at most 63, "
                                   "starting with a letter or digit)",
    r"^[a-z][a-z0-9_]{0,62}$": "use lowercase letters, digits and '_' (at most 63, starting "
                               "with a letter)",
}


@dataclass(frozen=True)
class LoadedModel(Generic[M]):
    """A user's YAML file read into ``model``: the model, where each value came from, the
    data as validated, and the file as problems name it."""

    model: M
    parsed: Parsed
    data: dict[str, Any]
    shown: str


def load_model_file(path: Path, model: type[M], *, code: str, what: str, example: str,
                    prepare: Callable[[dict[str, Any]], dict[str, Any]] | None = None
                    ) -> LoadedModel[M]:
    """Read a YAML mapping of fields (a brand file, a school file) into ``model``; one
    UserError lists every problem, each with file, line, column and field. Relative paths
    in it (a logo) start from its folder (validation context ``base``). ``prepare`` may
    change the mapping before it is validated (the web page replaces ``logo:``)."""
    from lessonpack.io.paths import display_path

    shown = display_path(path)
    parsed = read_yaml(path, shown)
    if parsed.problems:
        raise UserError(parsed.problems)
    if not isinstance(parsed.data, dict):
        raise UserError(problem_at(shown, code, f"{what} must be a mapping of fields, e.g. "
                                   f"{example}", line=1, column=1))
    data = prepare(parsed.data) if prepare is not None else parsed.data
    try:
        value = model.model_validate(data, context={"base": path.parent})
    except ValidationError as exc:
        raise UserError(validation_problems(exc, parsed, shown, code=code,
                                           at_value=True, model=model)) from None
    return LoadedModel(value, parsed, data, shown)


def validation_problems(exc: ValidationError, parsed: Parsed, shown: str, *,
                        code: str = "LP102", prefix: FieldPath = (),
                        at_value: bool = False, model: type[BaseModel] | None = None
                        ) -> list[Problem]:
    """One Problem per pydantic error; ``at_value`` points value errors at the value;
    ``model`` (the one validated) lets an unknown field name the field it may be a typo of."""
    known = field_names(model) if model is not None else frozenset()
    problems = []
    errors = [(err, (*prefix, *(p for p in err["loc"] if not str(p).startswith("function-"))))
              for err in exc.errors(include_url=False)]
    for err, loc in errors:
        if err["type"] in _LENGTH_ERRORS and any(
                len(other) > len(loc) and other[:len(loc)] == loc for _e, other in errors):
            # A list whose bad items were dropped is then "too short" too: the items'
            # own errors say what is wrong, once each.
            continue
        if at_value and err["type"] not in _KEY_ERRORS:
            line, column = parsed.value_position(loc)
        else:
            line, column = parsed.position(loc)
        problems.append(problem_at(shown, code, message(err, loc, known), line=line, column=column,
                                   field=format_field(loc)))
    return problems


# Bounded like every cache (caches.py): one entry per model class, a few dozen at most.
@lru_cache(maxsize=64)
def field_names(model: type[BaseModel]) -> frozenset[str]:
    """Every field name ``model`` and the models inside it take (the words a typo of a
    field is likely to be near)."""
    names: set[str] = set()
    seen: set[type] = set()

    def visit(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation in seen:
                return
            seen.add(annotation)
            for name, info in annotation.model_fields.items():
                names.add(name)
                visit(info.annotation)
        for arg in get_args(annotation):
            visit(arg)

    visit(model)
    return frozenset(names)


_LENGTH_ERRORS = frozenset({"too_short", "too_long"})

# A required block whose name alone does not say what to write: what it holds, and why it
# is required. Keyed by the field and its parent, whatever list item they sit in.
_MISSING_SAYS: dict[tuple[str, ...], str] = {
    ("letter", "after"): "every pupil pack has a letter home for after the lesson; add "
                         "after: under letter: with opening, learned (three points), "
                         "conversation_starters and if_told (docs/content-authoring.md)",
}

# pydantic's wording for a value that is not a whole number, said as a teacher would.
_NOT_WHOLE = frozenset({"int_parsing", "int_type", "int_from_float"})


def message(err: Any, loc: tuple[Any, ...], known: frozenset[str] = frozenset()) -> str:
    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    if kind in _NOT_WHOLE:
        what = "a whole number of minutes" if str(loc[-1]).endswith("minutes") else \
            "a whole number"
        return f"must be {what}, got {shorten(str(value))!r}"
    if kind == "string_too_long":
        return (f"text is {len(value)} characters; this part of the layout holds at most "
                f"{ctx['max_length']}")
    if kind == "extra_forbidden":
        # 0.75: a typo ("titel", "checked_by"), not a different field ("governors").
        # Never the name itself: known holds every field of the schema, so a field moved
        # out of one model (letter.after.paragraphs) is still "known" from another.
        near = difflib.get_close_matches(str(loc[-1]), sorted(known - {str(loc[-1])}), n=1,
                                         cutoff=0.75)
        return f"unknown field {shorten(str(loc[-1]))!r}" + (
            f"; did you mean {near[0]!r}?" if near else "")
    if kind == "missing":
        says = _MISSING_SAYS.get(tuple(str(p) for p in loc if isinstance(p, str))[-2:])
        return f"missing required field {loc[-1]!r}" + (f": {says}" if says else "")
    if kind == "string_pattern_mismatch" and ctx.get("pattern") in _ID_WORDS:
        # Ids become folder and file names, so the rule is worth saying in words.
        return (f"{shorten(str(value))!r} is not a valid id: "
                f"{_ID_WORDS[ctx['pattern']]}")
    if kind in _LENGTH_ERRORS and isinstance(value, (list, tuple)):
        limit = err["msg"].split(", ")[0].lower().removesuffix(" after validation")
        # actual_length: what was counted (after validation), not what was given.
        return f"has {ctx.get('actual_length', len(value))} items; {limit}"
    return str(err["msg"]).removeprefix("Value error, ")
