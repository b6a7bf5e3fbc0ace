"""The words children learn in the lessons, for the parents' handout.

The workshop tells parents to "use the same words at home as the lessons use", but the
handout they took home did not say what those words were. The words are the session's
content (``handout.words_at_home`` in parents.yml), each key stage's quoting its lesson word
for word (the KS1 traffic-light columns and saying, the KS2-KS4 key messages);
tests/test_children_words.py checks every sentence is still in the lesson it comes from, so
a change to a lesson's wording cannot leave the handout saying something the children never
heard. Here: which key stages a school's handout gives, and whose classes it names.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience
from lessonpack.content.parents_model import HomeWords
from lessonpack.plan import named_people
from lessonpack.plan.class_line import taught_class
from lessonpack.plan.model import Callout, Paragraph
from lessonpack.plan.school_classes import by_year, classes_of, for_class

TITLE = "Words your child is learning at school"
# When the school names the classes taught (one a key stage), the lines name them instead of
# the phase's years: a Year 6 parent must not be told their child learned these words.
TITLE_NAMED = "Words taught in class, to use at home"

# True for a family whose child's class has no lesson this time (every family is invited).
# Worded as the facilitator notes say it ("the classes above" read as older year groups).
OTHER_CLASSES = "Other year groups are not having these lessons now: use the same words at home."

_PHASE_STAGES = {"primary": (Audience.KS1, Audience.KS2),
                 "secondary": (Audience.KS3, Audience.KS4)}


def words_box(words: Sequence[HomeWords], phase: str, brand: Brand | None = None
              ) -> Callout | Paragraph | None:
    """The box for a school of ``phase``: its key stages' ``words``, youngest first. An
    all-through school's handout gives each key stage's shorter words on a line
    (``HomeWords.short``), under a bold label rather than in a box: a box, or the full words,
    left the handout a third side. A key stage whose class the brand names says that class
    ("Year 2 (Mrs Evans):") in place of its years. None where the session gives no words."""
    if not words:
        return None
    if phase not in ("primary", "secondary"):
        # The title a line of its own and the years in bold, on the letters' help tint:
        # run on after the title, the first line wrapped and left "Red: stop and tell."
        # alone on a line, read as a fifth key stage. Each key stage's words on a line of
        # their own, under their years (one line "Years 1 to 6" told a Year 5 parent their
        # child learned the traffic lights; two key stages run together read as one).
        return Paragraph("\n" + "\n".join(all_through(words)), label=TITLE, panel=True)
    stages = _PHASE_STAGES[phase]
    lines, named = [], False
    for said in words:
        if said.stage not in stages:
            continue
        taught = taught_classes(said.stage, brand) if brand is not None else ""
        lines.append(f"{taught or said.years}: {said.words}")
        named = named or bool(taught)
    if named:  # the workshop is open to every family, not only the classes named
        lines.append(OTHER_CLASSES)
    return Callout(TITLE_NAMED if named else TITLE, tuple(lines), bold_lead=True)


def all_through(words: Sequence[HomeWords]) -> list[str]:
    """An all-through school's lines: each key stage's years and its shorter words."""
    return [f"{said.years}: {said.short}" for said in words]


def taught_note(stages: tuple[Audience, ...], brand: Brand) -> str:
    """The workshop notes' line naming the classes that had the lessons, when the school
    names them ("" otherwise: the notes then speak of the lessons, not of every child)."""
    taught = [t for stage in stages for t in _each_taught(stage, brand)]
    if not taught:
        return ""
    which = " and ".join(taught) if len(taught) < 3 else \
        f"{', '.join(taught[:-1])} and {taught[-1]}"
    # "have", not "had": the workshop may come before or after the lessons. Families of other
    # year groups hear who answers what: their class teacher knows what that class covers,
    # and a worry about a child goes to the DSL (a teacher whose class had no lesson cannot
    # say what it learned).
    return (f"Say which classes have these lessons: {which}. Other year groups are not having "
            "them this time: their families can use the same words at home, ask the class "
            "teacher what their child's class covers on staying safe online, and take any "
            f"worry about a child to {_dsl(brand)}.")


def _dsl(brand: Brand) -> str:
    """"Mrs Helen Okafor, the school's DSL", or the role alone where the file names nobody."""
    named = brand.dsl_name.strip()
    return f"{named}, the school's DSL" if named else named_people.dsl(brand)


def taught_classes(stage: Audience, brand: Brand) -> str:
    """"Year 4 (Mr Okoro) and Year 6 (Mrs Lin)": every class of the key stage the file
    names (each gets its own pack), youngest first; the one class's line, or "", otherwise.
    A Year 6 parent told only of Year 4 would think their child had no lesson."""
    return " and ".join(_each_taught(stage, brand))


def _each_taught(stage: Audience, brand: Brand) -> list[str]:
    """Each class of the key stage as ``taught_class`` says it, youngest first."""
    ours = by_year(classes_of(stage, brand))
    if len(ours) < 2:
        return [t for t in (taught_class(stage, brand),) if t]
    return [t for t in (taught_class(stage, for_class(brand, *c)) for c in ours) if t]


def phase_stages(phase: str) -> tuple[Audience, ...]:
    """The key stages a school of ``phase`` teaches (all four for an all-through school)."""
    return _PHASE_STAGES.get(phase, (Audience.KS1, Audience.KS2, Audience.KS3, Audience.KS4))
