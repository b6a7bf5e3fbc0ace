"""The merge gate (tools/gate): the byte baseline is written and CI started by hand only on a
tree the quick tests passed on, recorded by tools/premerge. Each test works in a scratch git
repository, with the real tools copied in and stand-ins for ruff, mypy and pytest."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.integration  # starts git and the tools as processes

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "tests/sample-hashes.txt"
NO_RUN = "no passing quick run"
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


def _passed(repo: Path) -> None:
    """What tools/premerge does around a passing quick run."""
    tested = _gate(repo, "tree").stdout.strip()
    assert _gate(repo, "record", tested).returncode == 0


def test_a_tree_nobody_tested_is_refused_then_passes_once_recorded(repo: Path) -> None:
    _refused(_gate(repo, "check"), NO_RUN)
    assert "run tools/premerge first" in _gate(repo, "check").stderr
    _passed(repo)
    done = _gate(repo, "check")
    assert done.returncode == 0, done.stderr
    assert f"passed on commit {_git(repo, 'rev-parse', 'HEAD')}" in done.stdout
    # The record is in git's own folder, never in the work tree: nothing to commit.
    assert _git(repo, "status", "--porcelain") == ""
    assert (repo / ".git" / "lessonpack-gate" / _gate(repo, "tree").stdout.strip()).is_file()


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


def test_a_commit_during_the_run_is_not_recorded(repo: Path) -> None:
    tested = _gate(repo, "tree").stdout.strip()
    _commit(repo, {"src/code.py": "A = 4\n"})
    _refused(_gate(repo, "record", tested), "the tests ran on")
    _refused(_gate(repo, "check"), NO_RUN)


def _stand_ins(tmp_path: Path, failing: str) -> dict[str, str]:
    """ruff, mypy and pytest that pass, but for the pytest run whose arguments hold
    ``failing``; each pytest run's arguments are logged."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "pytest.log"
    for name in ("ruff", "mypy"):
        (bin_dir / name).write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    (bin_dir / "pytest").write_text(
        f'#!/bin/sh\necho "$*" >> "{log}"\n'
        f'case "$*" in *"{failing}"*) exit 1;; esac\nexit 0\n' if failing else
        f'#!/bin/sh\necho "$*" >> "{log}"\nexit 0\n', encoding="utf-8")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    return {**os.environ, **GIT_ENV, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}


@pytest.mark.parametrize(("failing", "recorded", "ran"), [
    ("", True, 3),
    ("not slow and not integration", False, 1),
    ("not slow and integration", False, 2),
    # The byte baseline's test fails after a merge that changes output on purpose: the quick
    # run is recorded all the same, so sample_hashes.py --write may then write.
    ("test_sample_hashes.py", True, 3),
])
def test_premerge_records_a_passing_quick_run_only(repo: Path, tmp_path: Path, failing: str,
                                                   recorded: bool, ran: int) -> None:
    env = _stand_ins(tmp_path, failing)
    done = subprocess.run(["bash", str(repo / "tools" / "premerge")], cwd=repo, env=env,
                          capture_output=True, text=True)
    assert done.returncode == (1 if failing else 0), done.stderr
    check = _gate(repo, "check")
    if recorded:
        assert check.returncode == 0, check.stderr
    else:
        _refused(check, NO_RUN)
    # Together the two quick runs are exactly -m "not slow"; the slow ones follow them, and
    # a failing run is the last.
    runs = (tmp_path / "pytest.log").read_text(encoding="utf-8").splitlines()
    order = ["-m not slow and not integration", "-m not slow and integration",
             "tests/test_sample_hashes.py tests/test_page_layout.py"]
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
