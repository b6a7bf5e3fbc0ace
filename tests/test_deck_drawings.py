"""Drawings made from copies of shapes made before must be byte-identical to drawings made
by python-pptx shape by shape: every audience's deck, fonts other than ours, a trainer's
small drawing area."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack import api
from lessonpack.build.look import prepare_look
from lessonpack.caches import BoundedCache
from lessonpack.io.zipnorm import zip_time
from lessonpack.plan.pack import plan_pack
from lessonpack.render import deck_drawings, slide_cache
from lessonpack.render.pptx import render_pptx

CASES = [(a, None, None) for a in ("ks1", "ks2", "ks3", "ks4", "parents")] + [
    ("ks2", Path("examples/brands/oakfield-primary/brand.yml"), None),
    ("ks3", Path("examples/brands/northshire-online-safety/brand.yml"), None),
    ("ks2", None, Path("examples/templates/brightpath-training")),
]


def _deck(audience: str, brand_file: Path | None, template: Path | None) -> bytes:
    index = api.load()
    look = prepare_look(brand_file=brand_file, template=template)
    plan = plan_pack(index.items[f"live-streaming-{audience}"].item, index.facts, look.brand)
    slide_cache.forget()  # every slide drawn, none copied whole
    return render_pptx(plan.decks[0], look.brand, look.templates.deck, zip_time(None),
                       custom=look.templates.custom_deck,
                       brand_theme=look.brand_in_template or not look.templates.custom_deck)


@pytest.mark.parametrize(("audience", "brand_file", "template"), CASES)
def test_copied_shapes_match_python_pptx(audience: str, brand_file: Path | None,
                                         template: Path | None,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    copied = _deck(audience, brand_file, template)
    with monkeypatch.context() as patch:
        patch.setattr(deck_drawings, "_MADE_SHAPES", BoundedCache(0))
        patch.setattr(deck_drawings, "_MADE_TEXT", BoundedCache(0))
        drawn = _deck(audience, brand_file, template)
    assert copied == drawn
    assert deck_drawings._MADE_SHAPES and deck_drawings._MADE_TEXT
