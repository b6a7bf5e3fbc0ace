"""A parents' session script's step minutes are read by the facilitator notes' clock: a
typo there is refused when the content loads, naming the step or the field, never printed as
a step that vanished or a Part that runs into the next one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from lessonpack.content.parents_model import WorkshopSection
from lessonpack.content.step_minutes import step_minutes

ROOT = Path(__file__).resolve().parents[1]


def _spotting() -> dict:
    """The shipped "Spotting the tactics" Part (seven minutes: "Say (3 min)", then "Table
    discussion (4 min)") as its YAML gives it."""
    data = yaml.safe_load((ROOT / "content/live-streaming/parents.yml").read_text("utf-8"))
    sessions = data if isinstance(data, list) else [data]
    for session in sessions:
        for section in session.get("sections", []):
            if section["title"] == "Spotting the tactics":
                return dict(section)
    raise AssertionError("no Spotting the tactics section")


def test_the_shipped_part_reads_and_fits() -> None:
    section = _spotting()
    assert sum(step_minutes(section["notes"])) <= section["minutes"] == 7
    WorkshopSection.model_validate(section)


def test_a_step_whose_minutes_are_no_number_is_refused() -> None:
    section = _spotting()
    section["notes"] = section["notes"].replace("Table discussion (4 min)",
                                                "Table discussion (eleven min)")
    with pytest.raises(ValidationError, match=r"Table discussion.*\u201celeven\u201d"):
        WorkshopSection.model_validate(section)


def test_steps_that_run_past_the_part_are_refused() -> None:
    section = _spotting()
    section["notes"] = section["notes"].replace("Say (3 min)", "Say (13 min)", 1)
    with pytest.raises(ValidationError, match="notes: its timed steps add up to 17 min, more "
                                              "than the Part's 7"):
        WorkshopSection.model_validate(section)


@pytest.mark.parametrize(("script", "minutes"), [
    ("Say (3 min): a.\n\nTable discussion (4 min): b.", [3, 4]),
    ("Ice-breaker (two minutes, in pairs): a.", [2]),
    ("Younger children (2 min). Say: a.", [2]),
    ("Key message (CEOP): no minutes here.", []),
])
def test_each_form_of_a_step_is_read(script: str, minutes: list[int]) -> None:
    assert step_minutes(script) == minutes
