"""Shared fixtures: the repo root as working folder, and one built KS2 pack per session."""

from __future__ import annotations

import functools
import inspect
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]

# Off by default (the command line reads it): a developer's own LESSONPACK_PAGE_LAYOUT=1
# must not reach the suite's builds, where a LibreOffice run a pack would add seconds to
# every build and the byte baseline pins the renderer's bytes. tests/test_print_pages.py
# turns it on where it tests it; a build in a subprocess inherits this.
os.environ.setdefault("LESSONPACK_PAGE_LAYOUT", "0")


# What makes a test slow: it drives a real client (LibreOffice, poppler, a browser) or runs
# mypy over the package. Such a test is marked ``slow`` where it is collected, by what its
# body calls, the fixtures it takes, and what those and the module's helpers it calls do in
# turn (test_page_layout's ``layouts`` fixture, test_blank_area's ``_render``), so a new one
# is marked without anyone remembering to: `pytest -m "not slow"` is the quick subset the
# README offers and runs no LibreOffice; CI runs everything.
_SLOW_CALLS = ("need_libreoffice(", "need_tool(", 'which("soffice")', '"mypy"')
_SLOW_FIXTURES = {"page", "browser"}
_CALLED = re.compile(r"\b([A-Za-z_]\w*)\(")

# What makes a test an integration test: it builds whole packs, decks or documents (the
# CLI's build/batch/check/preview/serve, the api's build/pack/batch, a renderer on a planned
# pack), starts processes (lessonpack or pytest in a subprocess, a worker pool, the web
# server's builders) or takes a fixture that does. Each takes a second or more, so
# `pytest -m "not slow and not integration"` (the unit loop, README) leaves them out and
# runs in under a minute; the quick subset and CI still run them all.
_INTEGRATION_CALLS = (
    'main(["build"', 'main(["batch"', 'main(["check"', 'main(["preview"', 'main(["serve"',
    "api.build(", "api.pack(", "api.batch(", "run_batch(", "render_pptx(",
    "render_docx(", "build_pack(", "write_pack(", "run_jobs(", "held(",
    '"-m", "lessonpack"', '"-m", "pytest"', "create_app(", "BuildPool(", "Web(Settings(",
)
_INTEGRATION_FIXTURES = {"built_packs", "ks2_pack", "garden_games_ks1", "long_question_packs",
                         "brightpath_at_ashgrove"}


@functools.cache
def _source(function: Any) -> str:
    """``function``'s source, read once: collection asks for the same helpers thousands of
    times."""
    try:
        return inspect.getsource(function)
    except (OSError, TypeError):
        return ""


def _reaches(function: Any, calls: tuple[str, ...], seen: set[Any],
             tests: Path = ROOT / "tests") -> bool:
    """``function``'s source makes one of ``calls``, or a function it calls does: one of
    its own module's or one imported from another module of ``tests``
    (tests/built_decks.py), followed to any depth, each once."""
    if function in seen:
        return False
    seen.add(function)
    source = _source(function)
    if any(call in source for call in calls):
        return True
    module = inspect.getmodule(function)
    helpers = (getattr(module, name, None) for name in set(_CALLED.findall(source)))
    return any(inspect.isfunction(helper) and _ours(helper, function, tests)
               and _reaches(helper, calls, seen, tests) for helper in helpers)


def _reaches_slow(function: Any, seen: set[Any], tests: Path = ROOT / "tests") -> bool:
    return _reaches(function, _SLOW_CALLS, seen, tests)


def _ours(helper: Any, caller: Any, tests: Path) -> bool:
    if helper.__module__ == caller.__module__:
        return True
    try:
        return Path(inspect.getsourcefile(helper) or "").resolve().is_relative_to(tests)
    except TypeError:
        return False


# A fixture name written as a string in a test ("oakfield" in a parametrize list that
# request.getfixturevalue(look) reads): the fixture the test reaches at run time.
_QUOTED = re.compile(r"""["']([A-Za-z_]\w*)["']""")


def _fixture_functions(item: pytest.Item) -> list[Any]:
    """The functions of the test module's own fixtures the test takes (``fixturenames`` is
    the closure: a fixture that takes another counts too), or names as a string for
    ``request.getfixturevalue``. Conftest's builders are known by name
    (``_INTEGRATION_FIXTURES``)."""
    module = getattr(item, "module", None)
    function = getattr(item, "function", None)
    names = set(getattr(item, "fixturenames", ()))
    if function is not None and "getfixturevalue(" in _source(function):
        names |= set(_QUOTED.findall(_source(function)))
    found = (getattr(module, name, None) for name in names)
    # pytest.fixture wraps the function (functools.wraps): inspect.unwrap gives it back.
    return [inspect.unwrap(f) for f in found if f is not None and hasattr(f, "__wrapped__")]


def _marked(item: pytest.Item, fixtures: set[str], calls: tuple[str, ...]) -> bool:
    names = set(getattr(item, "fixturenames", ()))
    function = getattr(item, "function", None)
    if function is not None and "getfixturevalue(" in _source(function):
        names |= set(_QUOTED.findall(_source(function)))
    if fixtures & names:
        return True
    seen: set[Any] = set()
    return any(_reaches(f, calls, seen) for f in
               [*([function] if function is not None else []), *_fixture_functions(item)])


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _marked(item, _SLOW_FIXTURES, _SLOW_CALLS):
            item.add_marker(pytest.mark.slow)
        if _marked(item, _INTEGRATION_FIXTURES, _INTEGRATION_CALLS):
            item.add_marker(pytest.mark.integration)


# Where every pack's files are drawn (build/look.py's render_pack imports them when it runs).
_PACK_RENDERERS = (("lessonpack.render.pptx", "render_pptx"),
                   ("lessonpack.render.docx", "render_docx"))
_GUARD = pytest.StashKey[pytest.MonkeyPatch]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Any:
    """A test not marked ``integration`` that builds a pack, however it reaches the build (a
    fixture through request.getfixturevalue, a helper the marking above cannot follow),
    fails with one line saying so, from before its fixtures are set up to its teardown:
    the unit loop (``-m "not slow and not integration"``) had quietly built whole packs.
    Also records whether the test is marked slow (``_must_be_slow``)."""
    _RUNNING_SLOW[0] = item.get_closest_marker("slow") is not None
    if item.get_closest_marker("integration") is None:
        guard = item.stash[_GUARD] = pytest.MonkeyPatch()
        for module, name in _PACK_RENDERERS:
            guard.setattr(f"{module}.{name}", _refuse(item.nodeid))
    return (yield)


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> Any:
    try:
        return (yield)
    finally:
        guard = item.stash.get(_GUARD, None)
        if guard is not None:
            guard.undo()


def _refuse(nodeid: str) -> Any:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        pytest.fail(f"{nodeid} builds a pack but is not marked integration: add "
                    "pytestmark = pytest.mark.integration (or @pytest.mark.integration) so "
                    "the unit loop leaves it out", pytrace=False)
    return refuse


def pytest_report_header() -> str:
    # A non-editable install tests site-packages' copy, not the edits in src/ (README).
    import lessonpack

    where = Path(lessonpack.__file__).resolve().parent
    kind = ("this checkout" if where.is_relative_to(ROOT / "src")
            else "an installed copy: edits to src/ are not under test (pip install -e)")
    return f"lessonpack: {where} ({kind})"


@pytest.fixture(autouse=True)
def _in_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    # Error lines show paths relative to the working folder; tests compare exact lines.
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="session")
def built_packs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every audience built once with the built-in defaults."""
    out = tmp_path_factory.mktemp("packs")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert main(["build", "--all", "--out", str(out), "--quiet"]) == 0
    finally:
        os.chdir(cwd)
    return out


@pytest.fixture(scope="session")
def brightpath_at_ashgrove(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The visiting-trainer look built once: the Northshire team's brand on its Brightpath
    template, teaching at Ashgrove Primary (its audiences: KS1, KS2, parents)."""
    out = tmp_path_factory.mktemp("brightpath-ashgrove")
    examples = ROOT / "examples"
    assert main(["build", "--all", "-q", "-j", "1", "--out", str(out),
                 "--brand", str(examples / "brands/northshire-online-safety/brand.yml"),
                 "--template", str(examples / "templates/brightpath-training"),
                 "--school", str(examples / "schools/ashgrove-primary/school.yml")]) == 0
    return out


@pytest.fixture(scope="session")
def ks2_pack(built_packs: Path) -> Path:
    return built_packs / "live-streaming-ks2"


@pytest.fixture(scope="session")
def long_question_packs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The KS2 and KS4 decks in the built-in look with the tests' long untitled quiz
    questions and check rows (tests/fixtures/long-questions): question titles of two and
    three lines, check rows of one and two lines."""
    from long_questions import long_question_content

    out = tmp_path_factory.mktemp("long-questions")
    content = long_question_content(out / "content")
    assert main(["build", "-a", "ks2", "-a", "ks4", "-f", "pptx", "--content", str(content),
                 "--out", str(out), "--quiet"]) == 0
    return out


# A second topic whose words the tests own (tests/topics/garden-games): a renderer test that
# checks what a scene draws reads it here, so rewording the built-in lesson breaks no test.
GARDEN_GAMES = ROOT / "tests" / "topics" / "garden-games"


@pytest.fixture(scope="session")
def garden_games_ks1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The garden-games KS1 deck, built once."""
    out = tmp_path_factory.mktemp("garden-games")
    assert main(["build", "-t", "garden-games", "-k", "ks1", "-f", "pptx", "--content",
                 str(GARDEN_GAMES.parent), "--out", str(out), "--quiet"]) == 0
    return out / "garden-games-ks1" / "garden-games-ks1-slides.pptx"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


# Whether the running test is marked slow, set before any of its fixtures (session ones
# included) is made: a real client asked for by a test the marking above missed is a
# failure, not a quick subset that silently runs LibreOffice.
_RUNNING_SLOW = [False]

# (set in pytest_runtest_setup above)


def _must_be_slow(what: str) -> None:
    if not _RUNNING_SLOW[0]:
        pytest.fail(f"this test runs {what} but is not marked slow: mark it "
                    "@pytest.mark.slow (tests/conftest.py did not see the call)")


def need_tool(name: str, package: str) -> str:
    """A program a test needs (pdftoppm…): skipped locally without it, a failure in CI
    where it must be present, as for LibreOffice."""
    _must_be_slow(name)
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required in CI (set up by .ci/run)")
        pytest.skip(f"{name} ({package}) is not installed")
    return found


def need_libreoffice() -> str:
    """LibreOffice tests skip locally without it, and fail in CI where it must be present."""
    _must_be_slow("LibreOffice")
    found = soffice()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is required in CI (set up by .ci/run)")
        pytest.skip("LibreOffice (soffice) is not installed")
    return found
