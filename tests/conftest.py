"""Shared fixtures: the repo root as working folder, and one built KS2 pack per session."""

from __future__ import annotations

import functools
import inspect
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows: each worker builds its own copy (see _built_once)
    fcntl = None  # type: ignore[assignment]

import pytest

from lessonpack.cli import main
from undated_brand import OAKFIELD_BRAND, undated_oakfield

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
                         "brightpath_at_ashgrove", "oakfield_all", "oakfield_all_dated",
                         "northshire_all", "riverside_all"}


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


@functools.cache
def _reaches_from(function: Any, calls: tuple[str, ...]) -> bool:
    """``_reaches`` from ``function`` alone, kept: a parametrized test's cases (99 of one
    function in test_validate) each asked again, and walking every test's helpers once an
    item was a tenth of collecting the suite."""
    return _reaches(function, calls, set())


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
    return any(_reaches_from(f, calls) for f in
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


def _built_once(factory: pytest.TempPathFactory, name: str,
                make: Callable[[Path], None]) -> Path:
    """A folder ``make`` fills (a build into it), made once for the whole test run and only
    read after: the session fixtures below. Under pytest-xdist each worker is a process with
    its own session, so the folder lies beside the workers' own temporary folders: the first
    worker to ask makes it while the others wait on its lock, and all read the same files,
    where each used to build them again (--dist loadfile sends the files that read a build
    to whichever worker is free). A worker whose build failed leaves no ``.done`` mark: the
    next to ask builds afresh and fails alike."""
    base = factory.getbasetemp()
    # An xdist worker's folder is its run's "popen-<worker>": a pytest a test starts in a
    # subprocess inherits PYTEST_XDIST_WORKER but not that folder, and must not share.
    if fcntl is None or base.name != f"popen-{os.environ.get('PYTEST_XDIST_WORKER')}":
        out = factory.mktemp(name)
        _made_in_repo_root(make, out)
        return out
    shared = base.parent / "built-once"
    shared.mkdir(exist_ok=True)
    out, done = shared / name, shared / f"{name}.done"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not done.exists():
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            _made_in_repo_root(make, out)
            done.touch()
    return out


def _made_in_repo_root(make: Callable[[Path], None], out: Path) -> None:
    # Session fixtures are made before a test's autouse chdir (_in_repo_root) has run.
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        make(out)
    finally:
        os.chdir(cwd)


def _build_into(*args: str) -> Callable[[Path], None]:
    def build(out: Path) -> None:
        assert main(["build", *args, "-q", "--out", str(out)]) == 0
    return build


@pytest.fixture(scope="session")
def built_packs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every audience built once with the built-in defaults."""
    return _built_once(tmp_path_factory, "packs", _build_into("--all"))


@pytest.fixture(scope="session")
def brightpath_at_ashgrove(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The visiting-trainer look built once: the Northshire team's brand on its Brightpath
    template, teaching at Ashgrove Primary (its audiences: KS1, KS2, parents)."""
    examples = ROOT / "examples"
    return _built_once(tmp_path_factory, "brightpath-ashgrove", _build_into(
        "--all", "-j", "1",
        "--brand", str(examples / "brands/northshire-online-safety/brand.yml"),
        "--template", str(examples / "templates/brightpath-training"),
        "--school", str(examples / "schools/ashgrove-primary/school.yml")))


# Oakfield Primary's own packs (its brand's --all: KS1, KS2's Year 4 and Year 6 classes,
# parents), each built once for every test module that reads them, in both office formats (a
# file's bytes do not depend on which formats a build asks for: the formats not asked for
# are dropped from the plan before rendering). Tests only read them.
OAKFIELD_LESSON_DATE = "Wednesday 20 January 2027"


def _brand_all(factory: pytest.TempPathFactory, name: str, brand: Path,
               *more: str) -> Path:
    """A brand's ``--all`` (its phase's audiences), built once a run into ``name``."""
    return _built_once(factory, name, _build_into("--all", "-j", "1", "--brand", str(brand),
                                                   *more))


@pytest.fixture(scope="session")
def oakfield_all(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Oakfield's packs without a lesson date: its brand file with its ``lesson_date`` left
    out (the example gives one, so its letters are complete), for the tests of what an
    undated pack prints: yellow date fields, the plan's "write the dates by hand"."""
    return _built_once(tmp_path_factory, "oakfield-all", _undated_oakfield)


def _undated_oakfield(out: Path) -> None:
    brand = undated_oakfield(out.parent / f"{out.name}-brand.yml")
    _build_into("--all", "-j", "1", "--brand", str(brand))(out)


@pytest.fixture(scope="session")
def oakfield_all_dated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Oakfield's packs for a lesson on a known day: letters dated with a reply-by day."""
    return _brand_all(tmp_path_factory, "oakfield-all-dated", OAKFIELD_BRAND,
                      "--lesson-date", OAKFIELD_LESSON_DATE)


# Two more example brands' --all, built once for the modules that read them (test_check
# checks every file; test_hostile compares a branded build's files with Northshire's; the
# Riverside decks and plans are read by test_help_hours_label, test_deck_material and
# test_step_table): Northshire's team teaches every phase, Riverside Academy is a secondary
# school (its --all: KS3, KS4, parents).
NORTHSHIRE_BRAND = ROOT / "examples/brands/northshire-online-safety/brand.yml"
RIVERSIDE_BRAND = ROOT / "examples/brands/riverside-academy/brand.yml"


@pytest.fixture(scope="session")
def northshire_all(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _brand_all(tmp_path_factory, "northshire-all", NORTHSHIRE_BRAND)


@pytest.fixture(scope="session")
def riverside_all(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _brand_all(tmp_path_factory, "riverside-all", RIVERSIDE_BRAND)


@pytest.fixture(scope="session")
def ks2_pack(built_packs: Path) -> Path:
    return built_packs / "live-streaming-ks2"


@pytest.fixture(scope="session")
def long_question_packs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The KS2 and KS4 decks in the built-in look with the tests' long untitled quiz
    questions and check rows (tests/fixtures/long-questions): question titles of two and
    three lines, check rows of one and two lines."""
    from long_questions import long_question_content

    def make(out: Path) -> None:
        content = long_question_content(out / "content")
        _build_into("-a", "ks2", "-a", "ks4", "-f", "pptx", "--content", str(content))(out)
    return _built_once(tmp_path_factory, "long-questions", make)


# A second topic whose words the tests own (tests/topics/garden-games): a renderer test that
# checks what a scene draws reads it here, so rewording the built-in lesson breaks no test.
GARDEN_GAMES = ROOT / "tests" / "topics" / "garden-games"


@pytest.fixture(scope="session")
def garden_games_ks1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The garden-games KS1 deck, built once."""
    out = _built_once(tmp_path_factory, "garden-games", _build_into(
        "-t", "garden-games", "-k", "ks1", "-f", "pptx", "--content", str(GARDEN_GAMES.parent)))
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
