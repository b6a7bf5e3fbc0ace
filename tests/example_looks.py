"""The example brands the review set builds, loaded once for tests that plan with them:
Oakfield Primary's own brand, and Northshire's team visiting Ashgrove Primary."""

from __future__ import annotations

from pathlib import Path

from lessonpack.content.brand import load_brand
from lessonpack.content.school import apply_school, load_school

ROOT = Path(__file__).resolve().parents[1]
OAKFIELD = load_brand(ROOT / "examples/brands/oakfield-primary/brand.yml").brand
ASHGROVE = apply_school(
    load_brand(ROOT / "examples/brands/northshire-online-safety/brand.yml").brand,
    load_school(ROOT / "examples/schools/ashgrove-primary/school.yml").model)
