"""Page one's "Before the lesson day" line: what cannot wait until the morning of the lesson.

The checks themselves (with their blanks to sign and date) are printed after the "Print to
here" line, under "Before you teach"; a teacher who printed only the pages to teach from
never saw that the DSL must be told the date, sign the disclosure box off and be free in the
lesson, or that the names and the apps' age rules are checked first (end-teacher, session
29). Run on after page one's print line, it names each in a word or two and points to the
checklist: page one has no line to spare (a tinted box of its own moved the "Fill in first"
box overleaf in two plans).

Each item is named only where the plan's own checklist or notes hold it: it is read from the
checks as this plan prints them (plan/lesson_plan), never typed beside them.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.brand import Brand
from lessonpack.plan import named_people

LABEL = "Before the lesson day:"
# Where the full checks are, in the words page one's print line uses for the mark.
POINTER = "see \u201cBefore you teach\u201d."

# (phrases a checklist line holds, what the line says for it): each row said once, in this
# order, when a line holds one of its phrases. Short: the line says
# only what to look up.
_FROM_CHECKS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("free (not teaching)", "on site and free"),
     "DSL told and free"),
    (("Not for cover",), "not for cover"),
    (("Signed, dated",), "sign-off"),
    (("age rules",), "age rules"),
    (("local numbers",), "local numbers"),
)


def before_the_day(checks: Sequence[str], names: Sequence[str], letter: Sequence[str],
                   brand: Brand) -> str:
    """The line's text ("" when there is nothing to say): ``checks`` the plan's checklist as
    printed, ``names`` its names check, ``letter`` its line on when the letter home goes."""
    said: list[str] = []
    for phrases, words in _FROM_CHECKS:
        if "local numbers" in words and any("age rules" in c for c in checks):
            continue  # "age rules, local numbers" is one check, said by its first
        if any(p in c for p in phrases for c in checks):
            said.append(words)
    if names:
        said.append("names check")
    if letter and not named_people.visitor(brand):
        said.append("letter home")
    if not said:
        return ""
    return f"{', '.join(said)}: {POINTER}"
