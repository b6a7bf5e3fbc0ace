"""Pictures more than one part of a lesson's deck uses: a slide's decoration and a story's child."""

from __future__ import annotations

from lessonpack.content.model import LearningCycle, Lesson
from lessonpack.content.picture_library import Picture, PictureLibrary
from lessonpack.kinds.look import look_for
from lessonpack.plan import pictures as pics
from lessonpack.plan import scenes


def one(picture: Picture | None) -> tuple[Picture, ...]:
    return (picture,) if picture is not None else ()


def decoration(lesson: Lesson, library: PictureLibrary | None, name: str
               ) -> tuple[Picture, ...]:
    """A picture that only decorates its slide, where the audience's look has them
    (kinds/look.py ``decorative``: the picture-led KS1 deck only). Elsewhere the slide is
    typographic and its words take the room: a heart or a shield by the closing messages
    took a third of the panel and said nothing the words did not (the goal, one sentence,
    has its own picture: ``goal_picture``)."""
    if look_for(lesson.audience).decorative:
        return one(pics.get(library, name))
    return ()


def goal_picture(lesson: Lesson, library: PictureLibrary | None) -> tuple[Picture, ...]:
    """The picture beside the lesson's goal in every deck: the star for primary pupils (KS1
    and KS2), a plain tick in a circle for 11-16s (the goal is what they check themselves
    against at the end; a star read as primary-school art to them). One sentence alone in
    a wide tinted panel left two-thirds of it blank."""
    if look_for(lesson.audience).plain_icons:
        return one(pics.get(library, "plain-check",
                            "A tick in a circle: what you will be able to do"))
    return one(pics.get(library, "star"))


def streamer(cycle: LearningCycle, library: PictureLibrary | None) -> Picture | None:
    sc = cycle.scenario
    if sc is None:
        return None
    if sc.picture:
        return pics.get(library, sc.picture, sc.character)
    # KS1's story child as the animal the content says they are (Pip the rabbit; Olly, who
    # watches the show).
    return pics.characters(library, scenes.child(sc), scenes.animals([cycle]))
