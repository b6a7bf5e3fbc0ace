"""CI runs the README's test command word for word: `.ci/run` ends with it. A change to one
that missed the other would have CI run the suite differently from how contributors are
told to, and a green CI would no longer mean the README's command passes."""

from __future__ import annotations

from conftest import ROOT

INSTALL = "python3 -m venv .venv && . .venv/bin/activate && pip install '.[test,web]' && "


def _readme_test_command() -> str:
    """The README's one command that installs the test extra and runs pytest."""
    lines = ROOT.joinpath("README.md").read_text(encoding="utf-8").splitlines()
    (command,) = [line for line in lines if line.startswith(INSTALL)]
    return command


def _ci_last_command() -> str:
    lines = ROOT.joinpath(".ci/run").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")][-1]


def test_ci_ends_with_the_readmes_test_command() -> None:
    assert _ci_last_command() == _readme_test_command()


def test_the_test_command_runs_every_test_file_on_one_worker() -> None:
    """On every core, each test file on one worker (--dist loadfile): a module's fixtures
    that build packs for its tests are made once, not once on each worker."""
    pytest_args = _readme_test_command().removeprefix(INSTALL).split()
    assert pytest_args == ["pytest", "-n", "auto", "--dist", "loadfile"]
