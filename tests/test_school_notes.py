"""What a school's file leaves out, said to whoever builds: a primary help slide with no DSL
photo (the adults drawn), and a key stage built for its one named class (a Year 4
pack, with no word that Year 6 needs its own build), said in the build's notes and, for the
class, on the plan's first page."""

from __future__ import annotations

from pathlib import Path

import yaml

from lessonpack.api import load
from lessonpack.build.look import UNNAMED_DSL_NOTE
from lessonpack.build.school_notes import rse_note, school_notes
from lessonpack.content.brand import Brand, Photo
from lessonpack.plan.class_fit import built_for, choose_route, every_year, written_for
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.pack import plan_pack

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
    # A school's own pack with its DSL named: said too (the KS1 plan asks for the photo),
    # with where to add it, and nothing about a visit.
    own = Brand(org_name=SCHOOL["name"], dsl_name=SCHOOL["dsl_name"])
    (note,) = [n for n in school_notes(items, own) if "photo" in n]
    assert note.startswith('KS1 and KS2 "Who can help"') and "visit" not in note
    assert "beside the brand or school file" in note and "in dsl_photo," in note
    assert "deputy_dsl_photo" not in note  # no deputy named, so no deputy's photo asked for
    pictured = own.model_copy(update={"dsl_photo": photo})
    assert not [n for n in school_notes(items, pictured) if "photo" in n]
    # No DSL named: the card shows no one to photograph (the "Before you teach" slide asks
    # for the names first).
    assert not [n for n in school_notes(items, Brand(org_name=SCHOOL["name"]))
                if "photo" in n]
    # A secondary visit has no drawn adults' card.
    assert not [n for n in school_notes([lessons["ks3"]], _visit()) if "photo" in n]


def test_a_key_stage_built_for_its_one_class_says_how_to_build_the_others() -> None:
    ks2 = _lessons()["ks2"]
    year4 = _visit(class_name="Year 4", class_teacher="Miss Laura Bennett")
    line = built_for(ks2, year4)
    assert line == 'Built for Year 4; for Years 5–6 build again with --class "Year 6, teacher".'
    assert f"live-streaming-ks2: {line[:1].lower()}{line[1:]}" in school_notes([ks2], year4)
    year6 = _visit(class_name="Year 6")
    assert built_for(ks2, year6).startswith("Built for Year 6; for Years 3–4 build again")
    # No class named, or both of the key stage's named (two packs are built): nothing.
    assert built_for(ks2, _visit()) == ""
    both = _visit(classes=["Year 4, Miss Laura Bennett", "Year 6, Mr Tom Reed"])
    assert built_for(ks2, both) == ""
    # On the plan's first page, under the class line.
    plan = next(d for d in plan_pack(ks2, load().facts, year4).documents
                if d.kind == "lesson_plan")
    # In a teacher's words there: a class teacher cannot act on a command line, which stays
    # in the build's notes.
    texts = [getattr(b, "text", "") for b in plan.blocks[:6]]
    own = written_for(ks2, year4)
    assert own == "This version is for Year 4; a Years 5–6 version exists."
    assert "whoever made" not in own  # at a visit, that is the trainer reading it
    assert own in texts
    assert not [t for t in texts if "--class" in t or "build again" in t]
    assert written_for(ks2, _visit()) == ""
    assert own not in [getattr(b, "text", "") for b in
                       plan_lesson_plan(ks2, load().facts, year4).blocks]


def test_a_key_stage_built_for_no_class_says_to_choose_a_route() -> None:
    """The composite Years 3–6 pack could reach a Year 3 class unread: page one of its plan
    names the two routes and says to choose one, and the build's note says how to build a
    class's own pack."""
    lessons = _lessons()
    ks2 = lessons["ks2"]
    line = choose_route(ks2, Brand())
    assert line.startswith("choose Years 3–4 or Years 5–6 before you teach")
    assert "--class" not in line
    plan = next(d for d in plan_pack(ks2, load().facts, Brand()).documents
                if d.kind == "lesson_plan")
    # Under the class line, in a panel with its lead-in, before the pages to print.
    (said,) = [b for b in plan.blocks[:6] if getattr(b, "text", "") == line]
    assert said.label == "Years 3–6 in one plan:" and said.panel
    # Straight over that panel, one bold line: the plan is taught as it is, and whose
    # stories its slides tell (no command here: a class teacher does not run the build).
    serves = plan.blocks[plan.blocks.index(said) - 1]
    assert serves.label == ("Ready to teach to any class in Years 3–6; its slides "
                            "tell the Years 3–4 stories.") and not serves.text
    assert "lessonpack" not in serves.label
    assert plan.blocks[0].label == "Outcome:"
    (note,) = [n for n in school_notes([ks2], Brand()) if "built for" in n]
    assert note.startswith("live-streaming-ks2: built for all of Years 3–6 in one pack")
    assert '--class "Year 4, teacher"' in note and "classes" in note
    # A class named (its year's own pack), or a lesson with one route (KS1): nothing.
    year6 = _visit(class_name="Year 6")
    assert choose_route(ks2, year6) == "" and every_year(ks2, year6) == ""
    assert choose_route(lessons["ks1"], Brand()) == ""
    ks1_plan = next(d for d in plan_pack(lessons["ks1"], load().facts, Brand()).documents
                    if d.kind == "lesson_plan")
    assert not ks1_plan.blocks[0].label.startswith("This plan serves")
    assert not [n for n in school_notes([lessons["ks1"]], Brand()) if "built for" in n]


def test_a_letter_with_the_rse_choice_open_names_the_field_that_settles_it() -> None:
    items = load().items
    secondary = [items[f"live-streaming-{a}"].item for a in ("ks3", "ks4")]
    primary = [items["live-streaming-ks1"].item]
    (line,) = rse_note(secondary, None)
    assert line.startswith("live-streaming-ks3, live-streaming-ks4: ")
    assert "rse_lesson: relationships" in line and "rse_lesson: sex" in line
    assert rse_note(primary, None) == []
    assert rse_note(secondary, _visit(rse_lesson="sex")) == []
    assert rse_note(secondary, _visit()) == [line]


def test_the_unnamed_dsl_note_says_what_the_pack_prints() -> None:
    """No [DSL's name] on pupils' sheets, so the note must not send a teacher to look."""
    assert "pupils' sheets the DSL" not in UNNAMED_DSL_NOTE
    assert "Our safeguarding lead" in UNNAMED_DSL_NOTE
    # The help slides' names are yellow fields now: the note says so, not "nothing yellow".
    assert "yellow fields for the DSL's and deputy's names" in UNNAMED_DSL_NOTE
    assert "nothing there is yellow" not in UNNAMED_DSL_NOTE


def test_a_visits_sign_in_without_a_privacy_notice_asks_for_one() -> None:
    lessons = _lessons()
    items = [lessons["ks2"], lessons["parents"]]
    (note,) = [n for n in school_notes(items, _visit()) if "privacy_notice" in n]
    assert note.startswith("live-streaming-parents: the sign-in sheet")
    noticed = _visit(privacy_notice="northshire.example.gov.uk/privacy")
    assert not [n for n in school_notes(items, noticed) if "privacy_notice" in n]
    # No parents' evening built, or a school's own evening: no sheet to print it on.
    assert not [n for n in school_notes([lessons["ks2"]], _visit()) if "privacy_notice" in n]
    own = Brand(org_name=SCHOOL["name"])
    assert not [n for n in school_notes(items, own) if "privacy_notice" in n]


def test_a_place_name_the_stories_do_not_use_is_named_in_the_notes() -> None:
    """A key spelt otherwise than the story ("Elm road") renames nothing: the real place would
    stay in the lesson unseen, so the build says which key and how to write it."""
    lessons = _lessons()
    items = [lessons["ks2"], lessons["parents"]]
    brand = Brand(org_name="Oakfield Primary",
                  place_names={"Elm Road": "Birch Lane", "Elm road": "Birch Lane"})
    notes = [n for n in school_notes(items, brand) if n.startswith("place_names")]
    assert len(notes) == 1, notes
    assert '"Elm road"' in notes[0] and "live-streaming-ks2" in notes[0]
    assert not [n for n in school_notes(items, Brand(org_name="Oakfield Primary",
                                                     place_names={"Elm Road": "Birch Lane"}))
                if n.startswith("place_names")]


def test_a_visits_lessons_remind_the_team_to_send_the_dbs_letter() -> None:
    """The visit brief tells the school the DBS letter comes with it; the build cannot
    attach it, so its notes remind the team. A school's own lessons and a visit's evening
    alone are not told."""
    lessons = _lessons()
    assert any("DBS letter" in n for n in school_notes([lessons["ks2"]], _visit()))
    assert not any("DBS" in n for n in school_notes([lessons["parents"]], _visit()))
    own = Brand(org_name=SCHOOL["name"], dsl_name=SCHOOL["dsl_name"])
    assert not any("DBS" in n for n in school_notes([lessons["ks2"]], own))


def test_the_letters_own_details_are_named_with_the_lines_that_fill_them() -> None:
    """The letters' dates, workshop line and policy address: a build that leaves them out
    says which brand-file lines fill them; a file that gives them all hears nothing."""
    from lessonpack.build.school_notes import letter_fields_note
    from lessonpack.content.brand import load_brand

    items = load().items
    secondary = [items[f"live-streaming-{a}"].item for a in ("ks3", "ks4")]
    primary = [items["live-streaming-ks1"].item]
    (line,) = letter_fields_note([*secondary, items["live-streaming-parents"].item], None)
    for key in ("lesson_date", "parents_session_date", "parents_session_venue",
                "rse_policy_url"):
        assert key in line, key
    (primary_line,) = letter_fields_note(primary, None)
    assert "rse_policy_url" not in primary_line and "parents_session_date" not in primary_line
    root = Path(__file__).resolve().parent.parent
    riverside = load_brand(root / "examples/brands/riverside-academy/brand.yml").brand
    dated = riverside.model_copy(update={"lesson_date": "Tuesday 19 January 2027",
                                         "parents_workshop": True})
    assert letter_fields_note(secondary, dated) == []
    (unplaced,) = letter_fields_note(secondary, dated.model_copy(update={"rse_policy_url": ""}))
    assert "rse_policy_url" in unplaced and "lesson_date" not in unplaced


def test_a_secondary_pack_with_no_class_named_says_how_to_name_its_year() -> None:
    """A KS3 or KS4 pack whose file names no class of its years prints no year group on
    its letters and plan: the build says so, as it does for KS2, so a family with children
    in two years can be told which child a letter is about."""
    lessons = _lessons()
    items = [lessons["ks1"], lessons["ks3"], lessons["parents"]]
    (note,) = [n for n in school_notes(items, Brand(org_name="Hill School"))
               if "no class named" in n]
    assert note.startswith("live-streaming-ks3: no class named: the letters home and lesson "
                           "plan say no year group")
    assert '--class "Year 8, teacher"' in note and "classes" in note
    # A class of the key stage named: nothing to say; a class of another key stage is not it.
    year_8 = Brand(org_name="Hill School", classes=["Year 8, Mr Ben Hale"])
    assert not [n for n in school_notes(items, year_8) if "no class named" in n]
    year_4 = Brand(org_name="Hill School", classes=["Year 4, Mr Sam Okoro"])
    assert [n for n in school_notes([lessons["ks3"]], year_4) if "no class named" in n]
