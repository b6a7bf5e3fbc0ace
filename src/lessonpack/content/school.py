"""The host school of a trainer's lesson: its name, crest, contacts, DSL and who signs letters.

A trainer (a council team, a charity) keeps one brand (look, template, helplines) and teaches
in many schools. Each school is a small YAML file (``lessonpack new school`` writes a
commented one) applied with ``lessonpack build --brand TRAINER.yml --school SCHOOL.yml``:
``apply_school`` gives a Brand whose school facts are the school's and whose look stays the
trainer's, so help slides, worksheets and letters name the school's DSL instead of
``[DSL's name]``, and letters come from the school, never signed by the trainer.

Problems are reported like a brand file's (LP152), one line each with file, line, column and
field.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

from lessonpack.content.brand import Brand, LocalHelpline, check_logo
from lessonpack.errors import UserError, problem_at

CODE = "LP152"
MAX_HELPLINES = 4


def _text(max_length: int, min_length: int = 0) -> Any:
    return Annotated[str, StringConstraints(strip_whitespace=True, min_length=min_length,
                                            max_length=max_length)]


class School(BaseModel):
    """The school a trainer's lesson is taught in; applied over the trainer's brand."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="lessonpack school")

    name: _text(80, 1) = Field(description=(
        "The school's name as printed on slides, sheets and its letterhead: 'Ashgrove "
        "Primary School'. Replaces the trainer's org_name; the trainer is credited as "
        "'delivered by'."))
    logo: Path | None = Field(None, description=(
        "The school's crest or logo: PNG or JPEG, relative to this file. Replaces the "
        "trainer's logo; the trainer's stays when this is left out."))
    address: _text(160) = Field("", description=(
        "Postal address on one line, for the letterhead: '1 Ashgrove Road, Ashgrove, "
        "AG1 2CD'."))
    phone: _text(40) = Field("", description="School office phone, for the letterhead.")
    email: _text(120) = Field("", description="School office email, for the letterhead.")
    website: _text(120) = Field("", description=(
        "School website, for the letterhead; the trainer's when left out."))
    dsl_name: _text(80, 1) = Field(description=(
        "The school's Designated Safeguarding Lead, name alone: 'Mrs Priya Shah'. Named on "
        "every 'Who can help' slide and sheet and in letters home."))
    deputy_dsl_name: _text(80) = Field("", description=(
        "The Deputy DSL's name alone: 'Mr Tom Reid', for when the DSL is away."))
    safeguarding_contact: _text(120) = Field("", description=(
        "How to reach the DSL: room, phone or email."))
    deputy_dsl_contact: _text(120) = Field("", description=(
        "How to reach the deputy DSL: room, phone or email."))
    class_teacher: _text(80) = Field("", description=(
        "The class's teacher, as parents know them: 'Miss Amy Cole'. On the lesson plan; "
        "signs primary letters home when letter_signatory is empty."))
    lesson_date: _text(60) = Field("", description=(
        "When the lesson is taught, as a letter says it: 'Tuesday 9 December' "
        "(build --lesson-date overrides it)."))
    letter_signatory: _text(80) = Field("", description=(
        "Who signs letters home for the school: 'Mrs Jo Patel'. Letters come from the "
        "school, so the trainer's signatory is never used."))
    letter_signatory_role: _text(80) = Field("", description=(
        "Their role: 'Headteacher'. 'Class teacher' (primary) or 'Head of PSHE' when empty."))
    phase: Literal["primary", "secondary", "all"] | None = Field(None, description=(
        "The pupils the school teaches: primary (--all builds KS1, KS2 and parents), "
        "secondary (KS3, KS4, parents) or all; the trainer brand's phase when left out."))
    extra_helplines: list[LocalHelpline] = Field(default=[], max_length=MAX_HELPLINES,
                                                 description=(
        "Local services of the school's area, added after the trainer's; at most four "
        "local services in all."))

    @field_validator("name", "dsl_name", mode="before")
    @classmethod
    def _filled(cls, value: object, info: ValidationInfo) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            said = {"name": "the school's name, e.g. Ashgrove Primary School",
                    "dsl_name": "the school's Designated Safeguarding Lead, e.g. Mrs Priya "
                                "Shah: pupils are told who to go to"}[info.field_name or "name"]
            raise ValueError(f"empty; write {said}")
        return value

    @field_validator("logo", mode="after")
    @classmethod
    def _logo(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        if value is None:
            return None
        base = Path((info.context or {}).get("base", "."))
        path = value.expanduser()
        path = (path if path.is_absolute() else base / path).resolve()
        check_logo(path, shown=str(value), file_kind="school file")
        return path


@dataclass(frozen=True)
class LoadedSchool:
    school: School
    path: Path
    shown: str
    # Where extra_helplines starts in the file, for a problem found when it is applied.
    helplines_at: tuple[int, int] = (0, 0)


def load_school(path: Path) -> LoadedSchool:
    """Read and check a school file; one UserError lists every problem."""
    from lessonpack.content.problems import load_model_file

    loaded = load_model_file(path, School, code=CODE, what="a school file",
                             example="name: Ashgrove Primary School")
    at = loaded.parsed.value_position(("extra_helplines",)) \
        if "extra_helplines" in loaded.data else (0, 0)
    return LoadedSchool(loaded.model, path, loaded.shown, at)


def apply_school(brand: Brand, school: School, *, shown: str = "school file",
                 helplines_at: tuple[int, int] = (0, 0)) -> Brand:
    """``brand`` (a trainer's) taught in ``school``: the school's name, crest, contacts, DSL
    and signatory; the trainer's colours, fonts, footer and template. The trainer's name
    moves to ``delivered_by``; helplines are the trainer's then the school's (at most four,
    a UserError naming the school file otherwise)."""
    helplines = list(dict.fromkeys([*brand.extra_helplines, *school.extra_helplines]))
    if len(helplines) > MAX_HELPLINES:
        line, column = helplines_at
        raise UserError(problem_at(
            shown, CODE, f"the trainer's brand has {len(brand.extra_helplines)} local "
            f"helpline(s) and this file {len(school.extra_helplines)}: {len(helplines)} in "
            f"all, and a pack shows at most {MAX_HELPLINES}; remove "
            f"{len(helplines) - MAX_HELPLINES} here", line=line, column=column,
            field="extra_helplines"))
    trainer = brand.named
    delivered_by = trainer if trainer and trainer != school.name else brand.delivered_by
    return brand.model_copy(update={
        "org_name": school.name,
        "logo": school.logo or brand.logo,
        "website": school.website or brand.website,
        # The school's facts replace the trainer's wholesale, empty ones too: a trainer's
        # address, phone or signatory on a school's letter would be wrong, a [placeholder]
        # is not.
        "address": school.address,
        "phone": school.phone,
        "email": school.email,
        "dsl_name": school.dsl_name,
        "deputy_dsl_name": school.deputy_dsl_name,
        "safeguarding_lead": f"{school.dsl_name} (Designated Safeguarding Lead)",
        "safeguarding_contact": school.safeguarding_contact,
        "deputy_dsl_contact": school.deputy_dsl_contact,
        "class_teacher": school.class_teacher,
        "lesson_date": school.lesson_date or brand.lesson_date,
        "letter_signatory": school.letter_signatory,
        "letter_signatory_role": school.letter_signatory_role,
        "phase": school.phase or brand.phase,
        "extra_helplines": helplines,
        "delivered_by": delivered_by if delivered_by != school.name else "",
    })


def with_lesson_date(brand: Brand, lesson_date: str) -> Brand:
    """``--lesson-date`` (or a manifest's ``lesson_date:``): the date letters and the lesson
    plan print, over the brand's or school's."""
    text = " ".join(lesson_date.split())
    return brand.model_copy(update={"lesson_date": text}) if text else brand
