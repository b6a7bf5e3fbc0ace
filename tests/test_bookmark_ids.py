"""The bookmark ids lessonpack writes come from one module and never collide: Word drops or
misplaces a bookmark whose ``w:id`` another already uses."""

from __future__ import annotations

import re
from pathlib import Path

from lessonpack.render import docx_bookmark_ids, docx_page_ref, docx_reference

RENDER = Path(__file__).resolve().parents[1] / "src" / "lessonpack" / "render"


def test_every_bookmark_id_is_distinct() -> None:
    assert len(set(docx_bookmark_ids.ALL_IDS)) == len(docx_bookmark_ids.ALL_IDS)


def test_the_writers_use_the_listed_ids() -> None:
    assert docx_reference._ID == docx_bookmark_ids.REFERENCE_ID
    assert docx_page_ref._ID == docx_bookmark_ids.LAST_PAGE_ID


def test_no_other_module_spells_a_bookmark_id() -> None:
    spelt = [p.name for p in RENDER.rglob("*.py") if p.name != "docx_bookmark_ids.py"
             and re.search(r'^_?\w*ID = "\d+"', p.read_text(encoding="utf-8"), re.M)]
    assert spelt == []
