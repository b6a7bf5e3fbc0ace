"""A school's "If a child discloses" box names its own DSL and deputy in the step that says
whom to tell: it is the box staff read under pressure. Built for real and
read back from the lesson plan; a brand that names nobody keeps the role words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from lessonpack.cli import main

OAKFIELD = "examples/brands/oakfield-primary/brand.yml"


def _tell_step(tmp_path: Path, audience: str, brand: str | None) -> str:
    out = tmp_path / audience
    args = ["build", "-a", audience, "--out", str(out), "--quiet", "-j", "1"]
    assert main([*args, "--brand", brand] if brand else args) == 0
    plan = next(out.rglob("*lesson-plan.docx"))
    doc = Document(str(plan))
    text = [p.text for p in doc.paragraphs]
    text += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    lines = [line for t in text for line in t.splitlines()]
    # The disclosure box's steps are numbered ("5.<tab>Act immediately…").
    return next(re.sub(r"^\d+\.\t", "", line) for line in lines
                if re.sub(r"^\d+\.\t", "", line).startswith("Act immediately"))


@pytest.mark.integration  # builds a pack (through _tell_step's arguments)
@pytest.mark.parametrize("audience", ["ks1", "ks3"])
def test_the_school_dsl_and_deputy_are_named_where_staff_are_told_whom_to_tell(
        tmp_path: Path, audience: str) -> None:
    step = _tell_step(tmp_path, audience, OAKFIELD if audience == "ks1" else None)
    if audience == "ks1":
        # Each with the number to ring: the DSL's office, the deputy's direct line.
        assert "the DSL (Mrs Priya Shah, 01632\u00a0960\u00a0214)" in step, step
        assert "a deputy (Mr Ben Adeyemi, 01632\u00a0960\u00a0216)" in step, step
        # Neither free: the head by name with a number, then the council's 24-hour line,
        # from the school file ("a senior leader" named no one to find mid-disclosure).
        assert ("If neither is free: Mr Tom Hughes (Headteacher), 07700\u00a0900461, or another "
                "senior leader, then Northshire Children\u2019s Services, 0306\u00a0999\u00a00123 "
                "(24 hours). "
                "In danger now: 999.") in step, step
    else:  # no brand: the role, never an empty name; a yellow field for each gap
        assert "the DSL or a deputy" in step and "()" not in step
        assert ("If neither is free: [headteacher's name and phone], or another senior leader, "
                "then children\u2019s social care ([council's 24-hour number]).") in step, step


def test_leads_with_no_number_of_their_own_are_rung_on_the_schools() -> None:
    """Riverside's leads give a room and an email, no phone: the step gives the school's
    number once, to ask for either, after "by phone"; a school file with no phone at all
    gets the field for it, and one that names nobody keeps the step as written."""
    from lessonpack.content.brand import DEFAULT_BRAND, load_brand
    from lessonpack.content.fill_ins import FILL_IN_CONTACT
    from lessonpack.plan.visiting import _named

    step = ("Act immediately (KCSIE): tell the DSL or a deputy DSL in person, by phone or "
            "on the on-call system, never by email alone.")
    root = Path(__file__).resolve().parents[1]
    riverside = load_brand(root / "examples/brands/riverside-academy/brand.yml").brand
    said = _named(step, riverside, phones=True)
    assert "the DSL (Mr Daniel Okafor) or a deputy (Mrs Joy Mensah)" in said, said
    assert "by phone (01632\u00a0960\u00a0500, ask for either)" in said, said
    no_phone = riverside.model_copy(update={"phone": ""})
    assert f"by phone ({FILL_IN_CONTACT}, ask for either)" in _named(step, no_phone, True)
    assert _named(step, DEFAULT_BRAND, phones=True) == step
