"""What a check reports: findings (lessonpack.errors.Problem) with a stable code, a location
and a fix hint; each code registered once below with its severity; the options."""

from __future__ import annotations

from dataclasses import dataclass

from lessonpack.errors import Problem
from lessonpack.rules import RULES, Severity

# code -> (severity, what it means), declared in lessonpack.rules with every other code.
CODES: dict[str, tuple[Severity, str]] = {rule.code: (rule.severity, rule.meaning)
                                     for rule in RULES if rule.command == "check"}

SEVERITY = {code: severity for code, (severity, _) in CODES.items()}


@dataclass(frozen=True)
class Options:
    min_slide_pt: float = 18.0
    min_doc_pt: float = 12.0


# A finding is a Problem, as validate's and the build's are: one type, one severity model and
# one exit policy (errors fail, warnings do not) for every command.
Finding = Problem


def finding(file: str, location: str, code: str, message: str, hint: str,
            position: int = 0) -> Finding:
    if code not in CODES:
        raise ValueError(f"unknown check code {code}")
    return Problem(file, 0, 0, code, "", message, SEVERITY[code], location, hint, position)


def metadata_findings(path: str, noun: str, title: str, has_language: bool) -> list[Finding]:
    """The file-level rules both formats share: a document title and a text language."""
    found = []
    if not title:
        found.append(finding(path, "", "LPC106", f"the {noun} has no title",
                             "set File > Info > Properties > Title (core property title)"))
    if not has_language:
        found.append(finding(path, "", "LPC107", "no language is set for the text",
                             "set the proofing language (Review > Language), e.g. en-GB"))
    return found


def quote(text: str, limit: int = 40) -> str:
    """A short quoted excerpt of text for messages, on one line."""
    text = " ".join(text.split())
    return '"' + (text if len(text) <= limit else text[: limit - 1].rstrip() + "…") + '"'
