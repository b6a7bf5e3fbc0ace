"""Oakfield's example brand without its ``lesson_date``: the brand of a school that gives
none, for the tests of what an undated pack prints (yellow date fields, the plan's "write
the dates by hand"). The example dates its lesson, so its letters are complete."""

from __future__ import annotations

from pathlib import Path

OAKFIELD_BRAND = Path(__file__).resolve().parents[1] / "examples/brands/oakfield-primary/brand.yml"


def undated_oakfield(brand: Path) -> Path:
    """Writes the copy to ``brand`` (its logo named by full path) and returns it."""
    text = OAKFIELD_BRAND.read_text(encoding="utf-8")
    kept = [line for line in text.splitlines(keepends=True)
            if not line.startswith("lesson_date:")]
    assert len(kept) == len(text.splitlines()) - 1, "Oakfield's brand names no lesson_date"
    brand.write_text("".join(kept).replace(
        "logo: logo.png", f"logo: {OAKFIELD_BRAND.parent / 'logo.png'}"), encoding="utf-8")
    return brand
