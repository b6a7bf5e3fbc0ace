"""The visit brief's question-box row sends a concern read in a slip to the DSL or the
deputy at once, as the disclosure steps do: it cannot wait for the DSL to be free."""

from __future__ import annotations

from pathlib import Path

import docx


def test_a_slips_concern_goes_to_the_dsl_or_the_deputy(brightpath_at_ashgrove: Path) -> None:
    brief = next(brightpath_at_ashgrove.glob("live-streaming-visit-brief-*.docx"))
    cells = [c.text for t in docx.Document(str(brief)).tables for r in t.rows for c in r.cells]
    row = next(c for c in cells if "reads all their box\u2019s slips" in c)
    assert "any concern to Mrs Okafor or Mr Price at once" in row, row
