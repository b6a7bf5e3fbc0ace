"""Writes schema/*.schema.json from the pydantic models (brand, school, lesson, parents'
session, facts).

Run: python tools/build_schemas.py   after changing src/lessonpack/content/brand.py,
school.py or model.py; tests/test_schemas.py fails until the files match.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lessonpack.content.schemas import schema_texts  # noqa: E402


def main() -> None:
    out = ROOT / "schema"
    out.mkdir(exist_ok=True)
    for name, text in schema_texts().items():
        (out / name).write_text(text, encoding="utf-8")
        print(f"wrote schema/{name}")


if __name__ == "__main__":
    main()
