"""The web page in a real browser: Playwright driving the system's Chromium against a real
uvicorn server. A teacher's path (KS1, a school with a logo, preview, download, open the four
files), contrast checked as you type, the keyboard alone, no JavaScript at all, hostile
uploads, and axe-core's WCAG 2.2 AA rules.

``UPDATE_SCREENSHOTS=1`` writes the screenshots docs/web.md shows into docs/web/.
"""

from __future__ import annotations

import io
import os
import random
import socket
import threading
import time
import zipfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import docx
import pytest
from pptx import Presentation

from lessonpack.content.brand import Brand, contrast_failures
from lessonpack.web.settings import Settings
from planned_files import planned_for
from web_support import LOGO, ROOT, create_app, need_chromium

playwright = pytest.importorskip("playwright.sync_api") if not os.environ.get("CI") else \
    __import__("playwright.sync_api", fromlist=["sync_playwright"])
uvicorn = pytest.importorskip("uvicorn")

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = ROOT / "docs" / "web"
BAD = ROOT / "tests" / "bad_inputs"


# A preview renders every slide with LibreOffice: on a loaded 2-core machine that can take
# longer than Playwright's 30 s default for a click's navigation, so every page waits as long
# as the explicit waits below do.
PAGE_TIMEOUT_MS = 120_000


def new_context(browser, **options):
    context = browser.new_context(**options)
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    return context


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """The app, served by uvicorn on a free loopback port."""
    root = tmp_path_factory.mktemp("web-browser")
    app = create_app(Settings(builders=2, temp_root=root))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not running.started:
        assert time.monotonic() < deadline and thread.is_alive(), "server did not start"
        time.sleep(0.05)
    app.state.port = port
    yield app
    running.should_exit = True
    thread.join(timeout=30)


@pytest.fixture(scope="module")
def server(live) -> tuple[str, Path]:
    return f"http://127.0.0.1:{live.state.port}", live.state.web.root


@pytest.fixture(scope="module")
def browser() -> Iterator:
    executable = need_chromium()
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server) -> Iterator:
    context = new_context(browser, viewport={"width": 1280, "height": 900},
                                  accept_downloads=True)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.on("console", lambda m: errors.append(m.text) if m.type == "error"
              and "status of 422" not in m.text else None)  # 422: a page with problems
    yield opened
    context.close()
    assert errors == [], errors  # no script errors, no resource the CSP refused


def nothing_kept(root: Path) -> None:
    assert [p for p in root.rglob("*") if p.parent != root or p.is_file()] == []
    assert all(not any(p.iterdir()) for p in root.iterdir())


def shot(page, name: str, **kwargs: object) -> None:
    target = SHOTS / name if os.environ.get("UPDATE_SCREENSHOTS") else \
        Path(os.environ.get("TMPDIR", "/tmp")) / f"lessonpack-{name}"
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target), **kwargs)


def test_teacher_chooses_ks1_fills_in_a_school_previews_and_downloads(page, server, live,
                                                                     tmp_path: Path) -> None:
    url, root = server
    card = next(c for c in live.state.web.catalogue if c["audience"] == "ks1")
    slides = card["files"][0]["slides"]
    page.goto(url)
    shot(page, "page.png")
    page.get_by_label("Key Stage 1 (ages 5–7)").check()
    page.get_by_label("School or organisation name").fill("Oakfield Primary School")
    page.get_by_label("Who pupils and staff tell about a concern").fill(
        "Mrs A Khan (Designated Safeguarding Lead)")
    page.get_by_label("Logo", exact=True).set_input_files(str(LOGO))
    page.get_by_role("button", name="Preview the pack").click()
    page.wait_for_selector("#preview-title", timeout=120_000)
    assert page.evaluate("document.activeElement.id") == "result"  # focus moved to it
    assert page.inner_text("#preview-title") == "Preview: Key Stage 1 (ages 5–7)"
    office = page.locator(".thumbs img").count()
    if os.environ.get("CI") or office:
        assert office >= slides + 4, "a picture of every slide and page with LibreOffice"
    assert page.locator(".outline-slides > li").count() == slides
    shot(page, "preview.png")
    with page.expect_download(timeout=120_000) as caught:
        page.locator("#result").get_by_role("button", name="Download the pack (.zip)").click()
    download = caught.value
    assert download.suggested_filename == "live-streaming-ks1.zip"
    saved = tmp_path / "pack.zip"
    download.save_as(saved)
    archive = zipfile.ZipFile(saved)
    everything = sorted(archive.namelist())
    pdfs = [n for n in everything if n.endswith(".pdf")]
    # A PDF of every file when LibreOffice is there.
    assert len(pdfs) == (len(planned_for(audiences=["ks1"])) if live.state.web.office else 0)
    assert all(archive.read(n).startswith(b"%PDF") for n in pdfs)
    names = [n for n in everything if not n.endswith(".pdf")]
    assert [n.rsplit("-", 1)[-1] for n in names] == ["cards.docx", "plan.docx", "after.docx",
                                                   "home.docx", "slides.pptx", "notes.docx",
                                                   "worksheet.docx"]
    deck = Presentation(io.BytesIO(archive.read(names[4])))
    # The KS1 cover's title is set large over two balanced lines (a line break, "\v").
    assert deck.slides[0].shapes.title.text_frame.text.replace("\v", " ") == \
        "Live means right now"
    for name in (names[0], names[1], names[2], names[3], names[5]):
        document = docx.Document(io.BytesIO(archive.read(name)))
        text = " ".join([p.text for s in document.sections for p in s.header.paragraphs]
                        + [p.text for p in document.paragraphs]
                        + [c.text for t in document.tables for r in t.rows for c in r.cells])
        assert "Oakfield Primary School" in text, name  # in its header or letterhead
        if name.endswith("plan.docx"):
            assert "Mrs A Khan (Designated Safeguarding Lead)" in text
    nothing_kept(root)


def test_low_contrast_colour_shows_its_error_beside_the_field_as_you_type(page, server) -> None:
    url, _ = server
    page.goto(url)
    page.get_by_label("Highlight colour", exact=True).fill("#FF8A00")
    error = page.locator("#f-accent-error")
    expected = "white text on #FF8A00 has contrast 2.3:1; WCAG AA needs 4.5:1 (error LP151)"
    assert " ".join(error.text_content().split()) == f"Error: {expected}"
    assert page.get_attribute("#f-accent", "aria-invalid") == "true"
    page.locator("#group-colours").scroll_into_view_if_needed()
    shot(page, "contrast.png")
    page.get_by_label("Highlight colour", exact=True).fill("#C8102E")
    assert not error.is_visible()
    # The server says the same, in the same place, when the form is sent.
    page.get_by_label("Highlight colour", exact=True).fill("#FF8A00")
    page.get_by_label("Key Stage 2 (ages 7–11)").check()
    page.get_by_role("button", name="Preview the pack").click()
    page.wait_for_selector(".error-summary")
    assert expected in page.locator("#f-accent-error").inner_text()
    assert page.evaluate("document.activeElement.id") == "result"


def test_the_page_checks_contrast_exactly_as_the_server_does(page, server) -> None:
    url, _ = server
    page.goto(url)
    rng = random.Random(15)
    brands = [{k: "#" + "".join(rng.choice("0123456789ABCDEF") for _ in range(6))
               for k in ("primary", "secondary", "accent", "light")} for _ in range(300)]
    from_page = page.evaluate(
        "brands => brands.map(b => window.lessonpackContrast(b, Object.keys(b))"
        ".map(f => [f.field, f.message]))", brands)
    for colours, seen in zip(brands, from_page, strict=True):
        expected = [[f.fields[0], f.message] for f in contrast_failures(Brand(**colours))]
        assert seen == expected, colours


def test_keyboard_alone_reaches_every_control_and_downloads(page, server) -> None:
    url, _ = server
    page.goto(url)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    stops: list[dict] = []
    for _ in range(80):
        page.keyboard.press("Tab")
        stops.append(page.evaluate("""() => { const e = document.activeElement;
            const r = e.getBoundingClientRect();
            const label = e.labels && e.labels.length ? e.labels[0].innerText :
                (e.getAttribute('aria-label') || e.innerText || '');
            const style = getComputedStyle(e);
            return {id: e.id, tag: e.tagName, label: label.trim(), w: r.width, h: r.height,
                    outline: style.outlineStyle !== 'none' || style.boxShadow !== 'none'
                             || e.closest('.card') !== null}; }"""))
        if stops[-1]["tag"] == "BUTTON" and stops[-1]["label"] == "Preview the pack":
            break
    else:
        pytest.fail(f"Tab never reached the preview button: {[s['id'] for s in stops]}")
    ids = [s["id"] for s in stops]
    assert ids[0] == "audience-ks1"  # cards first, one Tab stop for the group
    assert ids.index("f-org_name") < ids.index("f-primary") < ids.index("f-heading_font")
    for stop in stops:
        assert stop["label"], f"{stop} has no accessible name"
        assert stop["w"] > 0 and stop["h"] > 0, f"{stop} is focused but not visible"
        assert stop["outline"], f"{stop} shows no focus indicator"
    # Choose KS1 with the keyboard: back to the cards, Space selects.
    page.focus("#audience-ks1")
    page.keyboard.press("Space")
    page.focus("#f-org_name")
    page.keyboard.type("Riverside Academy")
    page.keyboard.press("Enter")  # Enter in a text field previews
    page.wait_for_selector("#preview-title", timeout=120_000)
    assert page.evaluate("document.activeElement.id") == "result"
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.innerText")
    assert focused == "Download the pack (.zip)"
    with page.expect_download(timeout=120_000) as caught:
        page.keyboard.press("Enter")
    assert caught.value.suggested_filename == "live-streaming-ks1.zip"


def test_the_core_path_works_without_javascript(browser, server, tmp_path: Path) -> None:
    url, root = server
    context = new_context(browser, java_script_enabled=False, accept_downloads=True)
    try:
        page = context.new_page()
        page.goto(url)
        page.get_by_label("Key Stage 2 (ages 7–11)").check()
        page.get_by_label("School or organisation name").fill("Riverside Academy")
        page.get_by_label("Highlight colour", exact=True).fill("#FF8A00")
        page.get_by_role("button", name="Preview the pack").click()
        page.wait_for_selector(".error-summary")
        assert "has contrast 2.3:1" in page.locator("#f-accent-error").inner_text()
        page.get_by_label("Highlight colour", exact=True).fill("#C8102E")
        with page.expect_download(timeout=120_000) as caught:
            page.get_by_role("button", name="Download the pack (.zip)").click()
        caught.value.save_as(tmp_path / "pack.zip")
        names = zipfile.ZipFile(tmp_path / "pack.zip").namelist()
        # The plan's files, sort cards among them.
        assert {n for n in names if not n.endswith(".pdf")} == planned_for(audiences=["ks2"])
    finally:
        context.close()
    nothing_kept(root)


@pytest.mark.parametrize("case", ["brand-logo-decompression-bomb", "brand-logo-truncated"])
def test_hostile_logo_gives_the_cli_error_and_leaves_nothing(page, server, case: str) -> None:
    url, root = server
    page.goto(url)
    page.get_by_label("Key Stage 1 (ages 5–7)").check()
    page.get_by_label("Logo", exact=True).set_input_files(str(BAD / case / "logo.png"))
    page.get_by_role("button", name="Preview the pack").click()
    page.wait_for_selector(".error-summary")
    line = (BAD / case / "expected.txt").read_text(encoding="utf-8").strip()
    message = line.split("] logo: ", 1)[1]
    assert message in page.locator("#f-logo-error").inner_text()
    nothing_kept(root)


def test_hostile_brand_file_gives_the_cli_line(page, server) -> None:
    url, root = server
    page.goto(url)
    page.get_by_label("Brand file (brand.yml)").set_input_files(
        str(BAD / "brand-python-tag" / "brand.yml"))
    page.get_by_role("button", name="Load brand file").click()
    page.wait_for_selector("#f-brand_file-error")
    assert ("brand.yml:1:11: error[LP104] org_name: tag "
            "'tag:yaml.org,2002:python/object/apply:os.system' is not allowed") in \
        page.locator("#f-brand_file-error").inner_text()
    shot(page, "brand-error.png", full_page=False)
    nothing_kept(root)


def test_axe_finds_no_wcag_22_aa_problems(browser, server) -> None:
    url, _ = server
    axe = resources.files("axe_playwright_python").joinpath("axe.min.js").read_text()
    context = new_context(browser, bypass_csp=True)  # to add axe's own script to the page
    try:
        page = context.new_page()
        for step in ("start", "errors", "preview"):
            page.goto(url)
            if step != "start":
                page.get_by_label("Key Stage 2 (ages 7–11)").check()
                if step == "errors":
                    page.get_by_label("Highlight colour", exact=True).fill("#FF8A00")
                page.get_by_role("button", name="Preview the pack").click()
                page.wait_for_selector(".error-summary" if step == "errors"
                                       else "#preview-title", timeout=120_000)
            page.add_script_tag(content=axe)
            result = page.evaluate("""() => axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa',
                         'best-practice']}})""")
            problems = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
                        for v in result["violations"]]
            assert problems == [], (step, problems)
    finally:
        context.close()


def test_a_browser_that_leaves_mid_build_stops_it_and_leaves_nothing(live) -> None:
    """A real disconnect, through uvicorn: the build (PDFs, so it takes seconds) is stopped,
    its worker replaced, and its folder removed."""
    from conftest import need_libreoffice

    need_libreoffice()
    web = live.state.web
    before = set(web.pool.pids)
    body = b"audience=ks2&pdf=yes"
    with socket.create_connection(("127.0.0.1", live.state.port)) as sock:
        sock.sendall(b"POST /download HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Content-Type: application/x-www-form-urlencoded\r\n"
                     b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
        deadline = time.monotonic() + 30
        while not any(web.root.iterdir()):  # the build has its folder: it is running
            assert time.monotonic() < deadline
            time.sleep(0.01)
        time.sleep(0.3)
    deadline = time.monotonic() + 30
    while any(web.root.iterdir()) or before <= set(web.pool.pids):
        assert time.monotonic() < deadline, "the abandoned build was not stopped"
        time.sleep(0.05)
    assert len(web.pool.pids) == web.pool.size
