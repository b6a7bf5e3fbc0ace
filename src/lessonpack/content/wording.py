"""Wording the planners read: where how a content sentence is written decides what is planned.

These are conventions, not schema fields (yet): a content author sees each one in
docs/contributing.md ("Wording the planners read") and on the content model's fields, and
``lessonpack validate`` warns (LP159, content/lint/wording.py) where a cycle's notes come
close to the sayings convention but would make no slide. The other conventions are read where
they are used (plan/deck/, plan/worksheet/, plan/letter/, plan/lesson_plan.py); this module
holds the one the linter shares with the planner.
"""

from __future__ import annotations

import re

# "No!" (flat hand up, like a stop sign): a saying taught with an action, in a cycle's notes.
# Two or more in a cycle of a lesson for children who cannot read (``readers: false``) make
# a "Say it and show it" slide of picture cards (plan/deck/cycle.py).
SAYING = re.compile(r"“?\"(?P<say>[A-Z][^\"”]{0,20}!)\"?”? \((?P<act>[^)]{3,60})\)")
# What an author may write meaning the same: a short quoted phrase (any quotes, with or
# without "!") followed by an action done with the body, in brackets.
SAYING_LIKE = re.compile(
    r"[\"“'‘](?P<say>[^\"”'’\n]{1,24}?)[\"”'’]\s*\((?P<act>[^)]{0,60}\b(?:hands?|arms?|"
    r"fingers?|thumbs?|point|nod|shake|clap|wave|stamp|fold|cross|mouth)\b[^)]{0,60})\)",
    re.IGNORECASE)
# How many sayings make the slide.
SAYINGS_FOR_A_SLIDE = 2
# A worksheet prompt marked ``message: true`` opens with the message to reply to, written so:
# 'Ravi messages Amara: "I've messed up…" Write Amara's reply.' The task slide draws the
# message on a phone and keeps the words after it as a question (plan/deck/task.py); the
# content model refuses a marked prompt written another way.
MESSAGE = re.compile(r"^(?P<who>[A-Z][\w' ]{0,30}?) (?:messages|texts|writes to) [\w' ]{1,30}: "
                     r"[\"“](?P<text>[^\"”]+)[\"”]\s*(?P<rest>.*)$")

# An aside for a visiting trainer, in any text of a lesson: "(a visitor asks the class
# teacher)", "(visiting? tell the class teacher quietly, who checks in)", "A visitor hands
# the box and sheets to them.", "If you are visiting, the class teacher does this.". The
# school's own teacher's lesson plan drops these (plan/lesson_plan.py); ``validate`` refuses
# a mention of a visitor written another way (LP158, content/lint/visitor_asides.py), which
# the plan could not drop.
VISITOR_ASIDE = re.compile(r"\s*\((?:a visiting trainer|a visitor|visiting\?)[^()]*\)"
                           r"|\s*\b(?:A visitor\b|If you are visiting,)[^.]*\.")
VISITOR_WORD = re.compile(r"\bvisit(?:ors?|ing)\b", re.IGNORECASE)
