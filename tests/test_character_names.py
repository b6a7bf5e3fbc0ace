"""A character a pupil shares a name with is renamed from the school's file, everywhere the
pack says it (Brand.character_names): the way to teach tomorrow when the names check finds
one."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pydantic import ValidationError

from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND, Brand

ROOT = Path(__file__).resolve().parent.parent
OAKFIELD = ROOT / "examples/brands/oakfield-primary"


def _words(path: Path) -> str:
    """Every word a .docx or .pptx holds, its runs joined."""
    with zipfile.ZipFile(path) as z:
        xml = " ".join(z.read(n).decode("utf8") for n in z.namelist() if n.endswith(".xml"))
    return re.sub(r"<[^>]+>", "", xml)


def test_a_renamed_character_is_renamed_in_every_file(tmp_path: Path) -> None:
    brand = tmp_path / "brand" / "brand.yml"
    brand.parent.mkdir()
    (brand.parent / "logo.png").write_bytes((OAKFIELD / "logo.png").read_bytes())
    text = (OAKFIELD / "brand.yml").read_text(encoding="utf8")
    brand.write_text(text + '\ncharacter_names: {Owen: Theo, Roamer_22: Rover_81}\n',
                     encoding="utf8")
    main(["build", "-k", "ks2", "--class", "Year 6", "--brand", str(brand),
          "--out", str(tmp_path / "out")])
    files = sorted((tmp_path / "out").rglob("*.*x"))
    names = {f.name.split("year-6-")[1] for f in files}
    assert {"slides.pptx", "worksheet.docx", "lesson-plan.docx"} <= names, names
    said = {f.name: _words(f) for f in files}
    for name, words in said.items():
        assert not re.search(r"\bOwen\b|Roamer_22", words), name
    assert "Theo" in said["live-streaming-ks2-year-6-slides.pptx"]
    assert "Rover_81" in said["live-streaming-ks2-year-6-worksheet.docx"]
    # The plan's names check lists the new names, which the class is checked against.
    plan = said["live-streaming-ks2-year-6-lesson-plan.docx"]
    assert re.search(r"Names: .*\(Theo, ", plan)


def test_a_name_renamed_in_both_maps_is_refused() -> None:
    """place_names and character_names are applied together: a name in both would take
    whichever new name merged last, so the brand file is refused, naming it."""
    data = DEFAULT_BRAND.model_dump()
    fine = {**data, "place_names": {"Elm Road": "Larch Close"},
            "character_names": {"Owen": "Theo"}}
    assert Brand.model_validate(fine).character_names == {"Owen": "Theo"}
    with pytest.raises(ValidationError, match="Owen is renamed in place_names and in "
                                              "character_names"):
        Brand.model_validate({**fine, "place_names": {"Owen": "Larch"}})
