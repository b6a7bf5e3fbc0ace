"""The web page over HTTP (Starlette's test client): the form, the zip, the errors in the CLI's
words beside their fields, hostile uploads, headers, limits and sign-in."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from pptx import Presentation

from lessonpack.content.brand import load_brand
from planned_files import planned_for
from web_support import LOGO, ROOT, Page, client, form, leftovers, png_upload, zip_names

BAD_INPUTS = ROOT / "tests" / "bad_inputs"
BAD_BRANDS = ROOT / "tests" / "bad_brands"


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("web-temp")


@pytest.fixture(scope="module")
def web(root: Path) -> Iterator:
    yield from client(root)


@pytest.fixture(autouse=True)
def _nothing_kept(root: Path) -> Iterator[None]:
    yield
    # Only the server's own (empty) folder may remain between requests.
    assert [p for p in leftovers(root) if p.parent != root or p.is_file()] == []
    assert all(not any(p.iterdir()) for p in root.iterdir())


def cli_message(expected: Path, field: str) -> str:
    """The message of the CLI's expected line for ``field``, without file and position."""
    for line in expected.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^.*?: (error|warning)\[(LP\d+)\] " + re.escape(field) + r": (.*)$",
                         line)
        if match:
            return match.group(3)
    raise AssertionError(f"no {field} line in {expected}")


# --------------------------------------------------------------------------- the page


def test_page_offers_every_audience_with_labels_for_every_field(web) -> None:
    response = web.get("/")
    assert response.status_code == 200
    page = Page(response.text)
    for audience in ("ks1", "ks2", "ks3", "ks4", "parents"):
        assert page.by_id(f"audience-{audience}") is not None
    assert "“Live means right now”" in response.text and "45 minutes" in response.text
    labelled = {a.get("for") for tag, a in page.elements if tag == "label"}
    for tag, attrs in page.elements:
        if tag in ("input", "select", "textarea") and attrs.get("type") != "hidden":
            assert attrs.get("id") in labelled, f"{tag} {attrs} has no label"
    # Content Security Policy without inline script or style: no inline code at all.
    assert all(attrs.get("src") and not body.strip() for attrs, body in page.scripts)
    assert not any("style" in attrs for _, attrs in page.elements)
    assert not any(k.startswith("on") for _, attrs in page.elements for k in attrs)
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
    assert '<html lang="en-GB">' in response.text


def test_ks1_pack_with_a_school_and_logo_downloads_as_one_zip(web) -> None:
    response = web.post("/download", data=form("ks1", org_name="Oakfield Primary School",
                                               safeguarding_lead="Mrs A Khan (DSL)"),
                        files=png_upload())
    assert response.status_code == 200, response.text[:2000]
    assert response.headers["content-type"] == "application/zip"
    assert response.headers["content-disposition"] == \
        'attachment; filename="live-streaming-ks1.zip"'
    assert response.headers["cache-control"] == "no-store"
    names = zip_names(response.content)
    assert names == ["live-streaming-ks1/live-streaming-ks1-cards.docx",
                     "live-streaming-ks1/live-streaming-ks1-lesson-plan.docx",
                     "live-streaming-ks1/live-streaming-ks1-letter-home-after.docx",
                     "live-streaming-ks1/live-streaming-ks1-letter-home.docx",
                     "live-streaming-ks1/live-streaming-ks1-slides.pptx",
                     "live-streaming-ks1/live-streaming-ks1-teacher-notes.docx",
                     "live-streaming-ks1/live-streaming-ks1-worksheet.docx"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    deck = Presentation(io.BytesIO(archive.read(names[4])))
    assert len(deck.slides) > 10
    assert any(shape.shape_type == 13 for layout in deck.slide_masters[0].slide_layouts
               for shape in layout.shapes) or any(
        shape.shape_type == 13 for shape in deck.slide_masters[0].shapes), "logo on master"
    plan = docx.Document(io.BytesIO(archive.read(names[1])))
    text = "\n".join([p.text for p in plan.paragraphs] + [
        c.text for t in plan.tables for r in t.rows for c in r.cells])
    assert "Mrs A Khan (DSL)" in text
    letter = docx.Document(io.BytesIO(archive.read(names[3])))
    header = "\n".join(p.text for s in letter.sections for p in s.header.paragraphs)
    assert "Oakfield Primary School" in header + "\n".join(p.text for p in letter.paragraphs)


def test_the_same_form_gives_the_same_zip(web) -> None:
    data = form("ks2", org_name="Riverside Academy", primary="#14213D")
    first = web.post("/download", data=data).content
    assert first[:2] == b"PK" and web.post("/download", data=data).content == first


def test_the_servers_stated_time_dates_the_zip_and_its_files(
        root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server's stated time (Settings.stated_time, read where it starts) is each job's:
    the zip's members and the files in it carry it, never the environment's, read again
    while a build ran (the zip took the process's time, the files the request's)."""
    september = dt.datetime(2026, 9, 1, 8, 0)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1")  # the builders inherit it: not to be read
    for stated in client(root, stated_time=september):
        response = stated.post("/download", data=form("ks1"))
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2026, 9, 1, 8, 0, 0)}
        deck = next(n for n in archive.namelist() if n.endswith(".pptx"))
        props = Presentation(io.BytesIO(archive.read(deck))).core_properties
    assert props.created == props.modified == september


def test_low_contrast_colour_is_named_beside_its_field_in_the_cli_words(web) -> None:
    response = web.post("/preview", data=form("ks1", accent="#FF8A00"))
    assert response.status_code == 422
    page = Page(response.text)
    expected = cli_message(BAD_BRANDS / "low-contrast" / "expected.txt", "accent")
    assert expected == "white text on #FF8A00 has contrast 2.3:1; WCAG AA needs 4.5:1"
    assert page.text("f-accent-error") == f"Error: {expected} (error LP151)"
    assert page.by_id("f-accent")["aria-invalid"] == "true"
    assert "f-accent-error" in page.by_id("f-accent")["aria-describedby"]
    assert f"Highlight colour: {expected}" in page.text("result")  # the summary links to it
    assert page.by_id("preview-title") is None


def test_no_audience_chosen_is_a_problem_beside_the_cards(web) -> None:
    response = web.post("/preview", data={"org_name": "Oakfield"})
    assert response.status_code == 422
    assert "Choose who the pack is for." in Page(response.text).text("audience-error")
    both = web.post("/download", data={"accent": "#FF8A00"})  # every problem at once
    assert both.status_code == 422
    page = Page(both.text)
    assert "Choose who the pack is for." in page.text("audience-error")
    assert "has contrast 2.3:1" in page.text("f-accent-error")


LOGO_CASES = [*sorted(p.name for p in BAD_INPUTS.glob("brand-logo-*")
                      if (p / "logo.png").is_file()), "svg-logo", "logo-not-image"]


@pytest.mark.parametrize("case", LOGO_CASES)
def test_hostile_logo_gives_the_cli_error_and_keeps_nothing(web, case: str) -> None:
    folder = BAD_INPUTS / case if (BAD_INPUTS / case).is_dir() else BAD_BRANDS / case
    logo = next(folder.glob("logo.*"))
    expected = cli_message(folder / "expected.txt", "logo")
    response = web.post("/preview", data=form("ks1"),
                        files={"logo": (logo.name, logo.read_bytes(), "image/png")})
    assert response.status_code == 422
    page = Page(response.text)
    assert page.text("f-logo-error").startswith(f"Error: {expected} (error LP150")
    assert "logo_data" not in response.text  # a refused logo is not sent back


def test_oversized_logo_is_refused_like_the_cli(web) -> None:
    big = b"\x89PNG\r\n\x1a\n" + b"\0" * 5_200_000
    response = web.post("/preview", data=form("ks1"), files={"logo": ("big.png", big, "image/png")})
    assert response.status_code == 422
    assert Page(response.text).text("f-logo-error").startswith(
        "Error: logo is 5.2 MB; use an image under 5 MB")


BRAND_CASES = [BAD_INPUTS / c for c in ("brand-python-tag", "brand-utf16",
                                         "brand-control-character")] + \
    [BAD_BRANDS / c for c in ("bad-colour", "low-contrast", "not-a-mapping", "unknown-field",
                              "unquoted-colour", "too-many-helplines", "several-problems")]


@pytest.mark.parametrize("folder", BRAND_CASES, ids=lambda p: p.name)
def test_hostile_brand_file_gives_the_cli_lines(web, folder: Path) -> None:
    brand = folder / "brand.yml"
    response = web.post("/load-brand", data=form("ks1"),
                        files={"brand_file": ("brand.yml", brand.read_bytes(), "text/yaml")})
    assert response.status_code == 422
    shown = Page(response.text).text("f-brand_file-error")
    prefix = f"{folder.relative_to(ROOT).as_posix()}/brand.yml"
    for line in (folder / "expected.txt").read_text(encoding="utf-8").splitlines():
        if "] logo: " in line:
            continue  # a logo: path in an uploaded file is never followed (next test)
        assert line.replace(prefix, "brand.yml", 1) in shown


def test_a_logo_path_in_an_uploaded_brand_file_is_never_followed(web) -> None:
    text = b'org_name: Oakfield\nlogo: /etc/passwd\nprimary: "#1B2A4A"\n'
    response = web.post("/load-brand", data=form("ks1"),
                        files={"brand_file": ("brand.yml", text, "text/yaml")})
    assert response.status_code == 200
    assert "passwd" not in Page(response.text).text("f-logo-error")
    assert "brand.yml names the logo /etc/passwd: choose that file under Logo." in response.text
    assert 'value="Oakfield"' in response.text


def test_brand_file_downloads_and_loads_back_with_every_value(web, tmp_path: Path) -> None:
    fields = {"org_name": 'St Mary\'s "Church" School: #1 for kids', "primary": "#14213d",
              "website": "www.stmarys.sch.uk", "heading_font": "Calibri",
              "safeguarding_contact": "Room 12 — ask at the office",
              "extra_helplines[0].name": "Early Help Hub",
              "extra_helplines[0].contact": "0300 123 4567",
              "extra_helplines[0].what_for": "Support for families."}
    response = web.post("/brand.yml", data=form("ks2", **fields),
                        files=png_upload(name="crest.png"))
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="brand.yml"'
    (tmp_path / "brand.yml").write_bytes(response.content)
    (tmp_path / "crest.png").write_bytes(LOGO.read_bytes())
    brand = load_brand(tmp_path / "brand.yml").brand  # what `lessonpack build --brand` reads
    assert brand.org_name == fields["org_name"] and brand.primary == "#14213D"
    assert brand.logo == (tmp_path / "crest.png").resolve()
    assert brand.extra_helplines[0].contact == "0300 123 4567"
    back = web.post("/load-brand", data=form("ks2"),
                    files={"brand_file": ("brand.yml", response.content, "text/yaml")})
    assert back.status_code == 200
    page = Page(back.text)
    assert page.by_id("f-org_name")["value"] == fields["org_name"]
    assert page.by_id("f-extra_helplines-0-contact")["value"] == "0300 123 4567"
    assert "Loaded brand.yml" in back.text


def test_logo_is_carried_to_the_next_submit_without_uploading_again(web) -> None:
    first = web.post("/preview", data=form("ks1", accent="#FF8A00"), files=png_upload())
    carried = {"logo_data": _hidden(first.text, "logo_data"),
               "logo_name": _hidden(first.text, "logo_name")}
    assert carried["logo_name"] == "logo.png" and len(carried["logo_data"]) > 1000
    zipped = web.post("/download", data=form("ks1", **carried))
    deck = zipfile.ZipFile(io.BytesIO(zipped.content)).read(
        "live-streaming-ks1/live-streaming-ks1-slides.pptx")
    assert LOGO.read_bytes()[:2000] in zipfile.ZipFile(io.BytesIO(deck)).read(
        next(n for n in zipfile.ZipFile(io.BytesIO(deck)).namelist() if n.endswith(".png")))


def _hidden(html: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert match, name
    return match.group(1)


def test_preview_without_libreoffice_is_an_outline_of_every_slide_and_page(web) -> None:
    state = web.app.state.web
    office, state.office = state.office, False
    try:
        response = web.post("/preview", data=form("ks2"))
    finally:
        state.office = office
    assert response.status_code == 200
    page = Page(response.text)
    assert page.by_id("preview-title") is not None
    assert "data:image/jpeg" not in response.text
    slides = next(c for c in state.catalogue if c["audience"] == "ks2")["files"][0]["slides"]
    assert slides > 20 and response.text.count('class="slide-title"') == slides
    assert "Who can help" in page.text("result") and "Answer key" in page.text("result")


# --------------------------------------------------------------------------- limits, sign-in


def test_request_over_the_size_limit_is_refused_before_it_is_read(web) -> None:
    response = web.post("/preview", data=form("ks1"),
                        files={"logo": ("huge.png", b"\0" * 17_000_000, "image/png")})
    assert response.status_code == 413


def test_chunked_request_over_the_limit_is_refused(web) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b"x" * 1_000_000

    response = web.post("/preview", content=chunks(),
                        headers={"content-type": "multipart/form-data; boundary=zz"})
    assert response.status_code == 413


def test_token_sign_in(tmp_path: Path) -> None:
    for test_client in client(tmp_path, token="s3cret"):
        assert test_client.get("/").status_code == 401
        assert test_client.get("/", headers={"authorization": "Bearer wrong"}).status_code == 401
        assert test_client.get("/", headers={"authorization": "Bearer s3cret"}).status_code == 200
        signed = test_client.get("/?token=s3cret&audience=ks1", follow_redirects=False)
        assert signed.status_code == 303 and signed.headers["location"] == "/?audience=ks1"
        assert "HttpOnly" in signed.headers["set-cookie"]
        assert "SameSite=Strict" in signed.headers["set-cookie"]
        assert test_client.get("/").status_code == 200  # the cookie now
        assert test_client.post("/download", data=form("ks1")).status_code == 200


def test_proxy_header_sign_in_and_host_check(tmp_path: Path) -> None:
    for test_client in client(tmp_path, auth_header="X-Forwarded-User",
                              allowed_hosts=("127.0.0.1", "testserver")):
        assert test_client.get("/").status_code == 403
        assert test_client.get("/", headers={"x-forwarded-user": "jo"}).status_code == 200
        assert test_client.get("/", headers={"x-forwarded-user": "jo",
                                             "host": "evil.example"}).status_code == 400


def test_pdf_copies_are_in_the_zip_when_libreoffice_is_there(web) -> None:
    from conftest import need_libreoffice

    need_libreoffice()
    assert web.app.state.web.office
    response = web.post("/download", data=form("ks1", pdf="yes"))
    assert response.status_code == 200, response.text[:1000]
    names = zip_names(response.content)
    pdfs = [n for n in names if n.endswith(".pdf")]
    office = [n for n in names if not n.endswith(".pdf")]
    # Every file the plan holds, each beside its PDF copy.
    assert set(office) == planned_for(audiences=["ks1"])
    assert sorted(pdfs) == sorted(n.rsplit(".", 1)[0] + ".pdf" for n in office)
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert all(archive.read(n).startswith(b"%PDF") for n in pdfs)


def test_letter_fields_of_the_form_reach_the_letter_home(web) -> None:
    # reply_slip is a checkbox left unticked here: the letter has no reply slip.
    response = web.post("/download", data=form(
        "ks2", org_name="Oakfield Primary School", phase="primary", dsl_name="Mrs Priya Shah",
        safeguarding_contact="dsl@oakfield.sch.uk", letter_signatory="Mrs Jo Patel",
        letter_signatory_role="Headteacher", address="12 Oak Lane, Oakfield, OK1 2AB"))
    assert response.status_code == 200, response.text[:1000]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    letter = docx.Document(io.BytesIO(archive.read(
        "live-streaming-ks2/live-streaming-ks2-letter-home.docx")))
    text = " ".join([p.text for p in letter.paragraphs]
                    + [c.text for t in letter.tables for r in t.rows for c in r.cells]
                    + [p.text for s in letter.sections for p in s.header.paragraphs])
    for given in ("Mrs Priya Shah", "dsl@oakfield.sch.uk", "Mrs Jo Patel", "Headteacher",
                  "12 Oak Lane, Oakfield, OK1 2AB"):
        assert given in text
    assert "Reply slip" not in text
