"""Phrases that must never appear: scare tactics, victim-blaming, stigmatising terms (LP161).

The list lives in the content tree, ``content/_rules/never-say.yml`` (the loader skips ``_``
folders), so people who write content can read and extend it without touching code. Each
``--content`` folder may add its own ``_rules/never-say.yml``; entries only ever add.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from lessonpack.content.lint._common import problem, quizzes, text_fields
from lessonpack.content.model import Chars, Lesson
from lessonpack.content.safeguarding_words import FILE as WORDING_FILE
from lessonpack.content.yamlsource import FieldPath, format_field, read_yaml
from lessonpack.errors import Problem, problem_at

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

CODE = "LP161"
RULES_CODE = "LP162"
RULES_FILE = Path("_rules") / "never-say.yml"


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    phrase: Annotated[str, Chars(80)] | None = None
    regex: Annotated[str, Chars(300)] | None = None
    category: Literal["scare", "blame", "stigma", "dating"]
    why: Annotated[str, Chars(300)]
    instead: Annotated[str, Chars(200)]

    @model_validator(mode="after")
    def _one_pattern(self) -> Entry:
        if (self.phrase is None) == (self.regex is None):
            raise ValueError("give either 'phrase' or 'regex'")
        return self


class RulesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    phrases: list[Entry] = Field(min_length=1)


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    category: str
    why: str
    instead: str


def _compile(entry: Entry) -> re.Pattern[str]:
    if entry.phrase is not None:
        # Whole words, any run of spaces or a line break between them, any case.
        words = r"\s+".join(re.escape(w) for w in entry.phrase.split())
        return re.compile(rf"\b{words}\b", re.IGNORECASE)
    return re.compile(entry.regex or "", re.IGNORECASE)


def read_rules(roots: Iterable[Path],
               display: Callable[[Path], str]) -> tuple[list[Rule], list[Problem]]:
    """Rules from ``_rules/never-say.yml`` under each content root; the first is required."""
    rules: list[Rule] = []
    problems: list[Problem] = []
    for n, root in enumerate(roots):
        path = root / RULES_FILE
        if not path.is_file():
            if n == 0:
                problems.append(problem_at(display(path), RULES_CODE,
                                           "built-in never-say list is missing"))
            continue
        shown = display(path)
        parsed = read_yaml(path, shown)
        problems.extend(parsed.problems)
        if parsed.problems:
            continue
        try:
            entries = RulesFile.model_validate(parsed.data).phrases
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                loc = tuple(err["loc"])
                line, column = parsed.position(loc)
                problems.append(problem_at(shown, RULES_CODE,
                                           str(err["msg"]).removeprefix("Value error, "),
                                           line=line, column=column, field=format_field(loc)))
            continue
        for i, entry in enumerate(entries):
            try:
                pattern = _compile(entry)
            except re.error as exc:
                line, column = parsed.position(("phrases", i, "regex"))
                problems.append(problem_at(
                    shown, RULES_CODE, f"not a valid regular expression: {exc}", line=line,
                    column=column, field=format_field(("phrases", i, "regex"))))
                continue
            rules.append(Rule(pattern, entry.category, entry.why, entry.instead))
    return rules, problems


# A quoted stretch of text. A single quote only opens after a non-letter and only closes before
# one, so the apostrophes in "don't" or "Kofi's" are not taken for quotes.
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”]*”|‘[^’']*['’]|(?<!\w)'[^'\n]*?'(?!\w)")
# Words that turn a quoted phrase into advice against it: Avoid "stranger danger".
_AVOID = re.compile(r"\b(?:avoid\w*|don't|do not|never|not|no|instead of|rather than|"
                    r"replac\w*|stop saying)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;:]\s|\n")


def _cited_to_avoid(text: str, start: int, end: int) -> bool:
    """True when the match sits inside quotes in a sentence that warns against it."""
    for quoted in _QUOTED.finditer(text):
        if quoted.start() < start and end <= quoted.end():
            before = text[: quoted.start()]
            ends = [m.end() for m in _SENTENCE_END.finditer(before)]
            sentence = before[ends[-1]:] if ends else before
            return bool(_AVOID.search(sentence))
    return False


def _examples_to_reject(loaded: LoadedItem) -> set[FieldPath]:
    """Fields that show a blaming remark for pupils to reject, which is how blame is taught."""
    item = loaded.item
    out: set[FieldPath] = set()
    for loc, question in quizzes(loaded):
        out |= {(*loc, "options", i, "text") for i, o in enumerate(question.options)
                if not o.correct}
    if not isinstance(item, Lesson):
        return out
    out |= {("starter", "statements", i, "text")
            for i, s in enumerate(item.starter.statements) if not s.agree}
    out |= {("misconceptions", i, "belief") for i in range(len(item.misconceptions))}
    for c, cycle in enumerate(item.cycles):
        if cycle.scenario:
            out |= {("cycles", c, "scenario", "comments", i, "text")
                    for i, m in enumerate(cycle.scenario.comments)
                    if m.kind in {"unkind", "red-flag"}}
        if cycle.task.sort:
            out |= {("cycles", c, "task", "sort", "items", i, "text")
                    for i, s in enumerate(cycle.task.sort.items)
                    if re.search(r"blam", s.answer, re.IGNORECASE)}
    return out


def _hits(text: str, rule: Rule, may_show_blame: bool) -> Iterator[str]:
    # Curly apostrophes count as straight ones, so "don’t" matches like "don't" (same length,
    # so positions do not move).
    plain = text.replace("’", "'")
    for match in rule.pattern.finditer(plain):
        if _cited_to_avoid(plain, match.start(), match.end()):
            continue
        if may_show_blame and rule.category == "blame":
            continue
        yield text[match.start():match.end()]


def check_never_say(index: ContentIndex, rules: list[Rule]) -> list[Problem]:
    problems = []
    for loaded in index.items.values():
        examples = _examples_to_reject(loaded)
        for loc, text in text_fields(loaded):
            for rule in rules:
                found = next(_hits(text, rule, loc in examples), None)
                if found is not None:
                    problems.append(problem(
                        loaded, loc, CODE,
                        f'never say "{found}": {rule.why}; instead: {rule.instead}'))
    return problems


def check_wording(roots: Iterable[Path], rules: list[Rule],
                  display: Callable[[Path], str]) -> list[Problem]:
    """The safeguarding sentences lessonpack prints around a school's names
    (``_wording/safeguarding.yml``, ours and a --content folder's own) checked as lesson
    text is: they reach the same pupils and parents."""
    problems = []
    for path in (root / WORDING_FILE for root in roots):
        if not path.is_file():
            continue
        shown = display(path)
        parsed = read_yaml(path, shown)  # its own problems are the loader's to report
        if parsed.problems or not isinstance(parsed.data, dict):
            continue
        for loc, text in _sentences(parsed.data):
            for rule in rules:
                found = next(_hits(text, rule, False), None)
                if found is not None:
                    line, column = parsed.position(loc)
                    problems.append(problem_at(
                        shown, CODE, f'never say "{found}": {rule.why}; instead: '
                        f"{rule.instead}", line=line, column=column, field=format_field(loc)))
    return problems


def _sentences(data: dict[str, object]) -> Iterator[tuple[FieldPath, str]]:
    for key, value in data.items():
        if isinstance(value, str):
            yield (key,), value
        elif isinstance(value, dict):
            yield from (((key, name), text) for name, text in value.items()
                        if isinstance(text, str))
