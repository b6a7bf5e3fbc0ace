"""The DSL's photo on the pupils' "Who can help" card (brand ``dsl_photo``): in a circle,
named in its alt text. Without one, a primary deck's school card shows the drawn staff
figure at a photo's size, the name under it: never an empty frame (it looked unfinished),
never a card without a picture."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

from PIL import Image
from pptx import Presentation
from pptx.oxml.ns import qn

from built_decks import pack_file, slides_file
from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import load_brand
from lessonpack.content.picture_library import builtin_library
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan.lesson_deck import plan_lesson_deck

ROOT = Path(__file__).resolve().parents[1]


def _ellipse_pictures(deck: Any) -> list[Any]:
    return [sh for s in deck.slides for sh in s.shapes if sh.shape_type == 13
            and sh._element.find(f"{qn('p:spPr')}/{qn('a:prstGeom')}").get("prst") == "ellipse"]


def test_dsl_photo_in_a_circle_on_the_help_card(tmp_path: Path) -> None:
    brand_dir = tmp_path / "brand"
    shutil.copytree(ROOT / "examples" / "brands" / "oakfield-primary", brand_dir)
    Image.new("RGB", (300, 400), (180, 140, 120)).save(brand_dir / "dsl.png")  # portrait
    brand = brand_dir / "brand.yml"
    brand.write_text(brand.read_text(encoding="utf-8") + "dsl_photo: dsl.png\n",
                     encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "--brand", str(brand), "--out", str(out),
                 "--quiet"]) == 0
    # Oakfield names a Year 4 and a Year 6 class: the Year 4 pack.
    deck = Presentation(str(pack_file(out, "ks2", "slides.pptx")))
    (photo,) = _ellipse_pictures(deck)
    assert photo.name.startswith("Help card")
    assert photo.width == photo.height  # a circle, the portrait cropped to its middle
    assert photo.crop_top > 0 and photo.crop_left == 0
    assert "Mrs Priya Shah" in photo._element.nvPicPr.cNvPr.get("descr")
    # The photo is the DSL's face: no empty frames beside it.
    assert not [sh for s in deck.slides for sh in s.shapes if "photo frame" in sh.name]


def test_a_school_without_a_photo_gets_a_drawn_figure_not_a_frame(tmp_path: Path) -> None:
    """An empty "Photo of Mrs Shah" frame looked unfinished on the slide a class ends on
   ; a 0.4 in figure read as clip art. The drawn staff
    figure at a photo's size, the name under it, is a finished card."""
    brand = ROOT / "examples" / "brands" / "oakfield-primary" / "brand.yml"
    assert main(["build", "-a", "ks1", "-a", "ks2", "--brand", str(brand), "--out",
                 str(tmp_path), "--quiet"]) == 0
    lead, deputy = (builtin_library().get(n).sha1 for n in ("safety-lead", "safety-deputy"))
    for audience in ("ks1", "ks2"):
        deck = Presentation(str(pack_file(tmp_path, audience, "slides.pptx")))
        slide = next(s for s in deck.slides if any(sh.name == "Help card 1" for sh in s.shapes))
        shapes = {sh.name: sh for sh in slide.shapes}
        assert not [n for n in shapes if "photo" in n.lower()], audience
        first = shapes["Help card 1 picture"]
        assert first.image.sha1 == lead, audience
        # A photo's size, not an icon's: 0.9 in at least by what is drawn (cropped to it).
        assert max(first.width, first.height) >= int(0.9 * 914400), (audience, first.width)
        alt = first._element.nvPicPr.cNvPr.get("descr")
        assert alt.startswith("A drawing of Mrs Shah"), (audience, alt)
        # The name under the figure.
        heading = shapes["Help card 1 heading"]
        assert "Shah" in heading.text_frame.text and heading.top >= first.top + first.height
        if audience == "ks1":
            # KS1's two adults each drawn as a figure of their own, as large as the lead.
            second = shapes["Help card 2 picture"]
            assert second.image.sha1 == deputy
            assert max(second.width, second.height) == max(first.width, first.height)
            assert "Adeyemi" in second._element.nvPicPr.cNvPr.get("descr")
        sizes = {max(r.font.size.pt for p in shapes[name].text_frame.paragraphs
                     for r in p.runs)
                 for name in ("Help card 1 heading", "Help card 2 heading")}
        assert len(sizes) == 1, (audience, sizes)
        # No empty frame anywhere in the deck.
        assert not [sh for s in deck.slides for sh in s.shapes if "photo frame" in sh.name]


def test_no_photo_no_frame(built_packs: Path) -> None:
    for audience in ("ks1", "ks2", "ks3", "ks4"):
        deck = Presentation(str(built_packs / f"live-streaming-{audience}" /
                                slides_file(audience)))
        assert _ellipse_pictures(deck) == [], audience
        texts = [sh.text_frame.text for s in deck.slides for sh in s.shapes
                 if sh.has_text_frame]
        assert not [t for t in texts if "photo]" in t.lower()], audience


def test_a_missing_photo_is_refused_naming_the_field(tmp_path: Path, capsys: Any) -> None:
    brand_dir = tmp_path / "brand"
    shutil.copytree(ROOT / "examples" / "brands" / "oakfield-primary", brand_dir)
    brand = brand_dir / "brand.yml"
    brand.write_text(brand.read_text(encoding="utf-8") + "dsl_photo: nobody.png\n",
                     encoding="utf-8")
    assert main(["build", "-k", "ks2", "--brand", str(brand), "--out",
                 str(tmp_path / "out"), "--quiet"]) != 0
    err = capsys.readouterr().err
    assert "dsl_photo" in err and "nobody.png" in err


def _brand_with_photo(tmp_path: Path, photo: str) -> Path:
    brand_dir = tmp_path / "brand"
    shutil.copytree(ROOT / "examples" / "brands" / "oakfield-primary", brand_dir)
    brand = brand_dir / "brand.yml"
    brand.write_text(brand.read_text(encoding="utf-8") + f"dsl_photo: {photo}\n",
                     encoding="utf-8")
    return brand


def test_a_bad_photo_is_one_line_naming_file_line_and_field(tmp_path: Path,
                                                            capsys: Any) -> None:
    # A missing file and a file that is not a picture: the user's mistake (exit 1), one
    # positioned LP150 line each, never "a bug in lessonpack" (exit 3).
    brand = _brand_with_photo(tmp_path, "nobody.png")
    line = len(brand.read_text(encoding="utf-8").splitlines())
    assert main(["build", "-k", "ks2", "--brand", str(brand), "--out",
                 str(tmp_path / "out"), "--quiet"]) == 1
    (said,) = [x for x in capsys.readouterr().err.splitlines() if "error[" in x]
    assert said.startswith(f"{brand}:{line}:12: error[LP150] dsl_photo: photo file "
                           "nobody.png not found"), said
    (brand.parent / "notes.png").write_text("not a picture", encoding="utf-8")
    brand.write_text(brand.read_text(encoding="utf-8").replace("nobody.png", "notes.png"),
                     encoding="utf-8")
    assert main(["build", "-k", "ks2", "--brand", str(brand), "--out",
                 str(tmp_path / "out"), "--quiet"]) == 1
    (said,) = [x for x in capsys.readouterr().err.splitlines() if "error[" in x]
    assert said.endswith("error[LP150] dsl_photo: notes.png is not a PNG or JPEG image"), said


def test_the_planner_places_the_photo_the_loader_read(tmp_path: Path) -> None:
    # Only the loader reads files: once the brand is loaded, the deck is planned with the
    # photo's file gone (a spawned worker in another folder, a file moved meanwhile).
    brand_file = _brand_with_photo(tmp_path, "dsl.png")
    Image.new("RGB", (40, 40), (180, 140, 120)).save(brand_file.parent / "dsl.png")
    brand = load_brand(brand_file).brand
    assert brand.dsl_photo is not None
    digest = hashlib.sha1((brand_file.parent / "dsl.png").read_bytes()).hexdigest()
    (brand_file.parent / "dsl.png").unlink()
    index = load()
    plan = plan_lesson_deck(index.items["live-streaming-ks2"].item, index.facts, brand)
    cards = [c for s in plan.slides if isinstance(s.payload, SignpostingSlide)
             for c in s.payload.signposts]
    (photo,) = [c.picture for c in cards if c.picture is not None
                and c.picture.path == str(brand.dsl_photo.path)]
    assert photo.sha1 == digest and "Mrs Priya Shah" in photo.alt


def test_ks1_shows_each_adults_photo_on_their_own_card(tmp_path: Path) -> None:
    brand = _brand_with_photo(tmp_path, "dsl.png")
    brand.write_text(brand.read_text(encoding="utf-8") + "deputy_dsl_photo: deputy.png\n",
                     encoding="utf-8")
    Image.new("RGB", (60, 60), (180, 140, 120)).save(brand.parent / "dsl.png")
    Image.new("RGB", (60, 60), (90, 70, 60)).save(brand.parent / "deputy.png")
    out = tmp_path / "out"
    assert main(["build", "-k", "ks1", "--brand", str(brand), "--out", str(out),
                 "--quiet"]) == 0
    deck = Presentation(str(out / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"))
    photos = {sh.name: sh._element.nvPicPr.cNvPr.get("descr")
              for sh in _ellipse_pictures(deck)}
    assert set(photos) == {"Help card 1 picture", "Help card 2 picture"}
    assert "Mrs Priya Shah" in photos["Help card 1 picture"]
    assert "Mr Ben Adeyemi" in photos["Help card 2 picture"]


def test_a_missing_deputy_photo_names_its_field(tmp_path: Path, capsys: Any) -> None:
    brand = _brand_with_photo(tmp_path, "dsl.png").parent / "brand.yml"
    Image.new("RGB", (40, 40), (180, 140, 120)).save(brand.parent / "dsl.png")
    brand.write_text(brand.read_text(encoding="utf-8") + "deputy_dsl_photo: nobody.png\n",
                     encoding="utf-8")
    assert main(["build", "-k", "ks1", "--brand", str(brand), "--out",
                 str(tmp_path / "out"), "--quiet"]) == 1
    (said,) = [x for x in capsys.readouterr().err.splitlines() if "error[" in x]
    assert "deputy_dsl_photo: photo file nobody.png not found" in said, said
