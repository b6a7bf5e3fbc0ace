"""The school's details form is the brand file: every brand field has an input, what is typed
becomes a brand file the CLI reads back unchanged, and fields added to Brand later appear."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest
from pydantic import ConfigDict

from lessonpack.content.brand import Brand, load_brand
from lessonpack.web import brandform


def test_every_brand_field_has_an_input() -> None:
    # logo_of (whose logo it is) is set only by build --school, never typed.
    # classes is a list (one class a key stage): the form's class_name is the first;
    # class_sizes and lesson_times mappings by class, written in a school file; place_names
    # and character_names mappings of a story's places and people, written in the file too.
    assert set(Brand.model_fields) == {*brandform.scalar_fields(), "logo", "extra_helplines",
                                       "logo_of", "classes", "class_sizes", "lesson_times",
                                       "place_names", "character_names"}


def test_what_is_typed_is_read_back_by_the_cli_unchanged(tmp_path: Path) -> None:
    typed = {"org_name": 'Ysgol "Glan" Morfa: #1 — école', "footer": "a\\b 'quoted' {x}",
             "primary": "#14213d", "safeguarding_lead": "Ms Ó Súilleabháin (DSL)"}
    values = {**brandform.defaults(), **typed}
    (tmp_path / "brand.yml").write_bytes(brandform.brand_yaml(values))
    brand = load_brand(tmp_path / "brand.yml").brand
    assert brand.org_name == typed["org_name"] and brand.footer == typed["footer"]
    assert brand.primary == "#14213D" and brand.safeguarding_lead == typed["safeguarding_lead"]


def test_a_typed_line_break_or_control_character_is_named_not_obeyed(tmp_path: Path) -> None:
    values = {**brandform.defaults(), "org_name": "Oakfield\nlogo: /etc/passwd\x00"}
    (tmp_path / "brand.yml").write_bytes(brandform.brand_yaml(values))
    with pytest.raises(Exception, match="control character U\\+0000"):
        load_brand(tmp_path / "brand.yml")


class _LaterBrand(Brand):
    """Brand with fields of the kinds the documents' work adds (text, yes/no, a choice)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    address: str = ""
    reply_slip: bool = True
    phase: Literal["primary", "secondary", "all"] | None = None
    motto: str = ""


def test_fields_added_to_brand_later_get_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(brandform, "Brand", _LaterBrand)
    specs = {s.name: s for _, _, group in brandform.groups() for s in group}
    assert specs["address"].label == "Postal address"
    assert specs["reply_slip"].kind == "check"
    assert specs["phase"].kind == "choice"
    assert specs["phase"].choices == ("primary", "secondary", "all")
    assert specs["motto"].label == "Motto"  # no label written for it: one made from its name
    assert brandform.defaults()["reply_slip"] == "true"
    unticked = brandform.read_values({"phase": "primary", "address": "1 High St"})
    assert unticked["reply_slip"] == "false"
    text = brandform.brand_yaml(unticked).decode()
    assert 'phase: "primary"' in text and "reply_slip: false" in text
    assert 'address: "1 High St"' in text


def test_fields_added_later_are_drawn_with_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("starlette")
    from types import SimpleNamespace

    from lessonpack.web.page import render_page

    monkeypatch.setattr(brandform, "Brand", _LaterBrand)
    html = render_page(SimpleNamespace(catalogue=[], office=False)).body.decode()  # type: ignore[arg-type]
    assert '<label for="f-address">Postal address</label>' in html
    assert 'type="checkbox" id="f-reply_slip" name="reply_slip" value="true"' in html
    assert '<label for="f-reply_slip">Add a reply slip to the letter home</label>' in html
    assert '<option value="secondary">Secondary</option>' in html
    assert '<label for="f-motto">Motto</label>' in html


def test_load_brand_can_replace_the_files_logo_path(tmp_path: Path) -> None:
    """What the page relies on: a logo: path in an uploaded file is never followed."""
    from lessonpack.errors import UserError

    logo = Path(__file__).parents[1] / "examples" / "brands" / "oakfield-primary" / "logo.png"
    (tmp_path / "brand.yml").write_text('org_name: Oakfield\nlogo: /etc/passwd\n')
    (tmp_path / "logo.png").write_bytes(logo.read_bytes())
    with pytest.raises(UserError, match="/etc/passwd"):  # the CLI follows it, as documented
        load_brand(tmp_path / "brand.yml")
    assert load_brand(tmp_path / "brand.yml", logo=None).brand.logo is None
    chosen = load_brand(tmp_path / "brand.yml", logo=Path("logo.png")).brand
    assert chosen.logo == (tmp_path / "logo.png").resolve()
