"""libyaml (fast) and the pure-Python parser must read every file the same way: same values,
same line and column for every field, same problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.content import yamlsource
from lessonpack.content.yamlsource import Parsed, parse_yaml_text

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted(f for folder in ("content", "examples", "tests") for pattern in ("*.yml", "*.yaml")
               for f in (ROOT / folder).rglob(pattern) if f.is_file())


def _read(path: Path, pure: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    with monkeypatch.context() as patch:
        if pure:
            patch.setattr(yamlsource, "_compose_fast", lambda _text: None)
        parsed = parse_yaml_text(text, Parsed(path), str(path), fast=not pure)
    return parsed.data, parsed.marks, [str(p) for p in parsed.problems]


def test_libyaml_is_used() -> None:
    # PyPI's wheels carry libyaml; without it loading content is five times slower.
    assert yamlsource.CParser is not None
    assert yamlsource._compose_fast("a: [1, 2]\n") is not None


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_both_parsers_agree(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _read(path, False, monkeypatch) == _read(path, True, monkeypatch)


@pytest.mark.parametrize("text", ["a: [1\n", "a: b: c\n", "[" * 60 + "]" * 60 + "\n",
                                  "a: 1\n---\nb: 2\n", "k: \"x\u0007\"\n", "\ta: 1\n",
                                  "key:\tvalue\n", "notes: |#x\n  hello\n"])
def test_broken_files_give_the_pure_parsers_problems(text: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    fast = parse_yaml_text(text, Parsed(Path("x.yml")), "x.yml", fast=True)
    with monkeypatch.context() as patch:
        patch.setattr(yamlsource, "_compose_fast", lambda _text: None)
        pure = parse_yaml_text(text, Parsed(Path("x.yml")), "x.yml")
    assert fast.problems and [str(p) for p in fast.problems] == [str(p) for p in pure.problems]


def test_only_shipped_files_take_the_fast_path(tmp_path: Path) -> None:
    from lessonpack.io.resources import builtin_content

    assert yamlsource._shipped(builtin_content() / "facts.yml")
    assert not yamlsource._shipped(tmp_path / "facts.yml")


def test_a_tab_in_a_users_content_is_still_refused(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    # libyaml accepts a tab after "key:", the pure-Python parser does not: a user's file
    # must give the same problem as before the fast path existed.
    from lessonpack.cli import main

    folder = tmp_path / "mine" / "live-streaming"
    folder.mkdir(parents=True)
    text = (ROOT / "content" / "live-streaming" / "ks2.yml").read_text(encoding="utf-8")
    (folder / "ks2.yml").write_text(text.replace("duration_minutes: ", "duration_minutes:\t", 1),
                                    encoding="utf-8")
    assert main(["validate", "--content", str(tmp_path / "mine")]) == 1
    assert "error[LP101]" in capsys.readouterr().err


def _nodes(node: object) -> list[tuple[str, object, int, int]]:
    """Every node of a composed tree as (tag, scalar value, start index, end index)."""
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    assert node is not None
    out = []
    todo = [node]
    while todo:
        current = todo.pop()
        assert isinstance(current, (MappingNode, ScalarNode, SequenceNode))
        value = current.value if isinstance(current, ScalarNode) else None
        out.append((current.tag, value, current.start_mark.index, current.end_mark.index))
        if isinstance(current, MappingNode):
            todo += [part for pair in current.value for part in pair]
        elif isinstance(current, SequenceNode):
            todo += current.value
    return out


def test_a_linter_composes_a_shipped_file_as_the_pure_parser_places_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``compose_read`` (the figures lint's positions): libyaml for a shipped file, with the
    same nodes at the same offsets as the pure-Python loader; a user's copy of the same text
    takes the pure-Python loader; text that no longer parses gives None."""
    from lessonpack.io.resources import builtin_content

    shipped = builtin_content() / "live-streaming" / "ks2.yml"
    text = shipped.read_bytes().decode("utf-8-sig")
    fast = []
    real_fast = yamlsource._compose_fast
    monkeypatch.setattr(yamlsource, "_compose_fast",
                        lambda t: fast.append(t) or real_fast(t))
    node = yamlsource.compose_read(shipped, text)
    assert fast == [text]  # libyaml was asked, and its tree is the one returned
    copy = tmp_path / "ks2.yml"
    copy.write_text(text, encoding="utf-8")
    pure = yamlsource.compose_read(copy, text)
    assert fast == [text]  # a user's file never takes the fast path
    assert len(_nodes(node)) > 1000 and _nodes(node) == _nodes(pure)
    assert yamlsource.compose_read(copy, "a: [1\n") is None
