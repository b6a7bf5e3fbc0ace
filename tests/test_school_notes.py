"""What a school's file leaves out, said to whoever builds: a visit's primary help slide with
no DSL photo (the adults drawn)."""

from __future__ import annotations

from pathlib import Path

import yaml

from lessonpack.api import load
from lessonpack.build.school_notes import school_notes
from lessonpack.content.brand import Brand, Photo

ROOT = Path(__file__).resolve().parent.parent
SCHOOL = yaml.safe_load((ROOT / "examples/schools/ashgrove-primary/school.yml")
                        .read_text(encoding="utf-8"))


def _lessons() -> dict[str, object]:
    items = load().items
    return {a: items[f"live-streaming-{a}"].item for a in ("ks1", "ks2", "ks3", "parents")}


def _visit(**fields: object) -> Brand:
    return Brand(org_name=SCHOOL["name"], dsl_name=SCHOOL["dsl_name"],
                 deputy_dsl_name=SCHOOL["deputy_dsl_name"], delivered_by="Northshire Team",
                 **fields)


def test_a_visit_without_the_dsls_photo_says_how_to_add_it() -> None:
    lessons = _lessons()
    items = [lessons["ks1"], lessons["ks2"], lessons["parents"]]
    (note,) = [n for n in school_notes(items, _visit()) if "photo" in n]
    assert note.startswith('KS1 and KS2 "Who can help"')
    assert "add dsl_photo and deputy_dsl_photo to the school file and build again" in note
    assert "visit brief" in note
    photo = Photo(ROOT / "examples/schools/ashgrove-primary/crest.png", "0")
    assert not [n for n in school_notes(items, _visit(dsl_photo=photo)) if "photo" in n]
    # A school's own pack: its teacher can change the picture on the slide; no note.
    own = Brand(org_name=SCHOOL["name"], dsl_name=SCHOOL["dsl_name"])
    assert not [n for n in school_notes(items, own) if "photo" in n]
    # A secondary visit has no drawn adults' card.
    assert not [n for n in school_notes([lessons["ks3"]], _visit()) if "photo" in n]
