"""The school's DSL in a sentence: by name where the brand gives one, otherwise the role, spelled
one way (plan/named_people.dsl). It was spelled five ways ("the school's DSL", "the school's
safeguarding lead", "the school's Designated Safeguarding Lead"), so one pack named the same
person differently on a slide and in its notes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.model import ParentSession
from lessonpack.plan import named_people, visiting
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.parents.workshop import plan_parents_deck

PLAN = Path(__file__).resolve().parents[1] / "src" / "lessonpack" / "plan"
OTHER_SPELLINGS = ("the school's safeguarding lead", "the school's DSL or",
                   "agree with the school's DSL", "goes to the school's DSL (or",
                   "concern to the school's DSL (or")


def _brand(name: str) -> Brand:
    return DEFAULT_BRAND.model_copy(update={"org_name": "Ashgrove Primary School",
                                            "dsl_name": name, "deputy_dsl_name": "",
                                            "delivered_by": "Northshire Council"})


def _deck_words(name: str) -> str:
    index = load()
    words: list[str] = []
    for key in ("live-streaming-ks2", "live-streaming-parents"):
        item = index.items[key].item
        plan = (plan_parents_deck(item, index.facts, _brand(name))
                if isinstance(item, ParentSession)
                else plan_lesson_deck(item, index.facts, _brand(name)))
        words += [f"{s.notes} {s.payload!r}" for s in plan.slides]
    return " ".join(words)


def test_a_nameless_dsl_is_the_role_spelled_one_way() -> None:
    words = _deck_words("")
    assert named_people.UNNAMED_DSL in words
    for other in OTHER_SPELLINGS:
        assert other not in words, other


def test_a_named_dsl_is_named_wherever_the_role_would_be() -> None:
    words = _deck_words("Mrs Priya Shah")
    assert "Mrs Priya Shah" in words
    assert "its DSL, Mrs Priya Shah, is there to help you" in words


@pytest.mark.parametrize("name", ["", "Mrs Priya Shah"])
def test_the_visitors_introduction_says_the_role_once(name: str) -> None:
    session = load().items["live-streaming-parents"].item
    said = visiting.introduction(session, _brand(name))
    assert said.count("Designated Safeguarding Lead") == 1, said
    assert (name or named_people.UNNAMED_DSL) in said


def test_the_dsl_name_falls_back_only_to_the_two_spellings() -> None:
    # `brand.dsl_name.strip() or "…"` with its own words is a second spelling in the making:
    # a sentence falls back to UNNAMED_DSL (through named_people.dsl), a printed letter to the
    # fill-in field FILL_IN_DSL that the teacher completes.
    fallbacks = []
    for path in PLAN.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or)
                    and ast.unparse(node.values[0]).startswith("brand.dsl_name")):
                fallbacks.append((path.name, ast.unparse(node.values[1])))
    assert ("named_people.py", "UNNAMED_DSL") in fallbacks
    odd = [f for f in fallbacks if f[1].split(".")[-1] not in ("UNNAMED_DSL", "FILL_IN_DSL")]
    assert not odd, odd
