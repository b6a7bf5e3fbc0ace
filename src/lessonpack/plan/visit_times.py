"""When and where a visit happens: each class's lesson time, when the trainer arrives and
where they are met, from the school file (``lesson_times``, ``trainer_arrives``,
``meeting_place``).

The day brief and the handovers printed these as lines to fill in, so a trainer wrote the
same times by hand on five papers. Given in the file, they print; left out, the line to
write on stays, so a paper never claims a time nobody agreed.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.class_size import for_class
from lessonpack.plan.model import Paragraph

TIME_LINE = "________"
PLACE_LINE = "____________________"


def _or_line(value: str, line: str) -> str:
    return " ".join(value.split()) or line


def lesson_time(lesson: Lesson, brand: Brand) -> str:
    """"9:15am": when the school file says this class's lesson starts; a line when not."""
    return _or_line(for_class(brand.lesson_times, lesson.audience, brand) or "", TIME_LINE)


def arrives(brand: Brand) -> str:
    """"8:30am": when the trainer arrives; a line when the file does not say."""
    return _or_line(brand.trainer_arrives, TIME_LINE)


def meeting_place(brand: Brand, line: str = PLACE_LINE) -> str:
    """Where the trainer signs in and is met; a line when the file does not say."""
    return _or_line(brand.meeting_place, line)


def all_given(lessons: tuple[Lesson, ...] | list[Lesson], brand: Brand) -> bool:
    """Every time and the place given: nothing on the line is left to write in."""
    return TIME_LINE not in " ".join(
        [*(lesson_time(x, brand) for x in lessons), arrives(brand), meeting_place(brand)])


def times_line(lesson: Lesson, brand: Brand) -> Paragraph:
    """The handover's "On the day" line: the lesson's time, the trainer's arrival and where
    the class teacher meets them (two lessons and a parents' evening can fall on one day),
    printed from the school file, with lines to write on for whatever it leaves out."""
    return Paragraph(f"Lesson time: {lesson_time(lesson, brand)}   Trainer arrives: "
                     f"{arrives(brand)}   Meet at: {meeting_place(brand)}",
                     label="On the day:" if all_given([lesson], brand) else "Fill in:")
