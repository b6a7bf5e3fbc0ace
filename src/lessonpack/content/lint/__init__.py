"""Content linter behind ``lessonpack validate``: checks beyond the schema, each with a code.

Rules (every code, its severity and an example: lessonpack.rules):
  schema and length budgets   LP100–LP112, done by the loader before anything here runs
  reading level per audience  LP160                 readability.py
  phrases never to use        LP161, LP162 (list)   neversay.py, content/_rules/never-say.yml
  safeguarding, signposting   LP164, LP165          safeguarding.py
  quiz questions              LP167–LP169, LP174, LP178   quizzes.py
  every figure has a source   LP170–LP172           figures.py
  no authoring notes or citation codes in output text   LP173   output_text.py
  timed steps add up inside each part                   LP175   timings.py
  sources cite their owner; facts checked in time       LP176, LP177 (warning)   sources.py
  evidence advice says "never the image"; age rules on a slide say "as of"
                                                        LP179   evidence.py, agerules.py
  slides named by marks, never by a typed number       LP183   slide_numbers.py
  sayings written so the planner finds them             LP159 (warning)   wording.py
  pictures for children who cannot read yet             LP156 (warning)   pictures.py
  a cycle's steps named so each goes on its slide       LP157, LP184 (warning)   steps.py
  visitors' asides written so a school's own plan drops them   LP158   visitor_asides.py

Each rule is a pure function from a validated ContentIndex (plus, for the figure rule, the raw
file texts and, for the phrase rule, the compiled list) to Problems. ``read_inputs`` is the one
place here that touches the disk, so the rules can be tested on data alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lessonpack.content.lint.agerules import check_age_rules_dated
from lessonpack.content.lint.evidence import check_evidence_advice
from lessonpack.content.lint.figures import check_figures
from lessonpack.content.lint.neversay import Rule, check_never_say, check_wording, read_rules
from lessonpack.content.lint.output_text import check_output_text
from lessonpack.content.lint.pictures import check_pictures
from lessonpack.content.lint.quizzes import check_quizzes
from lessonpack.content.lint.readability import check_reading_level
from lessonpack.content.lint.safeguarding import check_safeguarding
from lessonpack.content.lint.slide_numbers import check_slide_numbers
from lessonpack.content.lint.sources import FactsPlaces, check_sources, read_places
from lessonpack.content.lint.steps import check_step_names
from lessonpack.content.lint.timings import check_timings
from lessonpack.content.lint.visitor_asides import check_visitor_asides
from lessonpack.content.lint.wording import check_sayings
from lessonpack.content.loader import FACTS_FILE, ContentIndex
from lessonpack.content.steps import PLACED
from lessonpack.errors import Problem, problem_at
from lessonpack.io.paths import display_path


@dataclass
class LintInputs:
    """What the rules need besides the index: the never-say list and each item's raw text."""

    rules: list[Rule] = field(default_factory=list)
    raw: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # Where each facts.yml entry is, for the source and freshness rules.
    places: FactsPlaces = field(default_factory=FactsPlaces)
    # The timed steps' names the slides are made for: the built-in ones, and the slide
    # kinds' where the caller can see them (api.validate: plan/cycle_steps.placed).
    steps: tuple[str, ...] = PLACED
    # Each of the kinds' steps -> the cycle's field its slides are made from and whether only
    # readers get them (plan/cycle_steps.step_fields): a step with no slide is warned of.
    step_fields: dict[str, tuple[str, bool]] = field(default_factory=dict)


def read_inputs(index: ContentIndex, roots: Iterable[Path]) -> LintInputs:
    roots = list(roots)
    rules, problems = read_rules(roots, display_path)
    inputs = LintInputs(rules, problems=[*problems, *check_wording(roots, rules, display_path)])
    inputs.places = read_places((r / FACTS_FILE, display_path(r / FACTS_FILE)) for r in roots
                                if (r / FACTS_FILE).is_file())
    for item_id, loaded in index.items.items():
        try:
            # Decoded as the loader does (utf-8-sig), so YAML offsets match this text.
            inputs.raw[item_id] = loaded.path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            inputs.problems.append(problem_at(loaded.display, "LP100",
                                              f"cannot read file again: {exc}"))
    return inputs


def lint(index: ContentIndex, inputs: LintInputs) -> list[Problem]:
    """Every problem the rules find, errors and warnings, sorted by file and position."""
    problems = [
        *inputs.problems,
        *check_reading_level(index),
        *check_never_say(index, inputs.rules),
        *check_safeguarding(index),
        *check_quizzes(index),
        *check_figures(index, inputs.raw),
        *check_output_text(index),
        *check_timings(index),
        *check_sayings(index),
        *check_pictures(index),
        *check_step_names(index, inputs.steps, inputs.step_fields),
        *check_visitor_asides(index),
        *check_sources(index.facts, inputs.places),
        *check_evidence_advice(index),
        *check_age_rules_dated(index),
        *check_slide_numbers(index),
    ]
    return sorted(problems)


__all__ = ["LintInputs", "lint", "read_inputs"]
