"""A character pupils have already met is never "introduced" again in a later Part's notes.

KS4's Part 3 said "introduce Amara as the bystander" after the class had written Amara's
reply in Part 2: read aloud, the teacher presented a character the class had just spent
minutes as."""

from __future__ import annotations

import re

import pytest

from lessonpack.content.model import Audience
from lessons import lesson_for

NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")


def _met(cycle: object) -> set[str]:
    """Capitalised words in a Part's story and written prompts: the people pupils meet."""
    scenario = getattr(cycle, "scenario", None)
    task = getattr(cycle, "task", None)
    text = " ".join([scenario.story if scenario else "",
                     *(p.text for p in (task.prompts if task else []))])
    return set(NAME.findall(text))


@pytest.mark.parametrize("audience", [Audience.KS2, Audience.KS3, Audience.KS4])
def test_no_part_introduces_someone_pupils_already_met(audience: Audience) -> None:
    cycles = lesson_for(audience).cycles
    for n, cycle in enumerate(cycles[1:], 2):
        met = set().union(*(_met(c) for c in cycles[:n - 1]))
        introduced = set(re.findall(r"\b[Ii]ntroduce ([A-Z][a-z]+)", cycle.notes))
        assert not introduced & met, (audience, n, introduced & met)
