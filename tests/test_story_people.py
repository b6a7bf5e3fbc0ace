"""The names check lists the pack's own stories (plan/story_people): every name and username
its slides and sheets show, for the class's year; at a visit it is dated in the brief and
opens the class teacher's handover, which also says what happens to the sheets. A concern
about an adult in school goes to the head, and about the head to whoever the school file
names (``head_concerns_to``), or a field that reads right unfilled."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from pptx import Presentation

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.fill_ins import HEAD_CONCERNS_FIELD
from lessonpack.content.model import Lesson, ParentSession
from lessonpack.plan import class_fit, visiting
from lessonpack.plan.safe_notes import STORY_NAMES, names_check
from lessonpack.plan.story_people import story_people, story_places
from lessons import scenarios_in

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def _lesson(audience: str) -> Lesson:
    item = load().items[f"live-streaming-{audience}"].item
    assert isinstance(item, Lesson)
    return item


def _for_year(audience: str, year: int | None) -> Lesson:
    classes = [f"Year {year}, Mrs Lin"] if year is not None else []
    return class_fit.for_class(_lesson(audience),
                               Brand(org_name="Oak School", classes=classes))


def test_year_4_lists_its_childrens_names_and_every_username() -> None:
    people = story_people(_for_year("ks2", 4))
    # The show "Baker Bea" is no one's name: its star, Bea, is (the story's ``name``).
    assert {"Zainab", "Mei Chen", "Kofi", "Dev", "Bea"} <= set(people.names)
    assert "Baker Bea" not in people.everyone
    # The usernames the end read found missing: StarFan_J (21 times), Ama_M and the rest.
    assert {"StarFan_J", "Ama_M", "ArtLover_Jo", "Pixel_Pal", "BigFan_Ace",
            "FootyFan_Leo"} <= set(people.usernames)
    # Mei is said once, whole, as her certificate spells her; Year 6's stories are not
    # Year 4's slides.
    assert "Mei" not in people.names and "Amara" not in people.everyone
    assert story_places(_for_year("ks2", 4)) == (("Elm Road",), ("Hillside Primary",))


def test_year_6_lists_its_own_stories_and_not_year_4s() -> None:
    people = story_people(_for_year("ks2", 6))
    assert {"Owen", "Lola Hart", "Amara", "Nia", "Jo"} <= set(people.names)
    # The four Year 6 usernames the hand list left out.
    assert {"Lag_Lord", "StrumBuddy", "Melody_Mo", "Roamer_22", "NewMate_Y7"} \
        <= set(people.usernames)
    assert not {"Kofi", "Zainab", "StarFan_J"} & set(people.everyone)


def test_ks4_lists_the_usernames_and_the_people_its_prose_introduces() -> None:
    people = story_people(_lesson("ks4"))
    # max_gg and jess_xo were missing; Nia is met only in a task (her message to Amara), "Jess" is
    # the fake profile's name.
    assert {"max_gg", "jess_xo"} <= set(people.usernames)
    assert {"Ravi", "Amara", "Nia", "Jess"} <= set(people.names)


def test_ks1_leaves_out_family_words_and_titles() -> None:
    people = story_people(_lesson("ks1"))
    assert {"Pip", "Olly"} <= set(people.names)
    assert not {"Granny", "Grandad", "Pop-up", "Pip the rabbit"} & set(people.everyone)


def test_ks1_lists_only_the_commenter_its_show_pops_up() -> None:
    """Olly's show pops up one message (ZoomZoom's): the story's other two commenters are
    drawn on no slide, so no pupil is picked out by them and the plan does not list them."""
    people = story_people(_lesson("ks1"))
    assert people.usernames == ("ZoomZoom",), people
    assert not {"MoonFan", "StarBadge"} & set(people.everyone)


def test_the_parents_evening_lists_its_phases_children_and_handles_as_usernames() -> None:
    """A primary school's evening tells Leo's and Amira's stories: the names a whole-school
    evening reads aloud to every family (never the secondary version's Tobi, whom only the
    all-through version's note names). A one-word handle on a
    stream's account ("BlockyBen") is a username, not a child's name."""
    session = load().items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    people = story_people(session.for_phase("primary"))
    assert {"Leo", "Amira"} <= set(people.names), people
    assert {"BlockyBen", "PetPals", "Jay_11", "GemGiver"} <= set(people.usernames), people
    assert not {"BlockyBen", "PetPals"} & set(people.names)
    # The secondary stories (Mia's) are not a primary evening's.
    assert "Mia" not in people.everyone and "Tobi" not in people.everyone


def test_a_childs_name_spelt_like_a_handle_stays_a_name() -> None:
    """The content says which account is a username: a story whose child is McKenzie, on
    her dad DeShawn's account, lists both as names (a spelling test filed them as usernames,
    and the brief's short row left them out)."""
    lesson = _for_year("ks2", 4).model_copy(deep=True)
    (zainab,) = [sc for sc in scenarios_in(lesson) if sc.character == "Zainab"]
    # The copy's own story, renamed in place: validation is the content loader's test.
    object.__setattr__(zainab, "character", "McKenzie")
    object.__setattr__(zainab, "account", "DeShawn (McKenzie's dad)")
    people = story_people(lesson)
    assert {"McKenzie", "DeShawn"} <= set(people.names), people
    assert not {"McKenzie", "DeShawn"} & set(people.usernames), people


def test_every_names_check_is_filled_from_its_stories() -> None:
    for audience in ("ks1", "ks2", "ks3", "ks4"):
        lesson = _lesson(audience)
        notes = lesson.safeguarding.notes
        assert any(STORY_NAMES in n.text for n in notes if n.role == "names"), audience
        (said,) = names_check(notes, lesson)
        assert STORY_NAMES not in said
        for name in story_people(lesson).everyone:
            assert name in said, (audience, name)


def test_a_concern_about_the_head_goes_to_the_named_person_or_a_field() -> None:
    step = next(s for s in _lesson("ks2").safeguarding.disclosure if s.role == "staff_concern")
    named = DEFAULT_BRAND.model_copy(update={
        "org_name": "Riverside Academy", "headteacher": "Mrs Angela Brooks",
        "head_concerns_to": "Dr Femi Adeleke (CEO, Riverside Learning Trust)"})
    (own,) = [s for s in visiting.disclosure(_lesson("ks2"), named, [step])]
    assert own.startswith("About a member of staff or another adult in school? Tell Mrs "
                          "Angela Brooks (Headteacher) at once (who involves the LADO), never "
                          "the person concerned")
    assert own.endswith("about the head, Dr Femi Adeleke (CEO, Riverside Learning Trust).")
    # Unknown: a field whose words still send it the right way, never "the chair of
    # governors" alone (a trust's staff would go to the wrong person).
    (draft,) = visiting.disclosure(_lesson("ks2"), DEFAULT_BRAND, [step])
    assert draft.endswith(f"about the head, {HEAD_CONCERNS_FIELD}.")
    assert "academy trust" in HEAD_CONCERNS_FIELD


# Words on a slide or sheet shaped like a name that are no one in a story: apps, times,
# contractions ("Let's"), and people said by what they are to the child.
_NOT_NAMES = frozenset({"TikTok", "YouTube", "PowerPoint", "Let", "It", "He", "She",
                        "Today", "Dad", "Mum", "Grandma", "Gran", "Childline", "Draft"})
_USERNAME = re.compile(r"\b\w*(?:_\w+|\d+[A-Za-z]\w*|[a-z][A-Z]\w*)\b")
_TIME = re.compile(r"^\d+(?:am|pm|s)$")
_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+)['’]s\b")
_QUOTED = re.compile(r"[\"“]([A-Z][a-z]+)[\"”]")
_AGED = re.compile(r"\b([A-Z][a-z]+), (?:\d{1,2}|[a-z]*teen|nine|ten|eleven|twelve)\b")


def _slide_text(path: Path) -> str:
    out: list[str] = []

    def walk(shape: object) -> None:
        if getattr(shape, "has_text_frame", False):
            out.append(shape.text_frame.text)  # type: ignore[attr-defined]
        for inner in getattr(shape, "shapes", ()):
            walk(inner)
        if getattr(shape, "has_table", False):
            out.extend(c.text for r in shape.table.rows  # type: ignore[attr-defined]
                       for c in r.cells)

    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            walk(shape)
    return "\n".join(out)


def _doc_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _names_on(text: str) -> set[str]:
    """What the pupils' slides and sheets show that looks like a person: usernames, and
    names said with a possessive, an age or in quotes."""
    found = {u for u in _USERNAME.findall(text) if not _TIME.match(u)}
    for pattern in (_POSSESSIVE, _QUOTED, _AGED):
        found |= set(pattern.findall(text))
    return found - _NOT_NAMES


def _names_line(plan: Path) -> str:
    (line,) = [p.text for p in docx.Document(str(plan)).paragraphs
               if p.text.startswith("Names: ")]
    return line


@pytest.mark.parametrize(("brand", "audience", "folder"), [
    ("oakfield-primary", "ks2", "live-streaming-ks2-year-4"),
    ("riverside-academy", "ks4", "live-streaming-ks4"),
])
def test_every_name_on_the_packs_slides_and_sheets_is_on_its_names_check(
        tmp_path: Path, brand: str, audience: str, folder: str) -> None:
    assert main(["build", "-k", audience, "-q", "--out", str(tmp_path),
                 "--brand", str(EXAMPLES / f"brands/{brand}/brand.yml")]) == 0
    pack = tmp_path / folder
    shown = _names_on(_slide_text(next(pack.glob("*-slides.pptx")))
                      + _doc_text(next(pack.glob("*-worksheet.docx"))))
    line = _names_line(next(pack.glob("*-lesson-plan.docx")))
    listed = set(re.findall(r"[\w’'-]+", line))
    assert shown, "the scan found no names at all"
    assert not shown - listed, (sorted(shown - listed), line)


def test_every_username_on_ks1s_names_check_is_on_its_slides(tmp_path: Path) -> None:
    """The other way round: the plan lists no one the children never see (KS1's listed
    MoonFan and StarBadge, on no slide or sheet)."""
    assert main(["build", "-k", "ks1", "-q", "--out", str(tmp_path)]) == 0
    pack = tmp_path / "live-streaming-ks1"
    shown = _slide_text(next(pack.glob("*-slides.pptx")))
    # The list only: the line goes on to name the field a rename goes in (character_names).
    line = _names_line(next(pack.glob("*-lesson-plan.docx"))).split("If one does")[0]
    listed = re.findall(r"\b[A-Z][a-z]+[A-Z]\w*|\w+_\w+", line)
    assert listed == ["ZoomZoom"], line
    assert all(name in shown for name in listed), line


def test_the_visit_dates_the_names_check_and_the_handover_opens_with_it(
        brightpath_at_ashgrove: Path) -> None:
    brief = next(brightpath_at_ashgrove.glob("*visit-brief*.docx"))
    rows = [[c.text for c in r.cells] for t in docx.Document(str(brief)).tables
            for r in t.rows]
    (row,) = [r for r in rows if r[1:2] == ["Names check"] and len(r) == 4]
    # Due with the DSL's photos, so a match is rebuilt with them before the head approves
    # the letters and the DSL signs the plans (it came after both on Tue 5 Jan); the class
    # teachers own their handovers' names, the office the evening's.
    assert row[0] == "Wed 16 Dec" and row[2] == "Class teachers and office", row
    # Every name in full, the office's to check without the slides: each class's, its
    # places, and the evening's children and usernames (never the secondary Tobi).
    assert row[3].startswith("Year 2: Pip, Olly; username ZoomZoom. Year 4: Zainab, Dev, "
                             "Mei Chen, Bea, Kofi; usernames FootyFan_Leo, "), row
    assert "StarFan_J; Elm Road; Hillside Primary. Evening (every family): Leo, Amira; " \
        "usernames BlockyBen, LeosDad_Tom, " in row[3], row
    assert all(u in row[3] for u in ("GemGiver", "CastleQueen", "PuppyLove", "Jay_11",
                                     "Biscuit22")) and "Tobi" not in row[3], row
    assert row[3].endswith("A pupil or family with one of these names, or at one of these "
                           "places: tell Sam Carter, who renames it."), row
    order = [r[1] for r in rows if len(r) == 4]  # the table of every job
    assert order.index("Names check") < order.index("Slides with the photos") \
        < order.index("Letters and invitation") < order.index("Safeguarding checklists")
    for year, names in (("ks1", "Pip or Olly, or known online as ZoomZoom?"),
                        ("ks2", "Zainab, Dev, Mei Chen, Bea or Kofi, or known online as "
                                "FootyFan_Leo, ")):
        handover = brightpath_at_ashgrove / f"live-streaming-{year}" / \
            f"live-streaming-{year}-handover.docx"
        paragraphs = [p.text for p in docx.Document(str(handover)).paragraphs]
        before = paragraphs[paragraphs.index("Before the lesson") + 1]
        assert before.startswith(f"By Wed 16 Dec: is a pupil called {names}"), before
        assert before.endswith("A match: tell Sam Carter, who renames it."), before
        if year == "ks2":
            assert "Does any pupil live on Elm Road, or is a school nearby called Hillside " \
                "Primary?" in before, before
        after = paragraphs[paragraphs.index("After the lesson") + 1:]
        # The plans' one rule: back to pupils or shredded.
        assert ("Sheets: any with a concern to Mrs Okafor that day; the rest back to pupils "
                "or shredded this term.") in after, after


def test_every_lesson_plans_disclosure_box_has_the_staff_line(
        brightpath_at_ashgrove: Path) -> None:
    for year in ("ks1", "ks2"):
        plan = brightpath_at_ashgrove / f"live-streaming-{year}" / \
            f"live-streaming-{year}-lesson-plan.docx"
        text = _doc_text(plan)
        assert ("About a member of staff or another adult in school? Tell Mrs Sarah "
                "Whitfield (Headteacher) at once (who involves the LADO), never the person "
                "concerned; about the "
                "head, Mr Colin Ward (Chair of Governors).") in text
