"""KS1 pictures say their meaning alone (five-year-olds cannot read the words under them):
"Nobody." is no person, Granny, Grandad and Olly's dad are recognisable characters, and the trusted
grown-ups on the help card are warm faces, not the grey outline "Nobody" once was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pptx.enum.shapes import MSO_SHAPE_TYPE

from built_decks import built_deck, shown
from lessonpack.content.picture_library import builtin_library
from lessonpack.plan import pictures as defaults

# Library pictures of a person or a person's outline: "Nobody." must be none of them.
PEOPLE = ("person", "stranger", "people", "grown-up", "grown-up-2", "grandparent", "grandad",
          "dad", "teacher", "safety-lead", "child", "boy", "girl")


def _sha(name: str) -> str:
    picture = builtin_library().get(name)
    assert picture is not None, name
    return picture.sha1


def _pictures_by_card_text(slide: object) -> dict[str, str]:
    """Each picture on a slide by the text of the card it sits on (the text box whose left
    edge is nearest under it), as a pupil sees the pair."""
    pictures, texts = [], []
    for shape in slide.shapes:  # type: ignore[attr-defined]
        shapes = shape.shapes if shape.shape_type == MSO_SHAPE_TYPE.GROUP else [shape]
        for sh in shapes:
            if sh.shape_type == MSO_SHAPE_TYPE.PICTURE:
                pictures.append(sh)
            elif sh.has_text_frame and sh.text_frame.text.strip():
                texts.append(sh)
    found = {}
    for text in texts:
        below = [p for p in pictures if p.top < text.top
                 and abs((p.left + p.width / 2) - (text.left + text.width / 2)) < text.width / 2]
        if below:
            found[text.text_frame.text.strip()] = max(below, key=lambda p: p.top).image.sha1
    return found


def test_nobody_is_not_drawn_as_a_person() -> None:
    nobody = _sha("nobody")
    assert nobody not in {_sha(name) for name in PEOPLE}


def test_the_exit_checks_nobody_card_shows_not_telling(built_packs: Path) -> None:
    """"Nobody." is telling no one: the zipped mouth, as "Keep it secret." is (both the
    wrong answer for the one idea the lesson teaches, to tell). Year 2 did not read the
    empty chair as "nobody"; never a person, whom a child could take for someone to tell."""
    seen = {}
    for slide in shown(built_deck(built_packs, "ks1").slides):
        seen.update(_pictures_by_card_text(slide))
    # Telling nobody is keeping quiet: the zipped-mouth face (the empty chair was not read
    # as "nobody"), never a person.
    assert seen.get("Nobody.") == _sha("zip-mouth"), seen.keys()
    assert seen["Nobody."] not in {_sha(name) for name in PEOPLE}
    trusted = seen.get("A grown-up you trust.")
    assert trusted is not None and trusted != seen["Nobody."]


def test_granny_and_grandad_differ_in_shape_not_only_colour() -> None:
    """A prop of each (not fur colour alone: the two were the same rabbit twice) changes the
    picture's outline, which a child sees even on a washed-out projector."""
    library = builtin_library()
    outlines = []
    for name in ("rabbit-granny", "rabbit-grandad", "rabbit"):
        picture = library.get(name)
        assert picture is not None
        with Image.open(picture.path) as image:
            outlines.append(image.convert("RGBA").getchannel("A").point(lambda a: a > 128))
    granny, grandad, rabbit = (o.tobytes() for o in outlines)
    assert granny != grandad
    assert granny != rabbit and grandad != rabbit


def _colours(name: str) -> list[tuple[int, int, int]]:
    """The picture's drawn pixels that have a colour (not grey), coarsely quantised."""
    picture = builtin_library().get(name)
    assert picture is not None
    with Image.open(picture.path) as image:
        raw = image.convert("RGBA").tobytes()
    pixels = [tuple(raw[i:i + 3]) for i in range(0, len(raw), 4) if raw[i + 3] > 200]
    return [(r // 48, g // 48, b // 48) for r, g, b in pixels if max(r, g, b) - min(r, g, b) > 60]


def test_ollys_dad_wears_something_olly_does_not() -> None:
    """Olly and his dad were one owl in two colours: Dad's tie is a patch of a colour
    Olly's picture has nowhere (his feathers made grey add only greys)."""
    olly = set(_colours("owl"))
    dad = _colours("owl-dad")
    new = [c for c in dad if c not in olly]
    assert len(new) > len(dad) * 0.03, len(new)


def test_the_trusted_grown_up_is_not_a_grey_outline() -> None:
    trusted = defaults.HELPLINE_PICTURES["trusted_adult"]
    assert _sha(trusted) not in {_sha("nobody"), _sha("stranger"), _sha("people")}
    picture = builtin_library().get(trusted)
    assert picture is not None
    with Image.open(picture.path) as image:
        # Warm faces: most of the drawn pixels are coloured, not grey.
        raw = image.convert("RGBA").tobytes()
        drawn = [raw[i:i + 4] for i in range(0, len(raw), 4) if raw[i + 3] > 200]
        coloured = [p for p in drawn if max(p[:3]) - min(p[:3]) > 60]
        assert len(coloured) > len(drawn) / 2


def test_a_plain_deck_keeps_a_line_icon_for_the_trusted_grown_up() -> None:
    assert builtin_library().get(f"plain-{defaults.HELPLINE_PICTURES['trusted_adult']}")


@pytest.mark.parametrize("audience", ["ks1", "ks2"])
def test_the_teacher_picture_stands_only_for_a_trusted_grown_up(built_packs: Path,
                                                                audience: str) -> None:
    """One teacher at a blackboard stood for a ground rule ("Worried? Tell a grown-up."),
    the key word "trusted grown-up" and the school's safeguarding lead: in a deck where the
    picture carries the meaning, any grown-up you trust and the one named lead blurred.
    The teacher is on the key word's card only; the rule shows someone telling. The lead's
    card, without the DSL's photo, shows a grown-up with a staff badge, at a photo's size
    (never an empty "Photo of" frame: it looked unfinished)."""
    teacher, lead = _sha("teacher"), _sha("safety-lead")
    said: dict[str, set[str]] = {}
    for slide in shown(built_deck(built_packs, audience).slides):
        for text, sha in _pictures_by_card_text(slide).items():
            said.setdefault(sha, set()).add(" ".join(text.lower().split()))
    on_teacher = said.get(teacher, set())
    # KS1's key word cards stand their words under the picture (KS2's beside it).
    assert any("trusted" in t for t in on_teacher) or audience != "ks1", on_teacher
    assert not any("worried" in t or "safe" in t for t in on_teacher), on_teacher
    # The lead's card says what the lead does, or (an unfilled draft) asks for the lead's name.
    assert any("safe" in t or "[dsl's name]" in t for t in said.get(lead, set())), said.get(lead)
    assert not [sh for slide in shown(built_deck(built_packs, audience).slides)
                for sh in slide.shapes if "photo frame" in sh.name]


def test_the_lead_and_the_deputy_are_two_drawn_people_not_one_recoloured() -> None:
    """KS1's help slide shows the DSL and the deputy side by side: drawn as one figure in two
    shirt colours they read as twins (designer). The deputy's lines (face, glasses, smile,
    collar) differ from the lead's, not only the colour of the jacket."""
    library = builtin_library()

    def ink(name: str) -> set[tuple[int, int]]:
        picture = library.get(name)
        assert picture is not None
        image = Image.open(picture.path).convert("RGBA")
        return {(x, y) for x in range(0, image.width, 2) for y in range(0, image.height, 2)
                if (px := image.getpixel((x, y)))[3] > 128 and max(px[:3]) < 100}

    lead, deputy = ink("safety-lead"), ink("safety-deputy")
    assert lead and deputy
    assert len(lead ^ deputy) > 0.5 * len(lead), (len(lead), len(deputy), len(lead ^ deputy))
