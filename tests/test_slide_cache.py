"""A deck made with kept slides must be byte-identical to one made from scratch: for every
audience, after the same deck, after the same lesson in other brands (other fonts, a logo),
and in a trainer's own template."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack import api
from lessonpack.build.look import prepare_look
from lessonpack.caches import BoundedCache
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.io.zipnorm import zip_time
from lessonpack.plan.pack import plan_pack
from lessonpack.render import slide_cache
from lessonpack.render.pptx import render_pptx

BRANDS = [None, Path("examples/brands/oakfield-primary/brand.yml"),
          Path("examples/brands/northshire-online-safety/brand.yml")]
TRAINER = Path("examples/templates/brightpath-training")


@pytest.fixture(scope="module")
def index() -> api.ContentIndex:
    return api.load()


def _deck(index: api.ContentIndex, key: str, brand: Path | Brand | None,
          template: Path | None = None) -> tuple[bytes, list[str]]:
    look = (prepare_look(brand=brand, template=template) if isinstance(brand, Brand)
            else prepare_look(brand_file=brand, template=template))
    plan = plan_pack(index.items[key].item, index.facts, look.brand)
    misfits: list[str] = []
    data = render_pptx(plan.decks[0], look.brand, look.templates.deck, zip_time(None),
                       custom=look.templates.custom_deck,
                       brand_theme=look.brand_in_template or not look.templates.custom_deck,
                       misfits=misfits)
    return data, misfits


def _fresh(index: api.ContentIndex, *args: object) -> tuple[bytes, list[str]]:
    slide_cache.forget()
    made = _deck(index, *args)  # type: ignore[arg-type]
    slide_cache.forget()
    return made


@pytest.mark.parametrize("audience", ["ks1", "ks2", "ks3", "ks4", "parents"])
def test_kept_slides_give_the_same_deck(index: api.ContentIndex, audience: str) -> None:
    key = f"live-streaming-{audience}"
    fresh = {brand: _fresh(index, key, brand) for brand in BRANDS}
    slide_cache.forget()
    for brand in BRANDS:  # each brand after the ones before it: slides shared where equal
        assert _deck(index, key, brand) == fresh[brand], brand
    for brand in reversed(BRANDS):  # and every slide kept
        assert _deck(index, key, brand) == fresh[brand], brand
    assert slide_cache._kept


def test_kept_slides_in_a_trainers_template(index: api.ContentIndex) -> None:
    fresh = _fresh(index, "live-streaming-ks2", None, TRAINER)
    _deck(index, "live-streaming-ks2", None)  # the built-in template's slides must not leak in
    assert _deck(index, "live-streaming-ks2", None, TRAINER) == fresh
    assert _deck(index, "live-streaming-ks2", None, TRAINER) == fresh


def test_cache_is_bounded(index: api.ContentIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    slide_cache.forget()
    monkeypatch.setattr(slide_cache, "_kept", BoundedCache(10))
    fresh = _fresh(index, "live-streaming-ks3", None)
    assert _deck(index, "live-streaming-ks3", None) == fresh
    assert len(slide_cache._kept) == 10
    slide_cache.forget()


@pytest.mark.parametrize("change", [{"heading_font": "Calibri"}, {"body_font": "Calibri"},
                                    {"org_name": "Elsewhere School", "primary": "#123524"}])
def test_only_what_reaches_slides_is_shared(index: api.ContentIndex,
                                            change: dict[str, str]) -> None:
    other = DEFAULT_BRAND.model_copy(update=change)
    fresh = _fresh(index, "live-streaming-ks2", other)
    _deck(index, "live-streaming-ks2", DEFAULT_BRAND)
    assert _deck(index, "live-streaming-ks2", other) == fresh


def test_slide_kinds_sharing_a_layout(index: api.ContentIndex, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # A trainer's template with three layouts: title slides and bullet slides both use
    # "Title and Content", the one as subtitle, the other as body. A prepared blank slide of
    # one kind must not be reused for the other.
    from pptx import Presentation

    prs = Presentation()
    master = prs.slide_masters[0]
    for layout in list(master.slide_layouts):
        if layout.name not in ("Title and Content", "Two Content", "Title Only"):
            master.slide_layouts.remove(layout)
    template = tmp_path / "three-layouts.pptx"
    prs.save(str(template))
    look = prepare_look(template=template, allow_low_contrast=True)
    plan = plan_pack(index.items["live-streaming-ks2"].item, index.facts, look.brand)

    def deck() -> bytes:
        slide_cache.forget()
        return render_pptx(plan.decks[0], look.brand, look.templates.deck, zip_time(None),
                           custom=True, brand_theme=False)

    prepared = deck()
    monkeypatch.setattr(slide_cache, "_blanks", BoundedCache(0))
    assert prepared == deck()
    slide_cache.forget()
