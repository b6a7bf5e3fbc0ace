"""pytest's report files as tools/gate reads them, written by hand: a --junitxml report
and a --collect-only listing. test_gate writes them, and so does its pytest stand-in, which
runs as a process for every pytest run tools/premerge makes: this module imports nothing but
the standard library, where importing test_gate loaded pytest and the gate's own code in
every one of those processes."""

from __future__ import annotations

from pathlib import Path


def report(path: Path, outcomes: dict[str, str]) -> Path:
    """A pytest --junitxml report of ``outcomes`` (node id -> passed, failed or skipped), as
    pytest writes it: a test's module dotted in ``classname``, its outcome a child."""
    cases = []
    for test, outcome in outcomes.items():
        module, name = test.split("::")
        child = {"passed": "", "failed": '<failure message="assert 0">E</failure>',
                 "skipped": '<skipped type="pytest.skip" message="no soffice"/>'}[outcome]
        cases.append(f'<testcase classname="{module.removesuffix(".py").replace("/", ".")}" '
                     f'name="{name}" time="0.1">{child}</testcase>')
    path.write_text('<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite '
                    f'name="pytest">{"".join(cases)}</testsuite></testsuites>',
                    encoding="utf-8")
    return path


def listing(path: Path, tests: list[str]) -> Path:
    """What ``pytest --collect-only -q`` prints: the node ids, a blank line, a summary."""
    path.write_text("".join(f"{t}\n" for t in tests)
                    + f"\n{len(tests)} tests collected in 0.10s\n", encoding="utf-8")
    return path
