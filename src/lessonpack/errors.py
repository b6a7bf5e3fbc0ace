"""Problems a user can fix, and the exceptions that carry them to the one place exit codes are set.

Exit codes: 0 success, 1 problems the user can fix, 2 usage error, 3 internal error (a bug).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from lessonpack.rules import BY_CODE, RULES, Severity

T = TypeVar("T")

EXIT_OK = 0
EXIT_USER = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3

# Codes of build, validate and batch -> what each means. Declared in lessonpack.rules, the
# one table of every code with its severity and example; never renumber, only add.
CODES: dict[str, str] = {rule.code: rule.meaning for rule in RULES
                         if rule.command != "check"}


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong, from any part of lessonpack: content and brand files (at a line and
    column, with the field), templates and outputs, and ``lessonpack check``'s findings in a
    .pptx/.docx (at a location such as "slide 3", with a hint how to fix it).

    ``severity`` is "error" (fails the command: exit 1) or "warning" (reported, never fails).
    """

    file: str
    line: int
    column: int
    code: str
    field: str
    message: str
    severity: Severity = "error"
    location: str = ""  # "slide 3", "paragraph 12", "header 1"… ; "" for a line, or none
    hint: str = ""  # how to fix it, shown as "(fix: …)"
    # Where the location sits in the file (slide number, block index), so findings can be
    # listed in document order; not part of the output or of equality.
    # (dataclasses.field: the class's own ``field`` attribute shadows the bare name here.)
    position: int = dataclasses.field(default=0, compare=False, repr=False)
    # What this problem shares with others of one run, where one cause fails many files
    # alike (a full disk, a folder that refuses writing: "cannot write: No space left on
    # device"): problems with the same code and cause are reported once
    # (build/report.once_per_cause). "" for a problem of its own file. Not part of the
    # output or of equality.
    cause: str = dataclasses.field(default="", compare=False, repr=False)

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}:{self.column}"
        if self.location:
            where += f": {self.location}"
        field = f" {one_line(self.field)}:" if self.field else ""
        fix = f" (fix: {self.hint})" if self.hint else ""
        return (f"{one_line(where)}: {self.severity}[{self.code}]{field} "
                f"{one_line(self.message)}{fix}")

    def sort_key(self) -> tuple[str, int, str]:
        """Document order: by file, then where in it, then code."""
        return (self.file, self.position, self.code)

    def as_dict(self) -> dict[str, str | int]:
        found: dict[str, str | int] = {"file": self.file, "location": self.location,
                                       "code": self.code, "severity": self.severity,
                                       "message": self.message, "hint": self.hint}
        if self.line:
            found |= {"line": self.line, "column": self.column}
        if self.field:
            found["field"] = self.field
        return found


def exit_code_for(problems: list[Problem]) -> int:
    """The one exit policy of build, validate and check: errors fail, warnings do not."""
    return EXIT_USER if any(p.severity == "error" for p in problems) else EXIT_OK


# Line breaks, other control characters and bidirectional overrides in a file name, key or
# value would split a problem over several lines or make it print differently from what it
# says (a key with U+202E reads backwards); they are shown escaped.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069"
                          "\u2028\u2029\ud800-\udfff]")


def one_line(text: str) -> str:
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace")
                            .decode("ascii"), text)


def problem_at(path: Path | str, code: str, message: str, *, line: int = 0, column: int = 0,
               field: str = "", severity: Severity | None = None, cause: str = "") -> Problem:
    """A problem with ``code``, reported with the severity the table gives it (lessonpack.rules);
    ``severity`` overrides it only where the user asked (LP151 with --allow-low-contrast).
    ``cause``: what it shares with other files' problems, said once (``Problem.cause``)."""
    rule = BY_CODE.get(code)
    if rule is None:
        raise InternalError(f"problem code {code} is not in lessonpack.rules")
    return Problem(str(path), line, column, code, field, message, severity or rule.severity,
                   cause=cause)


class LessonpackError(Exception):
    """Base of every error lessonpack raises on purpose."""

    exit_code = EXIT_INTERNAL


class InternalError(LessonpackError):
    """A bug in lessonpack itself (a planner made a slide no kind draws): never the user's."""

    exit_code = EXIT_INTERNAL


def expect(value: T | None, what: str) -> T:
    """``value``, which the code before has made sure is there; an InternalError naming
    ``what`` if it is not. An ``assert`` would say the same but is skipped under python -O."""
    if value is None:
        raise InternalError(f"{what} is missing")
    return value


class UserError(LessonpackError):
    """Problems in what the user gave us; each is one line for the user to fix."""

    exit_code = EXIT_USER

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = sorted(problems) if isinstance(problems, list) else [problems]
        super().__init__("\n".join(str(p) for p in self.problems))


class UsageError(LessonpackError):
    """The command line itself is wrong (unknown key stage, conflicting flags…)."""

    exit_code = EXIT_USAGE
