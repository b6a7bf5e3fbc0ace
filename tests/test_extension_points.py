"""The extension points docs/contributing.md describes hold together: every document block
has a Word renderer and an outline case, and every file and test the recipes name exists."""

from __future__ import annotations

import re
import typing
from pathlib import Path

from lessonpack.plan.model import Block
from lessonpack.render.docx_blocks import HANDLERS
from lessonpack.web.outline import _OUTLINE

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
