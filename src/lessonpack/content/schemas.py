"""JSON Schemas of the YAML files lessonpack reads, generated from the pydantic models.

Editors use them for completion and checking (e.g. VS Code's YAML extension with a
``# yaml-language-server: $schema=...`` first line). ``python tools/build_schemas.py`` writes
them to ``schema/``; a test fails when the committed files drift from the models.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from lessonpack.content.brand import Brand
from lessonpack.content.model import FactsFile, Lesson, ParentSession
from lessonpack.content.school import School

DRAFT = "https://json-schema.org/draft/2020-12/schema"
MODELS: dict[str, tuple[type[BaseModel], str]] = {
    "brand.schema.json": (Brand, "A lessonpack brand file (brand.yml)."),
    "school.schema.json": (School, "A lessonpack school file (school.yml): the host school of "
                                   "a trainer's lesson, for build --school."),
    "lesson.schema.json": (Lesson, "A lessonpack lesson: content/<topic>/ks1..ks4.yml."),
    "parents-session.schema.json": (ParentSession,
                                    "A lessonpack parents' session: content/<topic>/parents.yml."),
    "facts.schema.json": (FactsFile, "The lessonpack facts file: content/facts.yml."),
}


def schema(model: type[BaseModel], description: str) -> dict[str, Any]:
    # Validation mode: the schema describes what a file may contain, defaults included.
    body = model.model_json_schema(mode="validation")
    return {"$schema": DRAFT, **body, "description": description}


def schema_texts() -> dict[str, str]:
    """File name -> JSON text (stable key order, trailing newline) for every schema."""
    return {name: json.dumps(schema(model, description), indent=2, ensure_ascii=False) + "\n"
            for name, (model, description) in MODELS.items()}
