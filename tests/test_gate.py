"""The merge gate (tools/gate): the byte baseline is written and CI started by hand only on a
tree the quick tests passed on and whose slow step (page layout, the byte baseline) ran to its
end with no failure but the byte test's, recorded by tools/premerge. Each test works in a
scratch git repository, with the real tools copied in and stand-ins for ruff, mypy and
pytest."""

from __future__ import annotations

import importlib.util
import json
import os
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from junit_files import listing as _listing
from junit_files import report as _report

pytestmark = pytest.mark.integration  # starts git and the tools as processes

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "tests/sample-hashes.txt"
NO_RUN = "no passing quick run"
GATE = runpy.run_path(str(ROOT / "tools" / "gate"))  # its names, not run as a command
BYTE_TEST = GATE["BYTE_TEST"]
LAYOUT_TEST = "tests/test_page_layout.py::test_the_handouts_two_sides_each_leave_room_and_match"
OTHER_SLOW = "tests/test_sample_hashes.py::test_check_names_a_file_missing_from_a_built_pack"
GIT_ENV = {"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                          text=True, env={**os.environ, **GIT_ENV}).stdout.strip()


def _commit(repo: Path, files: dict[str, str], message: str = "change") -> None:
    for name, text in files.items():
        path = repo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository on ``main`` holding a source file, a baseline and the two tools."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    for tool in ("gate", "premerge"):
        (repo / "tools").mkdir(exist_ok=True)
        shutil.copy2(ROOT / "tools" / tool, repo / "tools" / tool)
    _commit(repo, {"src/code.py": "A = 1\n", BASELINE: "# fonts: x\n", ".gitignore": "out/\n"},
            "start")
    return repo


def _gate(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(repo / "tools" / "gate"), *args], cwd=repo,
                          capture_output=True, text=True, env={**os.environ, **GIT_ENV})


def _refused(done: subprocess.CompletedProcess[str], why: str) -> None:
    """Refused with exit 1 and one clear line on stderr."""
    assert done.returncode == 1, done
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("gate: ") and why in lines[0], lines


PENDING = {LAYOUT_TEST: "passed", OTHER_SLOW: "passed", BYTE_TEST: "failed"}


def _record_slow(repo: Path, tested: str, slow: dict[str, str], *, status: int | None = None,
                 tests: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    """``record-slow`` given a report of ``slow``, pytest's exit ``status`` (0, or 1 when a
    test failed, by default) and the collected ``tests`` (``slow``'s by default)."""
    report = _report(repo.parent / "slow.xml", slow)
    listing = _listing(repo.parent / "collected.txt", list(slow) if tests is None else tests)
    code = status if status is not None else int("failed" in slow.values())
    return _gate(repo, "record-slow", tested, str(report), "--status", str(code),
                 "--collected", str(listing))


def _passed(repo: Path, slow: dict[str, str] | None = None) -> None:
    """What tools/premerge does around a passing quick run and its slow step, in which, by
    default, page layout passed and the byte test fails (output changed on purpose)."""
    tested = _gate(repo, "tree").stdout.strip()
    assert _gate(repo, "record", tested).returncode == 0
    done = _record_slow(repo, tested, PENDING if slow is None else slow)
    assert done.returncode == 0, done.stderr


def test_a_tree_nobody_tested_is_refused_then_passes_once_recorded(repo: Path) -> None:
    _refused(_gate(repo, "check"), NO_RUN)
    assert "run tools/premerge first" in _gate(repo, "check").stderr
    _passed(repo)
    done = _gate(repo, "check")
    assert done.returncode == 0, done.stderr
    assert f"passed on commit {_git(repo, 'rev-parse', 'HEAD')}" in done.stdout
    # What the slow step did is said: page layout passed, the byte test alone pending.
    assert done.stdout.rstrip().endswith(
        f"; the slow tests: 2 passed; pending: only {BYTE_TEST}, which fails until "
        "python tools/sample_hashes.py --write"), done.stdout
    # The record is in git's own folder, never in the work tree: nothing to commit.
    assert _git(repo, "status", "--porcelain") == ""
    assert (repo / ".git" / "lessonpack-gate" / _gate(repo, "tree").stdout.strip()).is_file()


def test_the_byte_test_the_gate_lets_fail_is_the_baseline_s() -> None:
    """A rename of the byte test would make the gate refuse every merge, not let a failure
    through; this says which name to change."""
    file, name = BYTE_TEST.split("::")
    assert f"def {name}(" in (ROOT / file).read_text(encoding="utf-8")


@pytest.mark.parametrize(("slow", "why"), [
    ({LAYOUT_TEST: "failed", OTHER_SLOW: "passed", BYTE_TEST: "failed"},
     f"the slow tests failed on tree {{tree}}: {LAYOUT_TEST}; fix it, commit, and run "
     "tools/premerge again"),
    # The byte test's file holds other tests: only the byte test itself may fail.
    ({LAYOUT_TEST: "passed", OTHER_SLOW: "failed", BYTE_TEST: "passed"},
     f"the slow tests failed on tree {{tree}}: {OTHER_SLOW}; fix it"),
    # LibreOffice missing: page layout skipped proves nothing.
    ({LAYOUT_TEST: "skipped", OTHER_SLOW: "skipped", BYTE_TEST: "failed"},
     "the slow tests passed none on tree {tree} (2 skipped)"),
])
def test_a_failing_slow_step_refuses_the_baseline_and_ci(repo: Path, slow: dict[str, str],
                                                         why: str) -> None:
    _passed(repo, slow)
    tree = _gate(repo, "tree").stdout.strip()
    _refused(_gate(repo, "check"), why.format(tree=tree[:12]))
    _refused(_gate(repo, "check", "--committed"), why.format(tree=tree[:12]))


def test_a_slow_step_stopped_before_its_end_refuses(repo: Path) -> None:
    """Only the quick run recorded (the slow step was stopped): the baseline waits."""
    tested = _gate(repo, "tree").stdout.strip()
    assert _gate(repo, "record", tested).returncode == 0
    _refused(_gate(repo, "check"), "the slow tests (page layout, byte baseline) have no "
             f"result recorded for tree {tested[:12]}: let tools/premerge run to its end")
    # An empty or cut-off report (pytest killed mid-write) records nothing either.
    empty = repo.parent / "empty.xml"
    empty.write_text("", encoding="utf-8")
    listing = _listing(repo.parent / "collected.txt", list(PENDING))
    _refused(_gate(repo, "record-slow", tested, str(empty), "--status", "0", "--collected",
                   str(listing)), "not recorded: no test report")
    _refused(_gate(repo, "check"), "have no result recorded")


@pytest.mark.parametrize("status", [2, 3, 4, 5, 130, 143])
def test_a_slow_step_that_did_not_end_by_itself_records_nothing(repo: Path,
                                                                status: int) -> None:
    """Interrupted (2), internal error (3), usage error (4), no tests (5), killed: refused
    even with a report in which every test passed."""
    tested = _gate(repo, "tree").stdout.strip()
    assert _gate(repo, "record", tested).returncode == 0
    _refused(_record_slow(repo, tested, {t: "passed" for t in PENDING}, status=status),
             f"not recorded: the slow step's pytest exited {status} (interrupted")
    _refused(_gate(repo, "check"), "have no result recorded")


def test_a_report_without_every_collected_test_records_nothing(repo: Path) -> None:
    """A report that ends before the last test collected (its run stopped, whatever its
    status said) blesses nothing."""
    tested = _gate(repo, "tree").stdout.strip()
    assert _gate(repo, "record", tested).returncode == 0
    later = "tests/test_page_layout.py::test_the_letters_fit[riverside]"
    _refused(_record_slow(repo, tested, PENDING, tests=[*PENDING, later]),
             f"not recorded: the slow step's report has no outcome for {later} (stopped")
    _refused(_gate(repo, "check"), "have no result recorded")
    # Nor does an empty list: the tests are then unknown, not none.
    _refused(_record_slow(repo, tested, PENDING, tests=[]), "list of the tests collected is "
             "empty")


_INTERRUPTED = """
def test_a():
    pass

def test_b():
    raise KeyboardInterrupt

def test_c():
    pass
"""


def test_a_real_interrupted_pytest_run_records_nothing(repo: Path) -> None:
    """pytest's own report of a run stopped by Ctrl-C in its second test: the report is
    written, and holds an empty testcase; the gate names the test with no outcome and
    records nothing, told the real exit status or not."""
    (repo / "tests" / "test_x.py").write_text(_INTERRUPTED, encoding="utf-8")
    report, listing = repo.parent / "slow.xml", repo.parent / "collected.txt"
    pytest_at = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    # pytest's own report and listing need none of the installed plugins (xdist, the
    # browser's), whose loading was most of each run.
    bare = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    with listing.open("w", encoding="utf-8") as out:
        assert subprocess.run([*pytest_at, "--collect-only", "tests/test_x.py"], cwd=repo,
                              stdout=out, check=False, env=bare).returncode == 0
    run = subprocess.run([*pytest_at, f"--junitxml={report}", "tests/test_x.py"], cwd=repo,
                         capture_output=True, text=True, env=bare)
    assert run.returncode == 2, run.stdout  # pytest's "interrupted"
    assert GATE["outcomes"](report) == {"tests/test_x.py::test_a": "passed"}
    (repo / "tests" / "test_x.py").unlink()  # the tree is the one tested, as in premerge
    tested = _gate(repo, "tree").stdout.strip()
    assert _gate(repo, "record", tested).returncode == 0
    for status, why in ((run.returncode, "pytest exited 2 (interrupted"),
                        (0, "has no outcome for tests/test_x.py::test_b and 1 more")):
        _refused(_gate(repo, "record-slow", tested, str(report), "--status", str(status),
                       "--collected", str(listing)), why)
    _refused(_gate(repo, "check"), "have no result recorded")


def test_a_passing_byte_test_is_said_passed(repo: Path) -> None:
    _passed(repo, {LAYOUT_TEST: "passed", OTHER_SLOW: "skipped", BYTE_TEST: "passed"})
    done = _gate(repo, "check")
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith(
        f"; the slow tests: 1 passed, 1 skipped; {BYTE_TEST} passed"), done.stdout


def test_a_commit_after_the_run_needs_a_run_of_its_own(repo: Path) -> None:
    _passed(repo)
    _commit(repo, {"src/code.py": "A = 2\n"})
    _refused(_gate(repo, "check"), NO_RUN)


def test_a_new_baseline_alone_keeps_the_tree_blessed(repo: Path) -> None:
    """``sample_hashes.py --write`` changes the baseline after the run: committing it needs
    no second run, while CI (``--committed``) waits until it is committed."""
    _passed(repo)
    (repo / BASELINE).write_text("# fonts: y\nabc  pack/a.pptx\n", encoding="utf-8")
    assert _gate(repo, "check").returncode == 0
    _refused(_gate(repo, "check", "--committed"), BASELINE)
    _commit(repo, {}, "New byte baseline")
    assert _gate(repo, "check", "--committed").returncode == 0


@pytest.mark.parametrize("change", ["edited", "staged", "untracked"])
def test_uncommitted_changes_are_refused(repo: Path, change: str) -> None:
    _passed(repo)
    path = repo / ("src/new.py" if change == "untracked" else "src/code.py")
    path.write_text("A = 3\n", encoding="utf-8")
    if change == "staged":
        _git(repo, "add", "src/code.py")
    _refused(_gate(repo, "check"), f"uncommitted changes (src/{path.name})")
    # Nor can a run start on them: what it tested would not be what it recorded.
    _refused(_gate(repo, "tree"), "uncommitted changes")


_THREE_TESTS = ("def test_a():\n    pass\n\n\ndef test_b():\n    pass\n\n\n"
                "async def test_c():\n    pass\n")


@pytest.mark.parametrize(("resolved", "refused"), [
    # Both sides' tests kept: every merge passes.
    (_THREE_TESTS + "\n\ndef test_d():\n    pass\n", ""),
    # One side's removal of a test is its own, not the merge's: its count stands.
    ("def test_a():\n    pass\n\n\nasync def test_c():\n    pass\n", ""),
    # The resolution emptied the file: refused, naming the merge, the file and the counts.
    ("", "left tests/test_x.py with 0 tests, fewer than either parent's (3, 2)"),
])
def test_a_merge_that_loses_tests_is_refused(repo: Path, resolved: str, refused: str) -> None:
    _commit(repo, {"tests/test_x.py": _THREE_TESTS})
    _git(repo, "checkout", "-q", "-b", "side")
    _commit(repo, {"tests/test_x.py": _THREE_TESTS.replace("def test_b():\n    pass\n\n\n",
                                                            "")}, "side drops test_b")
    _git(repo, "checkout", "-q", "main")
    _git(repo, "checkout", "-q", "-b", "cand")
    _commit(repo, {"src/code.py": "A = 6\n"})
    _git(repo, "merge", "-q", "--no-commit", "--no-ff", "side")
    (repo / "tests" / "test_x.py").write_text(resolved, encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "Merge side")
    done = _gate(repo, "merged-tests", "main")
    if refused:
        _refused(done, refused)
        assert f"merge {_git(repo, 'rev-parse', 'HEAD')[:12]} " in done.stderr
    else:
        assert done.returncode == 0, done.stderr
        assert "gate: 1 merge(s) since main kept every test file's tests" in done.stdout


def test_a_commit_during_the_run_is_not_recorded(repo: Path) -> None:
    tested = _gate(repo, "tree").stdout.strip()
    _commit(repo, {"src/code.py": "A = 4\n"})
    _refused(_gate(repo, "record", tested), "the tests ran on")
    _refused(_gate(repo, "check"), NO_RUN)


_PYTEST = """#!{python}
# A stand-in for pytest: logs its arguments; fails the run whose arguments hold FAILING; for
# --collect-only, prints the slow tests' ids; for the slow step (--junitxml=REPORT), writes
# REPORT with SLOW's outcomes and fails when one did, or, when SLOW is "stopped", exits as a
# killed run does, writing nothing, or, when "interrupted", writes the first test's outcome
# and exits 2 as a Ctrl-C does.
import json, sys
sys.path.insert(0, {here!r})
from junit_files import listing, report
from pathlib import Path
args = sys.argv[1:]
with open({log!r}, "a", encoding="utf-8") as log:
    log.write(" ".join(args) + "\\n")
failing, slow, pending = {failing!r}, json.loads({slow!r}), json.loads({pending!r})
if failing and failing in " ".join(args):
    sys.exit(1)
if "--collect-only" in args:
    listing(Path("/dev/stdout"), list(slow if isinstance(slow, dict) else pending))
    sys.exit(0)
written = [a.split("=", 1)[1] for a in args if a.startswith("--junitxml=")]
if written:
    if slow == "stopped":
        sys.exit(143)
    if slow == "interrupted":
        report(Path(written[0]), dict(list(pending.items())[:1]))
        sys.exit(2)
    report(Path(written[0]), slow)
    sys.exit(1 if "failed" in slow.values() else 0)
"""


def _stand_ins(tmp_path: Path, failing: str, slow: dict[str, str] | str | None = None
               ) -> dict[str, str]:
    """ruff, mypy and pytest that pass, but for the pytest run whose arguments hold
    ``failing`` and the slow tests ``slow`` fails (all pass by default); each pytest run's
    arguments are logged."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "pytest.log"
    for name in ("ruff", "mypy"):
        (bin_dir / name).write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    outcomes = slow if slow is not None else {t: "passed" for t in PENDING}
    (bin_dir / "pytest").write_text(_PYTEST.format(
        python=sys.executable, here=str(Path(__file__).parent), log=str(log),
        failing=failing, slow=json.dumps(outcomes), pending=json.dumps(PENDING)),
        encoding="utf-8")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    # Not the caller's PREMERGE_BASE: tools/premerge runs this file in its slow step, and a
    # base from the outer repository is no commit of the test's own.
    outer = {k: v for k, v in os.environ.items() if k != "PREMERGE_BASE"}
    return {**outer, **GIT_ENV, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}


@pytest.mark.parametrize(("failing", "slow", "refused", "ran"), [
    ("", None, "", 4),
    ("not slow and not integration", None, NO_RUN, 1),
    ("not slow and integration", None, NO_RUN, 2),
    # The byte baseline's test fails after a merge that changes output on purpose: both
    # records are made, so sample_hashes.py --write may then write.
    ("", PENDING, "", 4),
    # Page layout fails: recorded, and the gate refuses the baseline and CI.
    ("", {**PENDING, LAYOUT_TEST: "failed"}, f"the slow tests failed on tree {{tree}}: "
     f"{LAYOUT_TEST}", 4),
    # The slow step stopped before its end: the quick run alone is recorded, and refused.
    ("", "stopped", "have no result recorded", 4),
    # Interrupted (Ctrl-C): pytest wrote a report of the tests before the stop, and the
    # gate, told the status, records nothing.
    ("", "interrupted", "have no result recorded", 4),
])
def test_premerge_records_a_passing_quick_run_and_the_slow_step(
        repo: Path, tmp_path: Path, failing: str, slow: dict[str, str] | str | None,
        refused: str, ran: int) -> None:
    env = _stand_ins(tmp_path, failing, slow)
    tree = _gate(repo, "tree").stdout.strip()
    done = subprocess.run(["bash", str(repo / "tools" / "premerge")], cwd=repo, env=env,
                          capture_output=True, text=True)
    assert done.returncode == (1 if failing or slow else 0), done.stderr
    check = _gate(repo, "check")
    if refused:
        _refused(check, refused.format(tree=tree[:12]))
    else:
        assert check.returncode == 0, check.stderr
    if isinstance(slow, dict):  # premerge said what it recorded
        said = "REFUSED: the slow tests failed" if refused else f"pending: only {BYTE_TEST}"
        assert f"gate: recorded the slow step on {tree[:12]}: " in done.stdout, done.stdout
        assert said in done.stdout, done.stdout
    # Together the two quick runs are exactly -m "not slow"; the slow ones follow them, and
    # a failing run is the last.
    runs = (tmp_path / "pytest.log").read_text(encoding="utf-8").splitlines()
    order = ["-m not slow and not integration", "-m not slow and integration",
             "--collect-only -m slow", "--dist loadfile --junitxml"]
    assert len(runs) == ran, runs
    assert all(step in run for step, run in zip(order, runs, strict=False)), runs


def test_premerge_refuses_to_start_on_uncommitted_changes(repo: Path, tmp_path: Path) -> None:
    env = _stand_ins(tmp_path, "")
    (repo / "src/code.py").write_text("A = 5\n", encoding="utf-8")
    done = subprocess.run(["bash", str(repo / "tools" / "premerge")], cwd=repo, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert "gate: uncommitted changes (src/code.py)" in done.stderr
    assert not (tmp_path / "pytest.log").exists()  # no test ran


def _sample_hashes(repo: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """tools/sample_hashes.py with its repository moved to ``repo``; a build fails the test."""
    spec = importlib.util.spec_from_file_location("sample_hashes_gated",
                                                  ROOT / "tools" / "sample_hashes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "ROOT", repo)

    def no_build(*_args: object) -> list[str]:
        raise AssertionError("built the sample batch")

    monkeypatch.setattr(module, "hashes", no_build)
    for name, value in GIT_ENV.items():
        monkeypatch.setenv(name, value)
    return module


def test_writing_the_baseline_is_refused_on_an_untested_tree(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _sample_hashes(repo, monkeypatch)
    with pytest.raises(SystemExit) as refused:
        tool.main(["--write"])
    message = str(refused.value.code)
    assert message.startswith("not written: gate: ") and NO_RUN in message, message
    assert "--no-gate" in message
    assert (repo / BASELINE).read_text(encoding="utf-8") == "# fonts: x\n"
    _passed(repo)
    assert tool.gate_refusal() == ""


def test_no_gate_skips_the_check_for_a_first_baseline(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _sample_hashes(repo, monkeypatch)
    # The next refusal in line, reached only past the gate: no build starts either way.
    monkeypatch.setattr(tool, "environment_differences", lambda: ["lxml 0, not 1"])
    with pytest.raises(SystemExit) as refused:
        tool.main(["--write", "--no-gate"])
    assert "constraints.txt" in str(refused.value.code)


def _hooked(repo: Path) -> Path:
    """``repo`` with tools/hooks/commit-msg committed and in use, as contributors set it."""
    hooks = repo / "tools" / "hooks"
    hooks.mkdir(parents=True)
    shutil.copy2(ROOT / "tools" / "hooks" / "commit-msg", hooks / "commit-msg")
    _git(repo, "config", "core.hooksPath", "tools/hooks")
    _commit(repo, {}, "use the hooks")
    return repo


def _try_commit(repo: Path, message: str) -> subprocess.CompletedProcess[str]:
    """``git commit`` of what is staged, through the hook; not checked."""
    return subprocess.run(["git", "commit", "-q", "-m", message], cwd=repo,
                          capture_output=True, text=True, env={**os.environ, **GIT_ENV})


def _stage_baseline(repo: Path, text: str = "# fonts: x\nabc  default/a.pptx\n") -> None:
    (repo / BASELINE).write_text(text, encoding="utf-8")
    _git(repo, "add", BASELINE)


def test_a_new_baseline_needs_a_passing_run_on_the_tree_it_blesses(repo: Path) -> None:
    _hooked(repo)
    _commit(repo, {"src/code.py": "A = 2\n"}, "a change without a baseline: let through")
    _stage_baseline(repo)
    head = _git(repo, "rev-parse", "HEAD")
    refused = _try_commit(repo, "New baseline")
    assert refused.returncode == 1, refused
    assert f"changes {BASELINE}" in refused.stderr and NO_RUN in refused.stderr
    assert "Baseline-without-gate: <why>" in refused.stderr
    assert _git(repo, "rev-parse", "HEAD") == head
    # The quick tests pass on the tree (the staged baseline is not part of it): let through.
    _passed(repo)
    done = _try_commit(repo, "New baseline")
    assert done.returncode == 0, done.stderr
    assert _git(repo, "show", "--name-only", "--format=", "HEAD") == BASELINE


def test_a_baseline_committed_with_other_changes_is_not_the_tested_tree(repo: Path) -> None:
    _hooked(repo)
    _passed(repo)
    _stage_baseline(repo)
    (repo / "src" / "code.py").write_text("A = 3\n", encoding="utf-8")
    _git(repo, "add", "src/code.py")
    refused = _try_commit(repo, "Code and its baseline")
    assert refused.returncode == 1 and "tree being committed" in refused.stderr, refused


@pytest.mark.parametrize(("message", "passes"), [
    ("First baseline here\n\nBaseline-without-gate: constraints.txt moved lxml to 6.0", True),
    ("First baseline here\n\nBaseline-without-gate:", False),
    # Said in the body's prose, not as the message's closing trailer: git reads no trailer.
    ("First baseline here\n\nBaseline-without-gate: new fonts\n\nMore words after it.", False),
])
def test_a_reason_in_a_trailer_lets_a_baseline_through_without_a_run(
        repo: Path, message: str, passes: bool) -> None:
    _hooked(repo)
    _stage_baseline(repo)
    done = _try_commit(repo, message)
    assert (done.returncode == 0) is passes, done
    assert (_git(repo, "log", "-1", "--format=%s") == "First baseline here") is passes


def test_a_merge_taking_the_other_branchs_baseline_as_it_is_is_let_through(
        repo: Path) -> None:
    _hooked(repo)
    _git(repo, "checkout", "-q", "-b", "side")
    _stage_baseline(repo)
    assert _try_commit(repo, "Baseline\n\nBaseline-without-gate: a first one").returncode == 0
    _git(repo, "checkout", "-q", "main")
    _commit(repo, {"src/other.py": "B = 1\n"}, "other work")
    done = subprocess.run(["git", "merge", "-q", "--no-edit", "side"], cwd=repo,
                          capture_output=True, text=True, env={**os.environ, **GIT_ENV})
    assert done.returncode == 0, done.stderr
    assert (repo / BASELINE).read_text(encoding="utf-8").endswith("default/a.pptx\n")
