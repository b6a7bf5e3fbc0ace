"""The stream mock-ups show what the lesson teaches: a child's live video on a parent's
account, and Mei's clues in her picture rather than in the story pupils read."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.plan.lesson_deck import plan_lesson_deck


def _screens() -> dict[str, object]:
    index = load()
    plan = plan_lesson_deck(index.items["live-streaming-ks2"].item, index.facts, DEFAULT_BRAND,
                            index.pictures)
    return {s.title: s for s in plan.slides if s.kind == "scenario"}


def test_zainab_is_streamed_on_her_dads_account_and_kofi_writes_from_his_grandmas() -> None:
    screens = _screens()
    assert screens["Zainab is live"].payload.streamer == "Dev (Zainab's dad)"
    kofi = screens["Kofi is watching"].payload
    # The chat says whose account Ama_M is, so the slide answers "who is Ama_M?" itself.
    assert kofi.comments[0].user == "Ama_M (Gran)"
    assert kofi.comments[2].user == kofi.comments[0].user
    # Nobody addresses Kofi by an account of his own.
    assert not any("@Kofi" in c.text for c in kofi.comments)


def test_meis_clues_are_in_the_picture_not_in_the_story() -> None:
    index = load()
    mei = index.items["live-streaming-ks2"].item.cycles[1].scenario
    for clue in ("street sign", "certificate", "parcel", "jumper"):
        assert clue not in mei.story.lower()
    slide = _screens()["Mei is live"]
    drawn = {picture.name for _, picture in slide.payload.cast}
    assert {"school-top", "street-sign", "certificate", "parcel"} <= drawn
    assert "The picture shows: Mei in her school jumper" in slide.notes
