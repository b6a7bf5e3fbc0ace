"""Findings as text lines (one per finding, then a summary) or as JSON."""

from __future__ import annotations

import json

from lessonpack.check.findings import Finding
from lessonpack.io.paths import display_path


def relative(path: str) -> str:
    """Paths under the working folder print relative to it, like the build's messages."""
    try:
        rel = display_path(path)
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith("..") else rel


def lines(findings: list[Finding]) -> list[str]:
    return [str(f) for f in findings]


def summary(findings: list[Finding], files: int) -> str:
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    checked = f"{files} file{'s' if files != 1 else ''} checked"
    if not findings:
        return f"{checked}: no problems found"
    return f"{checked}: {errors} error(s), {warnings} warning(s)"


def as_json(findings: list[Finding]) -> str:
    return json.dumps([f.as_dict() for f in findings], indent=2, ensure_ascii=False)
