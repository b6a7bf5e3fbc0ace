"""The committed JSON Schemas in schema/ match the models (regenerate: tools/build_schemas.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lessonpack.content.schemas import MODELS, schema_texts

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schema"


@pytest.mark.parametrize("name", sorted(MODELS))
def test_committed_schema_matches_model(name: str) -> None:
    committed = SCHEMA_DIR / name
    assert committed.is_file(), f"schema/{name} is missing: run python tools/build_schemas.py"
    assert committed.read_text(encoding="utf-8") == schema_texts()[name], (
        f"schema/{name} is out of date: run python tools/build_schemas.py and commit it")


def test_brand_schema_describes_every_field() -> None:
    brand = json.loads((SCHEMA_DIR / "brand.schema.json").read_text(encoding="utf-8"))
    assert brand["additionalProperties"] is False
    assert all("description" in field for field in brand["properties"].values())
    assert brand["properties"]["primary"]["pattern"] == "^#[0-9A-Fa-f]{6}$"
