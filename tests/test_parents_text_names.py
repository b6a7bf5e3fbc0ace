"""A parents' visit row and the sign-in file's register text name people as ``{dsl}``,
``{deputy}``…, filled in by their planners: a name the planner does not fill is refused at
load, with the names it does, by one validator given each text's list."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from lessonpack.content.parents_model import SIGN_IN_NAMES, VISIT_NAMES, PlayRegister, VisitRow


def test_a_visit_row_names_only_what_the_visit_brief_fills() -> None:
    row = {"when": "files", "file": "Letters", "who": "{dsl}", "what": "{head} signs them."}
    assert VisitRow.model_validate(row).what == "{head} signs them."
    with pytest.raises(ValidationError, match=r"unknown name \{teacher\} \(use \{dsl\}, "):
        VisitRow.model_validate({**row, "who": "{teacher}"})
    assert "{venue}" in VISIT_NAMES


def test_the_register_names_only_the_dsl_and_deputy() -> None:
    with pytest.raises(ValidationError, match=r"unknown name \{head\} \(use \{dsl\}, \{deputy\}\)"):
        PlayRegister.model_validate({"lead": "Ask {head}."})
    assert SIGN_IN_NAMES == ("{dsl}", "{deputy}")
