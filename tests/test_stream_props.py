"""A stream shows what it is about: a baking show's viewer promised "gems for his game" is
not watching a game stream, and a puppy party shows a puppy; a stream whose title names
nothing takes what its story says it is."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.plan import pictures, scenes


def _props(stream_title: str) -> list[str]:
    index = load()
    for entry in index.items.values():
        item = entry.item
        for part in [*getattr(item, "cycles", []), *getattr(item, "sections", [])]:
            found = [getattr(part, "scenario", None)]
            for variant in getattr(part, "variants", None) or []:
                found.append(getattr(variant, "scenario", None))
            for sc in found:
                if sc is not None and sc.stream_title == stream_title:
                    return [p.name for _label, p in
                            scenes.scene(sc, item.audience,
                                         pictures.for_item(index.pictures, item))[1]]
    raise AssertionError(f"no stream titled {stream_title!r}")


def test_a_bake_along_shows_cake_not_a_controller() -> None:
    props = _props("Cupcake bake-along, live!")
    assert "cake" in props and "game" not in props


def test_a_game_stream_keeps_its_controller() -> None:
    assert "game" in _props("Ranked games and chat")
    assert "game" in _props("Castle build, live!")  # its title names nothing; its story does


def test_a_puppy_party_shows_a_puppy() -> None:
    props = _props("Puppy party, play live!")
    assert "puppy" in props and "game" not in props
