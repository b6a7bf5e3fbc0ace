"""Page one's "Before the day" line: what cannot wait until the morning of the lesson.

The checks themselves (with their blanks to sign and date) are printed after the "Print to
here" line, under "Before you teach"; a teacher who printed only the pages to teach from
never saw that the DSL must be told the date, sign the disclosure box off and be free in the
lesson, or that the names and the apps' age rules are checked first (end-teacher, session
29). Run on after page one's print line, it names each in a word or two and points to the
checklist: page one has no line to spare (a tinted box of its own moved the "Fill in first"
box overleaf in two plans).

Each item is named only where the plan's own checklist or notes hold it: it is read from the
tags of the checks this plan prints (``Check.before_the_day``), never from their wording, so
a reworded check or a lesson of one's own keeps its line.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from lessonpack.content.brand import Brand
from lessonpack.content.parts import EarlyCheck
from lessonpack.plan import named_people

# "the day", not "the lesson day": the print line before it says the lesson, and the words
# saved keep a secondary plan's line to two lines (a third took page one's last line over).
LABEL = "Before the day:"
# The plan's heading over the full checks; page one's print line points to it by name.
HEADING = "Before you teach"
POINTER = f"see \u201c{HEADING}\u201d."

# What the line says for each kind of check that cannot wait (``Check.before_the_day``), in
# this order, each once. Short: the line says only what to look up.
_SAID: dict[EarlyCheck, str] = {
    "dsl_free": "DSL told and free",
    "not_for_cover": "not for cover",
    "second_adult": "TA booked",
    "sign_off": "sign-off",
    "age_rules": "age rules",
    "local_numbers": "local numbers",
}


def before_the_day(checks: Collection[EarlyCheck], names: Sequence[str],
                   letter: Sequence[str], brand: Brand) -> str:
    """The line's text ("" when there is nothing to say): ``checks`` what the checks this plan
    prints are tagged (``Check.before_the_day``; plan/visiting.early_checks), ``names`` its
    names check, ``letter`` its line on when the letter home goes."""
    said = [words for tag, words in _SAID.items() if tag in checks]
    if names:
        said.append("names check")
    if letter and not named_people.visitor(brand):
        said.append("letter home")
    if not said:
        return ""
    return f"{', '.join(said)}: {POINTER}"
