"""Measures decks against issue 12's bar, from the .pptx alone (no LibreOffice):

- slides leaving over half the area below the title blank (check rule LPC303's measure;
  tests/test_blank_area.py measures the same on a LibreOffice render);
- slides carrying a picture or diagram with alt text (a picture, a chart, a drawn group such
  as the mock live stream);
- words per content slide, titles and kickers aside (title and section slides are not
  content slides); the words drawn inside a picture with alt text (the mock live stream's
  comments) are counted apart.

    python tools/deck_measures.py out/            # every *-slides.pptx below out/
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lessonpack.check.pptx_layout_rules import MOSTLY_BLANK, blank_share  # noqa: E402
from lessonpack.check.pptx_shapes import (  # noqa: E402
    FOOTER_TYPES,
    TITLE_TYPES,
    c_nv_pr_of,
    groups_of,
    is_decorative,
    open_deck,
)

NOT_CONTENT = {"LP Title", "LP Section"}


def _has_picture(view: object) -> bool:
    for item in view.items:  # type: ignore[attr-defined]
        if item.decorative:
            continue
        alt = (c_nv_pr_of(item.el).get("descr", "") if c_nv_pr_of(item.el) is not None
               else "").strip()
        if item.tag in ("pic", "graphicFrame") and alt:
            return True
    for group in groups_of(view.tree):  # type: ignore[attr-defined]
        c_nv_pr = c_nv_pr_of(group)
        if not is_decorative(group) and c_nv_pr is not None and c_nv_pr.get("descr", "").strip():
            return True
    return False


def _words(view: object, drawings: bool = False) -> int:
    """Words a pupil would read on the slide; text inside a drawing with alt text (the mock
    live stream) counts only with ``drawings``: it is part of a picture, read aloud."""
    count = 0
    for item in view.items:  # type: ignore[attr-defined]
        if not drawings and item.group is not None and (c_nv_pr_of(item.group) is not None
                                                        and c_nv_pr_of(item.group).get("descr")):
            continue
        if item.ph is not None and (item.ph.type in TITLE_TYPES or item.ph.type in FOOTER_TYPES
                                    or item.ph.idx == 13):
            continue
        if item.name in ("Kicker", "LP Footer Text", "LP Slide Number"):
            continue
        count += len(item.text.split())
    return count


def measure(path: Path) -> dict[str, object]:
    deck = open_deck(path, str(path))
    blank, pictured, words, all_words, content = [], 0, 0, 0, 0
    for view in deck.slides:
        share = blank_share(view, deck.size)
        if share is not None and share[0] > MOSTLY_BLANK:
            blank.append(view.number)
        pictured += _has_picture(view)
        if view.name not in NOT_CONTENT:
            content += 1
            words += _words(view)
            all_words += _words(view, drawings=True)
    n = len(deck.slides)
    return {"deck": str(path), "slides": n, "blank": blank, "blank_share": len(blank) / n,
            "pictured": pictured, "pictured_share": pictured / n,
            "words_per_content_slide": words / max(1, content),
            "words_with_drawings": all_words / max(1, content)}


def main(argv: list[str]) -> int:
    paths = [p for a in argv for p in (sorted(Path(a).rglob("*-slides.pptx"))
                                        if Path(a).is_dir() else [Path(a)])]
    for path in paths:
        m = measure(path)
        print(f"{m['deck']}: {m['slides']} slides; mostly blank {len(m['blank'])} "
              f"({m['blank_share']:.0%}) {m['blank']}; picture or diagram {m['pictured']} "
              f"({m['pictured_share']:.0%}); {m['words_per_content_slide']:.1f} words per "
              f"content slide ({m['words_with_drawings']:.1f} with the words drawn in the "
              "mock live streams)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
