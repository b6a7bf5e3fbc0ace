"""When and where a visit happens: each class's lesson time, when the trainer arrives and
where they are met, from the school file (``lesson_times``, ``trainer_arrives``,
``meeting_place``).

The day brief and the handovers printed these as lines to fill in, so a trainer wrote the
same times by hand on five papers. Given in the file, they print; left out, the line to
write on stays, so a paper never claims a time nobody agreed.
"""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan import visiting
from lessonpack.plan.class_line import date_and_class
from lessonpack.plan.class_size import for_class
from lessonpack.plan.clock import clock, house_time
from lessonpack.plan.clock import minutes as clock_minutes
from lessonpack.plan.letter_dates import session_time
from lessonpack.plan.model import Paragraph, WriteOnLine
from lessonpack.plan.school_classes import named_classes

TIME_LINE = "________"
PLACE_LINE = "____________________"


def _or_line(value: str, line: str) -> str:
    return " ".join(value.split()) or line


def lesson_time(lesson: Lesson, brand: Brand) -> str:
    """"9.15am": when the school file says this class's lesson starts (in the house style);
    a line when not."""
    return _or_line(house_time(for_class(brand.lesson_times, lesson.audience, brand) or ""),
                    TIME_LINE)


def ends(start: str, minutes: int) -> str:
    """When a lesson that starts at ``start`` (as the school file writes it) and lasts
    ``minutes`` ends: "10.45am" and 60 give "11.45am"; "" for a time it cannot read (the
    file's words are printed as they are, with no end a reader could be misled by)."""
    read = clock_minutes(start)
    return clock(read[0] + minutes, twelve_hour=read[1]) if read else ""


# A class's teacher meets the trainer in their classroom this long before the lesson, when
# the trainer is free then (no other class's lesson began within the hour before), and no
# sooner than this long after the trainer arrives (signing in at reception, reaching the room).
MEET_BEFORE = 30
MEET_GAP = 60
SIGN_IN = 15

# When a primary school's doors open for registration (8.45am): a meeting half an hour
# before a 9.15am lesson fell at registration, with the class coming in and the register
# to take, so the day's first class is met as soon as the trainer has signed in, before
# the doors open, when the trainer arrives in time for it.
DOORS_OPEN = 8 * 60 + 45
BEFORE_DOORS = "before the doors open"


# What a handover adds to its meeting time when the day's brief leaves the office a blank
# beside it ("Year 2 at 8.45am or ______"): the office may agree another time with the
# trainer, and a teacher who met at the printed one missed the set-up before the lesson.
OFFICE_SENDS = "or the time the office sends you"


def office_sets_times(brand: Brand) -> bool:
    """The school file books more than one class: the day's brief gives the office each
    class's meeting time to confirm (a blank beside it), so that time, not the handover's,
    is the last word."""
    return len(named_classes(brand)) > 1


def meets_you(lesson: Lesson, brand: Brand) -> str:
    """"in your classroom at 10.15am" (``meets_at``'s time), with ", or the time the office
    sends you" when the brief asks the office to confirm it; "" when there is none."""
    at = meets_at(lesson, brand)
    if not at:
        return ""
    early = f", {BEFORE_DOORS}" if before_doors(lesson, brand) else ""
    return f"in your classroom at {at}{early}" + (
        f", {OFFICE_SENDS}" if office_sets_times(brand) else "")


def meets_at(lesson: Lesson, brand: Brand) -> str:
    """"10.15am": when the class's teacher goes through the handover with the trainer, in
    their classroom. "Trainer arrives: 8.15am, main reception" read, to the teacher of a
    10.45am lesson, as a meeting at 8.15 while the trainer was with another class; and
    with Year 4's "meets you" beside it, Year 2's teacher could not tell whether to be at
    reception at 8.15, so the day's first class is met in its room too, once the
    trainer has signed in. "" when another class's lesson runs up to it, the trainer arrives
    too late to meet before it, or a time is unreadable."""
    start, came = clock_minutes(lesson_time(lesson, brand)), clock_minutes(arrives(brand))
    if start is None or came is None:
        return ""
    meet = (came[0] + SIGN_IN if before_doors(lesson, brand)
            else max(start[0] - MEET_BEFORE, came[0] + SIGN_IN))
    others = [m[0] for t in (brand.lesson_times or {}).values()
              if (m := clock_minutes(str(t))) is not None and m[0] != start[0]]
    if meet >= start[0] or any(meet - MEET_GAP < o < start[0] for o in others):
        return ""
    return clock(meet, twelve_hour=start[1])


def before_doors(lesson: Lesson, brand: Brand) -> bool:
    """The class's teacher meets the trainer before the doors open (``DOORS_OPEN``): its
    lesson starts within the hour after them, the half hour before it would fall after
    them, and the trainer has signed in before them."""
    start, came = clock_minutes(lesson_time(lesson, brand)), clock_minutes(arrives(brand))
    if start is None or came is None:
        return False
    return (start[0] - MEET_BEFORE >= DOORS_OPEN and start[0] - DOORS_OPEN <= MEET_GAP
            and came[0] + SIGN_IN < DOORS_OPEN)


def lesson_span(lesson: Lesson, brand: Brand) -> str:
    """"10.45am–11.45am": the class's lesson from its start (the school file's) to its end
    (the lesson's length), so the office and the class teacher can plan break, lunch and
    the next room; the start alone when the file's time is not a clock time, a line when
    the file gives none."""
    start = lesson_time(lesson, brand)
    end = ends(start, lesson.duration_minutes) if start != TIME_LINE else ""
    return f"{start}\u2013{end}" if end else start


def session_span(session_date: str, minutes: int) -> str:
    """"6pm–7pm": the parents' session from its start (the date's time) to its end, so
    families and the office know when it finishes (an evening booked "about an hour" left
    the hall's close to guesswork); its start alone when the time is not a clock time, ""
    when the date gives none. Both in the house style: "6pm–7pm", "6.30pm–7.30pm"."""
    start = house_time(session_time(session_date))
    end = ends(start, minutes) if start else ""
    return f"{start}\u2013{end}" if end else start


# After the parents' session ends: families who came late or stay to talk privately (the
# welcome invites it) keep the play room's children this long, and the hall, cleared and
# the screen packed away, is free again this long after the end. An evening booked to its
# last minute left the play staff, the DSL and the site staff no time to plan around.
PLAY_AFTER = 15
HALL_AFTER = 30


def after_session(session_date: str, minutes: int, extra: int) -> str:
    """"7.15pm": ``extra`` minutes after a session of ``minutes`` from its date's start
    ends, in the house style; "" when the date gives no clock time."""
    start = house_time(session_time(session_date))
    return ends(start, minutes + extra) if start else ""


def arrives(brand: Brand) -> str:
    """"8.30am": when the trainer arrives (in the house style); a line when the file does
    not say."""
    return _or_line(house_time(brand.trainer_arrives.strip()), TIME_LINE)


def meeting_place(brand: Brand, line: str = PLACE_LINE) -> str:
    """Where the trainer signs in and is met; a line when the file does not say."""
    return _or_line(brand.meeting_place, line)


def all_given(lessons: tuple[Lesson, ...] | list[Lesson], brand: Brand) -> bool:
    """Every time and the place given: nothing on the line is left to write in."""
    return TIME_LINE not in " ".join(
        [*(lesson_time(x, brand) for x in lessons), arrives(brand), meeting_place(brand)])


def lesson_line(lesson: Lesson, brand: Brand) -> Paragraph | WriteOnLine:
    """The handover's first line: "Lesson: Friday 22 January 2027, 10.45am–11.45am  ·
    Class: Year 4 (…)", the lesson's time beside its date when the "On the day" line below
    is the meeting's alone (``times_line``); the date and class as every paper gives them
    otherwise. With the time there, the meeting's line has room for "or the time the office
    sends you" and the sheet stays one page."""
    line = date_and_class("Lesson:", lesson.audience, brand)
    date = brand.lesson_date
    if not (meets_you(lesson, brand) and isinstance(line, Paragraph) and date in line.text):
        return line
    return replace(line, text=line.text.replace(date, f"{date}, {lesson_span(lesson, brand)}",
                                                1))


def times_line(lesson: Lesson, brand: Brand) -> Paragraph:
    """The handover's "On the day" line: when and where the class teacher meets the trainer
    (two lessons and a parents' evening can fall on one day), printed from the school file,
    the lesson's time being on the line above (``lesson_line``); the lesson's time, the
    trainer's arrival and where they sign in, with lines to write on, when the file leaves
    a time out."""
    later = meets_you(lesson, brand)
    if later:
        who = visiting.trainer(brand) or "The trainer"
        return Paragraph(f"{who} meets you {later}.", label="On the day:")
    return Paragraph(f"Lesson time: {lesson_span(lesson, brand)}   Trainer arrives: "
                     f"{arrives(brand)}   Meet at: {meeting_place(brand)}",
                     label="On the day:" if all_given([lesson], brand) else "Fill in:")
