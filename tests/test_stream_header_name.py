"""A stream's header keeps its streamer's name on one line where the pills beside it can
make room: on two 4:3 templates (Coreoz, Smooth black) "Dev (Zainab's dad)" broke onto a
second line against the LIVE badge. The LIVE badge and the viewer count are then each as
wide as their words; elsewhere they keep their usual widths."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from lessonpack.check.measure import count_lines
from lessonpack.cli import main
from lessonpack.render.deck_drawings import LIVE_W

ROOT = Path(__file__).resolve().parent.parent
WILD = ROOT / "tests" / "fixtures" / "wild"


def _headers(deck: Path) -> list[dict[str, object]]:
    """Each stream's header shapes, by name."""
    found = []
    for slide in Presentation(str(deck)).slides:
        for group in slide.shapes:
            if group.name == "Mock live stream":
                found.append({sh.name: sh for sh in group.shapes})
    return found


@pytest.mark.parametrize("template", ["coreoz-ppt-templates", "lo-cft-smooth-black"])
def test_the_streamers_name_stands_on_one_line(tmp_path: Path, template: str) -> None:
    assert main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(tmp_path),
                 "--template", str(WILD / f"{template}.pptx")]) == 0
    headers = _headers(tmp_path / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx")
    dev = next(h for h in headers if "Zainab" in h["Streamer name"].text_frame.text)
    for header in headers:
        name, live, count = (header[k] for k in ("Streamer name", "LIVE badge", "Viewer count"))
        run = name.text_frame.paragraphs[0].runs[0]
        width = (name.width - name.text_frame.margin_left - name.text_frame.margin_right) / 12700
        assert count_lines(name.text_frame.text, run.font.name, run.font.size.pt, width,
                           True) == 1, name.text_frame.text
        assert run.font.size.pt >= 18
        # The pills after the name, apart, and inside the screen.
        assert name.left + name.width <= live.left < live.left + live.width < count.left
        screen = header["Screen"]
        assert count.left + count.width <= screen.left + screen.width
    # Dev's header made room with pills as wide as their words.
    assert dev["LIVE badge"].width < Inches(LIVE_W)
