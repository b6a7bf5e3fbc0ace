"""Renders the one page (Jinja2, autoescaped): the audiences, the school's details with any
problems beside their fields, and the preview."""

from __future__ import annotations

import base64
import dataclasses
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from starlette.responses import HTMLResponse

from lessonpack.api import Brand
from lessonpack.doors import COLOUR_FIELDS
from lessonpack.errors import Problem
from lessonpack.web import brandform

if TYPE_CHECKING:
    from lessonpack.web.adapter import Outcome
    from lessonpack.web.server import Submission, Web

HELPLINE_LABELS = {"name": "Name", "contact": "Phone, email or website",
                   "what_for": "What it helps with"}


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
        lstrip_blocks=True)
    env.globals["field_id"] = brandform.field_id
    env.globals["colour_defaults"] = {name: getattr(Brand(), name) for name in COLOUR_FIELDS}
    return env


def label_of(path: str) -> str:
    if path == "logo":
        return "Logo"
    if path.startswith("extra_helplines"):
        parts = path.replace("]", "").replace("[", ".").split(".")
        if len(parts) >= 2 and parts[1].isdigit():
            row = f"Local service {int(parts[1]) + 1}"
            return f"{row}: {HELPLINE_LABELS.get(parts[2], parts[2])}" if len(parts) > 2 \
                else row
        return "Local services"
    for _, _, specs in brandform.groups():
        for spec in specs:
            if spec.name == path:
                return spec.label
    return path


def _message(problem: Problem) -> str:
    """A problem as shown beside its field: the CLI's words and code, without the file."""
    return f"{problem.message} ({problem.severity} {problem.code})"


def _logo_type(data: bytes) -> str:
    return "image/jpeg" if data.startswith(b"\xff\xd8\xff") else "image/png"


def render_page(web: Web, *, sub: Submission | None = None, outcome: Outcome | None = None,
                status: int = 200, action: str = "", notice: str = "",
                headers: dict[str, str] | None = None, audience: str = "",
                audience_problem: str = "") -> HTMLResponse:
    problems = outcome.problems if outcome else []
    by_field, other = brandform.sort_problems(problems)
    errors = {path: [_message(p) for p in found] for path, found in by_field.items()}
    summary = []
    if audience_problem:
        first = web.catalogue[0]["audience"] if web.catalogue else "ks1"
        summary.append((f"audience-{first}", audience_problem))
    for path, found in by_field.items():
        summary += [(brandform.field_id(path), f"{label_of(path)}: {_message(p)}")
                    for p in found]
    file_name = sub.brand_file_name if sub else ""
    brand_lines = [str(dataclasses.replace(p, file=file_name or p.file)) for p in problems] \
        if action == "load" else []
    if action == "load":  # the lines of the user's own file, as the CLI prints them
        summary = [("f-brand_file", line) for line in brand_lines]
    else:
        summary += [("details", _message(p)) for p in other]

    logo = None
    if sub and sub.logo and "logo" not in by_field:
        logo = {"name": sub.logo_name, "data": base64.b64encode(sub.logo).decode("ascii"),
                "type": _logo_type(sub.logo)}
    notes = []
    if action == "load" and outcome is not None:
        named = outcome.values.get("logo")
        if named and not (sub and sub.logo):
            notes.append(f"{file_name} names the logo {named}: choose that file under Logo.")
    values = sub.values if sub else brandform.defaults()
    context = {
        "cards": web.catalogue,
        "chosen": (sub.audience if sub else audience),
        "audience_problem": audience_problem,
        "groups": brandform.groups(),
        "values": values,
        "helplines": values.get("extra_helplines", []),
        "helpline_labels": HELPLINE_LABELS,
        "helplines_open": any(any(v.strip() for v in row.values())
                              for row in values.get("extra_helplines", []))
        or any(path.startswith("extra_helplines") for path in errors),
        "errors": errors,
        "summary": summary,
        "brand_lines": brand_lines,
        "brand_file_name": file_name,
        "loaded": action == "load" and not problems,
        "logo": logo,
        "logo_notes": notes,
        "office": web.office,
        "pdf": sub.pdf if sub else True,  # PDFs for printing unless the user says not
        "notice": notice,
        "warnings": [str(w) for w in (outcome.warnings if outcome else [])],
        "preview": outcome.outline if outcome and action == "preview" and not problems
        and not audience_problem else None,
        "thumbnails_missing": outcome.thumbnails_missing if outcome else "",
        "chosen_card": next((c for c in web.catalogue if sub and c["audience"] == sub.audience),
                            None),
        "fonts": brandform.FONTS,
        "status": status,
    }
    html = _env().get_template("index.html").render(context)
    return HTMLResponse(html, status_code=status, headers=headers)
