"""The extension points docs/contributing.md describes hold together: every document block
has a Word renderer and an outline case, and every file and test the recipes name exists."""

from __future__ import annotations

import re
import typing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.errors import InternalError
from lessonpack.plan.model import Block, DocMeta, DocPlan
from lessonpack.plan.outline import _OUTLINE
from lessonpack.render.docx import render_docx
from lessonpack.render.docx_blocks import HANDLERS

ROOT = Path(__file__).resolve().parents[1]
BLOCKS = set(typing.get_args(Block))


def test_every_document_block_has_a_docx_handler() -> None:
    assert BLOCKS, "plan.model.Block is not a union any more"
    assert set(HANDLERS) == BLOCKS


def test_every_document_block_has_an_outline_case() -> None:
    assert set(_OUTLINE) == BLOCKS


def test_the_guides_name_files_that_exist() -> None:
    for page in ("docs/contributing.md", "docs/architecture.md"):
        text = (ROOT / page).read_text(encoding="utf-8")
        named = set(re.findall(r"`((?:src|tests|tools|content|docs|schema|examples)/[^`*<>\s]+)`",
                               text))
        assert named, page
        for path in sorted(named):
            file = path.split("::")[0]
            assert (ROOT / file).exists(), f"{page} names {path}, which does not exist"


# Fields a brand file may hold but a user does not write: `--school` sets them (their
# descriptions say so), so the starter file leaves them out.
SET_BY_SCHOOL = {"delivered_by", "delivered_by_logo", "delivered_by_website",
                 "delivered_by_phone", "delivered_by_email", "logo_of"}
# Marks the made-up files under examples/ only: a starter for a real school never carries it
# (tests/test_example_fill_ins.py holds `lessonpack new` to that).
ONLY_IN_EXAMPLES = {"example"}


def test_every_brand_field_is_in_the_brand_table_and_the_starter_file() -> None:
    """The brand-field recipe's places that no other test holds (the schema and the web form
    have their own): the field table of docs/brand-and-templates.md and `lessonpack new
    brand`'s brand.yml."""
    from lessonpack.content.brand import Brand
    from lessonpack.content.scaffold import BRAND_YML

    readme = (ROOT / "docs" / "brand-and-templates.md").read_text(encoding="utf-8")
    first_cells = re.findall(r"^\| (`[^|]+)\|", readme, re.MULTILINE)
    rows = {name for cell in first_cells for name in re.findall(r"`(\w+)`", cell)}
    fields = set(Brand.model_fields)
    assert fields - rows == set(), "brand fields missing from docs/brand-and-templates.md's table"
    written = set(re.findall(r"^#? ?(\w+):", BRAND_YML, re.MULTILINE))
    assert fields - SET_BY_SCHOOL - ONLY_IN_EXAMPLES - written == set(), (
        "brand fields missing from brand.yml")
    assert all(f in fields for f in SET_BY_SCHOOL)


def test_a_block_with_no_handler_is_a_bug_named_as_one() -> None:
    """A planned block no handler writes is lessonpack's bug (InternalError: exit 3, naming
    the block), never a TypeError or a document with the block silently missing."""

    @dataclass(frozen=True)
    class Unwritten:
        text: str

    meta = DocMeta(title="T", subject="S", author="A", keywords="K")
    plan = DocPlan(filename="x.docx", kind="worksheet", meta=meta, title="T", subtitle="S",
                   header="H", footer="F", blocks=(Unwritten("x"),))  # type: ignore[arg-type]
    with pytest.raises(InternalError, match="Unwritten"):
        render_docx(plan, DEFAULT_BRAND, ROOT / "templates" / "document.docx",
                    datetime(2025, 3, 1, tzinfo=timezone.utc))
