"""A kept slide comes back with the relationship ids it was made with, or is not kept.

On a Google Slides export the parents' help slides draw a picture after their notes exist
(rId2 image, rId3 notes, rId4 image); reused, its pictures were related before the notes
(rId2, rId3) and the build stopped with an internal error the second time the same deck was
built in one process (a batch, a web worker, or the test suite run in one process)."""

from __future__ import annotations

from pathlib import Path

from lessonpack.cli import main
from lessonpack.render import slide_cache

FIXTURE = Path(__file__).parent / "fixtures" / "wild" / "google-slides-export.pptx"


def _build(out: Path) -> bytes:
    code = main(["build", "-a", "parents", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                 "--template", str(FIXTURE)])
    assert code == 0
    return (out / "live-streaming-parents" / "live-streaming-parents-slides.pptx").read_bytes()


def test_a_deck_built_twice_in_one_process_is_the_same_deck(tmp_path: Path) -> None:
    slide_cache.forget()
    first = _build(tmp_path / "first")  # its slides kept
    again = _build(tmp_path / "again")  # the kept ones reused
    assert again == first
