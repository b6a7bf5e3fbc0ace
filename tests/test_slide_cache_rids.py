"""A kept slide comes back with the relationship ids it was made with, or is not kept.

On a Google Slides export KS3's slides draw a picture after their notes exist
(rId2 image, rId3 notes, rId4 image); reused, its pictures were related before the notes
(rId2, rId3) and the build stopped with an internal error the second time the same deck was
built in one process (a batch, a web worker, or the test suite run in one process)."""

from __future__ import annotations

from pathlib import Path

from built_decks import slides_file
from lessonpack.cli import main
from lessonpack.render import slide_cache

FIXTURE = Path(__file__).parent / "fixtures" / "wild" / "google-slides-export.pptx"


def _build(out: Path) -> bytes:
    code = main(["build", "-a", "ks3", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                 "--template", str(FIXTURE)])
    assert code == 0
    return (out / "live-streaming-ks3" / slides_file("ks3")).read_bytes()


def test_a_deck_built_twice_in_one_process_is_the_same_deck(tmp_path: Path) -> None:
    slide_cache.forget()
    first = _build(tmp_path / "first")  # its slides kept
    again = _build(tmp_path / "again")  # the kept ones reused
    assert again == first


def test_a_slide_with_a_picture_after_its_notes_is_kept_and_reused(tmp_path: Path) -> None:
    """The slides that draw a picture after their notes (KS3's, on a Google export) are kept
    with that order (rId2 picture, rId3 notes, rId4 picture) and reused as they were made,
    not made afresh: the second build adds nothing new to the kept slides."""
    slide_cache.forget()
    first = _build(tmp_path / "first")
    later = [m for m in slide_cache._kept.values()
             if any(data is not None for _, data in m.related[
                 [data for _, data in m.related].index(None) + 1:])]
    assert later, "no kept slide has a picture related after its notes"
    kept = len(slide_cache._kept)
    assert _build(tmp_path / "again") == first
    assert len(slide_cache._kept) == kept


def test_a_warm_build_with_asserts_off_is_the_same_deck(tmp_path: Path) -> None:
    """``python -O`` drops asserts: relating a kept slide's pictures must not sit in one (the
    second deck's pictures pointed at relationships that were never made)."""
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from lessonpack.cli import main\n"
        f"fixture, out = {str(FIXTURE)!r}, Path({str(tmp_path)!r})\n"
        "decks = []\n"
        "for name in ('first', 'again'):\n"
        "    if main(['build', '-a', 'ks3', '-f', 'pptx', '-q', '-j', '1', '--out',\n"
        "             str(out / name), '--template', fixture]):\n"
        "        sys.exit(2)\n"
        "    decks.append((out / name / 'live-streaming-ks3' /\n"
        f"                  {slides_file('ks3')!r}).read_bytes())\n"
        "sys.exit(0 if decks[0] == decks[1] else 3)\n")
    done = subprocess.run([sys.executable, "-O", "-c", code], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
