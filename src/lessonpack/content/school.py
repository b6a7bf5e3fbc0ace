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

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import (
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)

from lessonpack.content.brand import Brand, Required80, SchoolFacts
from lessonpack.errors import UserError, problem_at

if TYPE_CHECKING:
    from lessonpack.content.problems import LoadedModel

CODE = "LP152"
MAX_HELPLINES = 4


class School(SchoolFacts):
    """The school a trainer's lesson is taught in; applied over the trainer's brand. Its
    letterhead, safeguarding, lesson and helpline fields are a brand's (SchoolFacts); one left
    empty here is empty in the pack (a [placeholder]), never the trainer's value."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="lessonpack school")
    file_kind: ClassVar[str] = "school file"

    name: Required80 = Field(description=(
        "The school's name as printed on slides, sheets and its letterhead: 'Ashgrove "
        "Primary School'. Replaces the trainer's org_name; the trainer is credited as "
        "'delivered by'."))
    dsl_name: Required80 = Field(description=(
        "The school's Designated Safeguarding Lead, name alone: 'Mrs Priya Shah'. Named on "
        "every 'Who can help' slide and sheet and in letters home."))
    phase: Literal["primary", "secondary", "all"] | None = Field(None, description=(
        "The pupils the school teaches: primary (--all builds KS1, KS2 and parents), "
        "secondary (KS3, KS4, parents) or all; the trainer brand's phase when left out."))

    @field_validator("name", "dsl_name", mode="before")
    @classmethod
    def _filled(cls, value: object, info: ValidationInfo) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            said = {"name": "the school's name, e.g. Ashgrove Primary School",
                    "dsl_name": "the school's Designated Safeguarding Lead, e.g. Mrs Priya "
                                "Shah: pupils are told who to go to"}[info.field_name or "name"]
            raise ValueError(f"empty; write {said}")
        return value


def load_school(path: Path) -> LoadedModel[School]:
    """Read and check a school file; one UserError lists every problem."""
    from lessonpack.content.problems import load_model_file

    return load_model_file(path, School, code=CODE, what="a school file",
                           example="name: Ashgrove Primary School")


def apply_school_file(brand: Brand, loaded: LoadedModel[School]) -> Brand:
    """``apply_school`` with a loaded school file: a problem names its file and line."""
    at = loaded.parsed.value_position(("extra_helplines",)) \
        if "extra_helplines" in loaded.data else (0, 0)
    return apply_school(brand, loaded.model, shown=loaded.shown, helplines_at=at)


def apply_school(brand: Brand, school: School, *, shown: str = "school file",
                 helplines_at: tuple[int, int] = (0, 0)) -> Brand:
    """``brand`` (a trainer's) taught in ``school``: the school's name, crest, contacts, DSL
    and signatory, the trainer's colours, fonts, footer and template. The trainer's name moves
    to ``delivered_by``; helplines are the trainer's then the school's (at most four, a
    UserError naming the school file otherwise)."""
    helplines = list(dict.fromkeys([*brand.extra_helplines, *school.extra_helplines]))
    if len(helplines) > MAX_HELPLINES:
        line, column = helplines_at
        raise UserError(problem_at(
            shown, CODE, f"the trainer's brand has {len(brand.extra_helplines)} local "
            f"helpline(s) and this file {len(school.extra_helplines)}: {len(helplines)} in "
            f"all, and a pack shows at most {MAX_HELPLINES}; remove "
            f"{len(helplines) - MAX_HELPLINES} here", line=line, column=column,
            field="extra_helplines"))
    # The school's facts replace the trainer's wholesale, empty ones too: a trainer's address,
    # phone, website or signatory on a school's letter would be wrong, a [placeholder] is not.
    # Every SchoolFacts field is the school's, so one added there is carried over here too.
    facts = {name: getattr(school, name) for name in SchoolFacts.model_fields
             if name not in _MERGED}
    trainer = brand.named
    delivered_by = trainer if trainer and trainer != school.name else brand.delivered_by
    lead = f"{school.dsl_name} (Designated Safeguarding Lead)"
    return brand.model_copy(update={
        **facts,
        "org_name": school.name,
        "logo": school.logo or brand.logo,
        # With a crest, the trainer's own logo is kept for the cover's "Delivered by".
        "delivered_by_logo": brand.logo if school.logo else brand.delivered_by_logo,
        # No crest: the trainer's logo stays, and its alt text still names the trainer.
        "logo_of": "" if school.logo or brand.logo is None else (brand.logo_of or trainer),
        # The trainer's logo never spells out the school's name.
        "logo_shows_name": school.logo_shows_name if school.logo else False,
        "lesson_date": school.lesson_date or brand.lesson_date,
        "extra_helplines": helplines,
        # Either file made up: its contacts print as fill-ins (the trainer's helplines and
        # website stay on the school's pack, so an example trainer marks them too).
        "example": school.example or brand.example,
        "safeguarding_lead": lead if len(lead) <= LEAD_CHARS else school.dsl_name,
        "phase": school.phase or brand.phase,
        # The school's booking may name the trainer; else the trainer's own brand does.
        "trainer_name": school.trainer_name or brand.trainer_name,
        "trainer_phone": school.trainer_phone or brand.trainer_phone,
        "delivered_by": delivered_by if delivered_by != school.name else "",
        # The trainer's website goes with the credit (the school's replaces it as website).
        "delivered_by_website": (brand.website if delivered_by == trainer
                                 else brand.delivered_by_website),
        # So are its phone and email: the host school's office cannot answer for the team.
        "delivered_by_phone": (brand.phone if delivered_by == trainer
                               else brand.delivered_by_phone),
        "delivered_by_email": (brand.email if delivered_by == trainer
                               else brand.delivered_by_email),
        # The school file names the school: its letters are written in its voice already,
        # not blanked to fields for a school to fill in.
        "letters_from_school": False,
    })


# SchoolFacts fields not simply taken from the school: combined with the trainer's.
_MERGED = frozenset({"logo", "logo_shows_name", "lesson_date", "extra_helplines",
                     "trainer_name", "trainer_phone", "example"})
LEAD_CHARS = 80  # as Brand.safeguarding_lead


def with_lesson_date(brand: Brand, lesson_date: str) -> Brand:
    """``--lesson-date`` (or a manifest's ``lesson_date:``): the date letters and the lesson
    plan print, over the brand's or school's."""
    text = " ".join(lesson_date.split())
    return brand.model_copy(update={"lesson_date": text}) if text else brand


def with_classes(brand: Brand, classes: tuple[str, ...], parents_workshop: bool = False
                 ) -> Brand:
    """``--class`` (a manifest's ``classes:``) before the brand's and school's classes, each
    placed on its key stage's documents by its year (plan.class_line); ``parents_workshop``
    when the build makes the parents' pack (its letters home invite parents to it)."""
    update: dict[str, object] = {}
    if classes:
        update["classes"] = list(dict.fromkeys([*(" ".join(c.split()) for c in classes),
                                                *brand.classes]))
    if parents_workshop or brand.parents_session_date:
        update["parents_workshop"] = True
    return brand.model_copy(update=update) if update else brand
