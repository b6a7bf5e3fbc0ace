"""The school's details form *is* a brand file: its fields are the brand's fields, it is saved
as brand.yml text (what "Download brand.yml" gives, and what the build checks), and problems
come back to the input they belong to by the brand field they name.

Fields are read from the Brand model, so a field added to brand.py appears on the page
(labelled from its name and description) before anyone writes a nicer label for it here.
"""

from __future__ import annotations

import json
import re
import typing
from dataclasses import dataclass
from typing import Any

from lessonpack.api import Brand
from lessonpack.doors import COLOUR_FIELDS
from lessonpack.errors import Problem

HELPLINE_ROWS = 4  # Brand allows at most four local services
HELPLINE_PARTS = ("name", "contact", "what_for")
FONTS = ("Arial", "Calibri")  # every school machine has them; text is fitted to them exactly


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    hint: str = ""
    kind: str = "text"  # text, colour, font, textarea, email-ish text, choice
    autocomplete: str = "off"
    choices: tuple[str, ...] = ()


# Labels and hints written for teachers; a field not listed here gets a generic one.
_KNOWN: dict[str, FieldSpec] = {spec.name: spec for spec in (
    FieldSpec("org_name", "School or organisation name",
              "As printed in document headers, letters and the logo's description.",
              autocomplete="organization"),
    FieldSpec("website", "Website", "For example www.oakfield.sch.uk", autocomplete="url"),
    FieldSpec("footer", "Footer text", "On every slide and page. Leave empty to use the "
              "school's name."),
    FieldSpec("safeguarding_lead", "Who pupils and staff tell about a concern",
              "As it reads in a sentence in the speaker notes and lesson plan, for example: "
              "Mrs A Khan (Designated Safeguarding Lead)"),
    FieldSpec("safeguarding_contact", "How to reach them",
              "Room, phone or email, for example: Room 12, or dsl@oakfield.sch.uk"),
    FieldSpec("primary", "Main colour", "Titles, headings and the title slide. White text "
              "sits on it.", kind="colour"),
    FieldSpec("secondary", "Second colour", "Section slides, bars and table headers (white "
              "text on it); also small coloured text.", kind="colour"),
    FieldSpec("accent", "Highlight colour", "The LIVE badge, call-outs and icons. White text "
              "sits on it.", kind="colour"),
    FieldSpec("light", "Pale colour", "Panels and boxes. Dark text sits on it.",
              kind="colour"),
    FieldSpec("heading_font", "Heading font", "Arial or Calibri: every school computer has "
              "them.", kind="font"),
    FieldSpec("body_font", "Text font", "Arial or Calibri.", kind="font"),
    # Fields the letters home use (brand.py may not have them all yet: only those it has
    # are shown).
    FieldSpec("address", "Postal address", "As printed on the letterhead.",
              autocomplete="street-address"),
    FieldSpec("phone", "Phone", "The school office.", autocomplete="tel"),
    FieldSpec("email", "Email", "The school office.", autocomplete="email"),
    FieldSpec("dsl_name", "Designated Safeguarding Lead's name, for letters home",
              "The name alone, for example: Mrs Priya Shah"),
    FieldSpec("deputy_dsl_name", "Deputy DSL's name", "Named beside the DSL, for when they "
              "are away. For example: Mr Tom Reid"),
    FieldSpec("deputy_dsl_contact", "How to reach the deputy DSL",
              "Room, phone or email, for example: deputy.dsl@oakfield.sch.uk"),
    FieldSpec("head_concerns_to", "Who hears a concern about the headteacher",
              "The chair of governors, or in an academy trust the person its policy names "
              "(often the CEO), for example: Mrs Ruth Page (Chair of Governors)"),
    FieldSpec("class_teacher", "Class teacher", "On the lesson plan; signs primary letters "
              "home unless you name who signs below. For example: Miss Amy Cole"),
    FieldSpec("class_name", "Class", "Who the lesson is for, for example: Year 2. Named "
              "with the teacher on that key stage's plan and letter."),
    FieldSpec("letter_date", "Date of the letter home", "The day it goes out, for example: "
              "Wednesday 6 January 2027"),
    FieldSpec("lesson_date", "Date of the lesson", "As a letter says it, for example: "
              "Wednesday 20 January 2027"),
    FieldSpec("letter_signatory", "Letters are signed by", "For example: Mr J Patel"),
    FieldSpec("letter_signatory_role", "Their role", "For example: Headteacher"),
    FieldSpec("phase", "Phase", "Which pupils the school teaches.", kind="choice",
              choices=("primary", "secondary", "all")),
    FieldSpec("reply_slip", "Add a reply slip to the letter home", kind="check"),
    FieldSpec("logo_shows_name", "The logo shows the school's name", "Tick when the name "
              "is part of the logo: document headers then show the logo alone.", kind="check"),
    FieldSpec("letter_sent", "The letter home goes out", "Every pack has the letter "
              "after the lesson; before: with the letter before it too; after: that letter "
              "alone.", kind="choice",
              # The model's choices: a deprecated one ("both") is read, never offered.
              choices=typing.get_args(Brand.model_fields["letter_sent"].annotation)),
    FieldSpec("delivered_by", "Lesson delivered by (trainers only)", "Leave empty when the "
              "school teaches it. A council team or charity teaching in this school: its "
              "name, credited in the documents' footers."),
    FieldSpec("trainer_name", "Trainer's name (trainers only)", "Who is coming to teach, "
              "for example: Sam Carter. Named in the introduction, on the plans and in the "
              "letter home."),
)}
_GROUPS = (
    ("school", "Your school", ("org_name", "logo_shows_name", "phase", "website", "address",
                               "phone", "email")),
    ("safeguarding", "Safeguarding contacts", ("safeguarding_lead", "dsl_name",
                                               "safeguarding_contact", "deputy_dsl_name",
                                               "deputy_dsl_contact", "headteacher",
                                               "headteacher_phone", "head_concerns_to")),
    ("letters", "The lesson and letters home", ("class_teacher", "class_name",
                                                "letter_date", "lesson_date",
                                                "letter_signatory", "letter_signatory_role",
                                                "letter_sent", "reply_slip",
                                                "parents_workshop",
                                                "parents_session_date",
                                                "parents_session_venue",
                                                "parents_session_access", "delivered_by",
                                                "trainer_name")),
    ("colours", "Colours", COLOUR_FIELDS),
    ("type", "Fonts and footer", ("heading_font", "body_font", "footer")),
)
# Not on the form: the logo is an upload of its own, helplines a list, class sizes, lesson
# times, place and character names mappings (written in the file); logo_of is set by build
# --school only.
_SPECIAL = {"logo", "extra_helplines", "logo_of", "classes", "class_sizes", "lesson_times",
            "place_names", "character_names"}


def _spec(name: str) -> FieldSpec:
    if name in _KNOWN:
        return _KNOWN[name]
    info = Brand.model_fields[name]
    kinds = [info.annotation, *typing.get_args(info.annotation)]
    choices = next((typing.get_args(k) for k in kinds if typing.get_origin(k) is
                    typing.Literal), ())
    kind = "check" if bool in kinds else "choice" if choices else "text"
    return FieldSpec(name, name.replace("_", " ").capitalize(), info.description or "",
                     kind=kind, choices=tuple(str(c) for c in choices))


def groups() -> list[tuple[str, str, list[FieldSpec]]]:
    """The form's fieldsets: (id, legend, fields), every scalar brand field in one of them."""
    placed = {n for _, _, names in _GROUPS for n in names} | _SPECIAL
    extra = [n for n in Brand.model_fields if n not in placed]
    out = []
    for key, legend, group in _GROUPS:
        names = [*group, *extra] if key == "school" else list(group)
        specs = [_spec(n) for n in names if n in Brand.model_fields]
        if specs:
            out.append((key, legend, specs))
    return out


def _is_check(name: str) -> bool:
    return _spec(name).kind == "check"


def scalar_fields() -> list[str]:
    return [spec.name for _, _, specs in groups() for spec in specs]


def defaults() -> dict[str, Any]:
    """What the form shows before anything is typed: the built-in brand's look, and empty
    text where the built-in value is a placeholder ("Your school")."""
    base = Brand()
    values: dict[str, Any] = {}
    for name in scalar_fields():
        value = getattr(base, name)
        keep = name in COLOUR_FIELDS or name.endswith("_font") or _is_check(name)
        values[name] = _shown(value) if keep and value is not None else ""
    values["extra_helplines"] = [dict.fromkeys(HELPLINE_PARTS, "")
                                 for _ in range(HELPLINE_ROWS)]
    return values


def read_values(form: Any) -> dict[str, Any]:
    """The brand fields from a submitted form (multi-dict), as typed."""
    values = defaults()
    for name in scalar_fields():
        raw = form.get(name)
        if _is_check(name):  # an unticked box is not sent at all
            values[name] = "true" if raw == "true" else "false"
        elif isinstance(raw, str):
            values[name] = raw
    rows = []
    for i in range(HELPLINE_ROWS):
        rows.append({part: _text(form.get(f"extra_helplines[{i}].{part}"))
                     for part in HELPLINE_PARTS})
    values["extra_helplines"] = rows
    return values


def from_brand_file(values: dict[str, Any]) -> dict[str, Any]:
    """Form values from an uploaded brand file's fields (unknown fields are reported by the
    check and have nowhere to go on the form)."""
    out = defaults()
    for name in scalar_fields():
        if name in values and not isinstance(values[name], list):
            out[name] = _shown(values[name]) if _is_check(name) else values[name]
    given = values.get("extra_helplines")
    if isinstance(given, list):
        for i, row in enumerate(given[:HELPLINE_ROWS]):
            out["extra_helplines"][i] = {p: _text(row.get(p)) for p in HELPLINE_PARTS}
    return out


def _shown(value: Any) -> str:
    """A value as the form holds it; yes/no as "true"/"false", as YAML writes them."""
    if isinstance(value, bool) or str(value) in ("True", "False"):
        return str(value).lower()
    return str(value)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def brand_yaml(values: dict[str, Any], logo_name: str = "") -> bytes:
    """The form as a brand file. Only fields that were filled in are written (an empty one
    keeps lessonpack's default); values are written as quoted YAML strings, so nothing typed
    can change the file's structure."""
    lines = ["# Your brand for lessonpack, saved from the lessonpack page.",
             "# Build with it: lessonpack build --brand brand.yml --key-stage ks2"]
    for name in scalar_fields():
        value = values.get(name, "")
        if _is_check(name):
            lines.append(f"{name}: {'true' if value == 'true' else 'false'}")
        elif isinstance(value, str) and value.strip():
            lines.append(f"{name}: {_quoted(value)}")
    if logo_name:
        lines.append("# The logo file must sit beside this file under this name.")
        lines.append(f"logo: {_quoted(logo_name)}")
    rows = [r for r in values.get("extra_helplines", []) if any(v.strip() for v in r.values())]
    if rows:
        lines.append("extra_helplines:")
        for row in rows:
            first = True
            for part in HELPLINE_PARTS:
                if row.get(part, "").strip():
                    lines.append(f"  {'- ' if first else '  '}{part}: {_quoted(row[part])}")
                    first = False
    return ("\n".join(lines) + "\n").encode("utf-8")


def _quoted(text: str) -> str:
    # A JSON string is a YAML double-quoted scalar; control characters stay escaped, so the
    # brand check sees and names them as it would in a file.
    return json.dumps(text, ensure_ascii=False)


def field_id(path: str) -> str:
    """The id of the input for a brand field path such as ``extra_helplines[0].name``."""
    return "f-" + re.sub(r"[^A-Za-z0-9_]+", "-", path).strip("-")


def input_paths() -> set[str]:
    paths = {*scalar_fields(), "logo", "extra_helplines"}
    paths |= {f"extra_helplines[{i}].{p}" for i in range(HELPLINE_ROWS) for p in HELPLINE_PARTS}
    paths |= {f"extra_helplines[{i}]" for i in range(HELPLINE_ROWS)}
    return paths


def sort_problems(problems: list[Problem]) -> tuple[dict[str, list[Problem]], list[Problem]]:
    """Problems by the input they belong to, and those that belong to no input (a field the
    form does not have, a file that is not a mapping)."""
    known = input_paths()
    by_field: dict[str, list[Problem]] = {}
    other: list[Problem] = []
    for problem in problems:
        path = problem.field
        if path.startswith("extra_helplines[") and path not in known:
            path = path.split(".")[0]  # extra_helplines[5] has no row of its own
        if path in known:
            target = "extra_helplines" if re.fullmatch(r"extra_helplines\[\d+\]", path) \
                else path
            by_field.setdefault(target, []).append(problem)
        else:
            other.append(problem)
    return by_field, other
