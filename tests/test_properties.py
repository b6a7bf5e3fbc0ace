"""Property tests: whatever a user feeds lessonpack, only problems come out, never a crash.

Random YAML text, random bytes, random mutations of a real lesson, random brand files,
random content-text templates, damaged templates and random output names each either
succeed or give UserError / a Problem list. Any other exception is a bug these tests find.
"""

from __future__ import annotations

import io
import os
import random
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lessonpack.content.brand import load_brand
from lessonpack.content.loader import _load_facts, _load_item
from lessonpack.content.textrender import render_tree, text_context
from lessonpack.content.yamlsource import Parsed, parse_yaml_text, read_yaml
from lessonpack.errors import Problem, UserError
from lessonpack.io.safety import check_package, output_name_problem

ROOT = Path(__file__).resolve().parents[1]
KS2 = (ROOT / "content" / "live-streaming" / "ks2.yml").read_text(encoding="utf-8")
DOCUMENT = (ROOT / "templates" / "document.docx").read_bytes()
DECK = (ROOT / "templates" / "deck.pptx").read_bytes()
# LESSONPACK_FUZZ=50 pytest tests/test_properties.py runs 50 times as many examples.
SCALE = int(os.environ.get("LESSONPACK_FUZZ", "1"))
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    max_examples=150 * SCALE)
FEW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow],
               max_examples=40 * SCALE)


def _context() -> dict[str, Any]:
    problems: list[Problem] = []
    facts = _load_facts([ROOT / "content" / "facts.yml"], problems)
    assert facts is not None and not problems
    return text_context(facts)


CONTEXT = _context()
YAML_BITS = st.sampled_from([
    "id: x\n", "kind: lesson\n", "- ", "  ", "\t", ": ", "&a ", "*a ", "!!python/object ",
    "!!binary ", "<<: ", "? ", "[", "]", "{", "}", ",", '"', "'", "#", "---\n", "...\n", "|\n",
    ">-\n", "{{ fact.x }}", "\x00", "\x07", "\ufeff", "\u202e", "\\x07", "1e999", "~", "\n",
])
yaml_text = st.lists(st.one_of(YAML_BITS, st.text(max_size=12)), max_size=60).map("".join)


def _only_problems(parsed: Parsed) -> None:
    assert all(isinstance(p, Problem) for p in parsed.problems)
    assert all("\n" not in str(p) for p in parsed.problems)  # one line each


@SETTINGS
@given(yaml_text)
def test_random_yaml_text_gives_problems_not_crashes(text: str) -> None:
    _only_problems(parse_yaml_text(text, Parsed(Path("x.yml")), "x.yml"))


@SETTINGS
@given(st.binary(max_size=400))
def test_random_bytes_give_problems_not_crashes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lesson.yml"
        path.write_bytes(data)
        _only_problems(read_yaml(path, "lesson.yml"))


def _mutate(text: str, rng: random.Random, edits: int) -> str:
    lines = text.splitlines(keepends=True)
    for _ in range(edits):
        i = rng.randrange(len(lines))
        kind = rng.randrange(6)
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif kind == 2:  # change indentation
            lines[i] = " " * rng.randrange(8) + lines[i].lstrip(" ")
        elif kind == 3:  # a character somewhere
            pos = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:pos] + rng.choice("-:[]{}&*!|>'\"#%@`\t\x07") + lines[i][pos:]
        elif kind == 4:  # swap two lines
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:  # a value of another type
            key = lines[i].split(":", 1)[0]
            lines[i] = f"{key}: {rng.choice(['123', 'null', '[]', '{}', 'true', '-1', '1e9'])}\n"
        if not lines:
            lines = ["\n"]
    return "".join(lines)


@FEW
@given(st.integers(min_value=0, max_value=2**32), st.integers(min_value=1, max_value=6))
def test_mutated_lesson_gives_problems_or_a_lesson(seed: int, edits: int) -> None:
    text = _mutate(KS2, random.Random(seed), edits)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ks2.yml"
        path.write_text(text, encoding="utf-8")
        problems: list[Problem] = []
        loaded = _load_item(path, CONTEXT, problems)
        assert (loaded is None) == bool(problems)
        assert all("\n" not in str(p) for p in problems)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
              st.text(max_size=30)),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=10), children, max_size=4)),
    max_leaves=20)
BRAND_KEYS = st.sampled_from(["org_name", "logo", "primary", "secondary", "accent", "light",
                              "heading_font", "body_font", "footer", "website",
                              "safeguarding_lead", "safeguarding_contact", "extra_helplines"])
brand_values = st.one_of(json_values, st.sampled_from(["#1B2A4A", "#FFFFFF", "#12345", "navy",
                                                       "logo.png", "../../etc/passwd",
                                                       "/dev/zero", ".", "CON"]))


@SETTINGS
@given(st.dictionaries(st.one_of(BRAND_KEYS, st.text(max_size=8)), brand_values, max_size=6))
def test_random_brand_files_give_problems_or_a_brand(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "brand.yml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        try:
            load_brand(path)
        except UserError as exc:
            assert exc.problems and all("\n" not in str(p) for p in exc.problems)


JINJA_BITS = st.sampled_from([
    "{{", "}}", "{%", "%}", " for ", " in ", " if ", " endif ", " endfor ", " set ", "fact",
    "helpline", "platform", ".", "__class__", "__globals__", "__init__", "(", ")", "[", "]",
    "*", "**", "~", "|", "upper", "center", "attr", "range", "9", "'x'", "loop", "self",
    "cycler", "lipsum", "macro", "endmacro", "values", "items", ",", "=", "-", "/",
])
templates = st.lists(st.one_of(JINJA_BITS, st.text(max_size=5)), max_size=40).map("".join)


@SETTINGS
@given(templates)
def test_random_content_text_gives_problems_not_crashes(text: str) -> None:
    rendered, errors = render_tree({"notes": text}, CONTEXT)
    assert errors or isinstance(rendered["notes"], str)
    assert all(isinstance(message, str) for _loc, message, _line in errors)


def _damaged(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randrange(1, 20)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    if rng.random() < 0.3:
        out = out[: rng.randrange(len(out))]
    return bytes(out)


def _rexml(data: bytes, rng: random.Random) -> bytes:
    """Well-formed XML with elements and attributes dropped: what a careless editor or another
    program might save. Reaches python-pptx/python-docx and our layout matching."""
    from lxml import etree

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            body = zin.read(info)
            if info.filename.endswith(".xml") and rng.random() < 0.3:
                root = etree.fromstring(body)
                nodes = list(root.iter())
                for _ in range(rng.randrange(1, 6)):
                    node = rng.choice(nodes)
                    if node.attrib and rng.random() < 0.5:
                        del node.attrib[rng.choice(list(node.attrib))]
                    elif node.getparent() is not None:
                        node.getparent().remove(node)
                        nodes = list(root.iter())
                body = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            zout.writestr(info, body)
    return out.getvalue()


def _reparts(data: bytes, rng: random.Random) -> bytes:
    """A well-formed zip whose parts are damaged, dropped or renamed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            body = zin.read(info)
            roll = rng.random()
            if roll < 0.1:
                continue
            if roll < 0.2:
                body = body[: rng.randrange(len(body) + 1)]
            name = info.filename + ("x" if rng.random() < 0.05 else "")
            zout.writestr(name, body)
    return out.getvalue()


@FEW
@given(st.integers(min_value=0, max_value=2**32), st.sampled_from([_damaged, _reparts, _rexml]),
       st.sampled_from(["document.docx", "deck.pptx"]))
# A numbering part whose abstractNum lost its id crashed adopting lessonpack's list styles.
@example(seed=4_190_971_304, damage=_rexml, name="document.docx")
@example(seed=6_183_593, damage=_damaged, name="document.docx")  # a member it never read
def test_damaged_templates_give_problems_not_crashes(seed: int, damage: Any,
                                                     name: str) -> None:
    from lessonpack.build.look import prepare_look

    rng = random.Random(seed)
    data = damage(DOCUMENT if name == "document.docx" else DECK, rng)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            check_package(data, name, "document" if name == "document.docx" else "deck")
            prepare_look(template=path)
        except UserError as exc:
            assert exc.problems and all("\n" not in str(p) for p in exc.problems)


@SETTINGS
@given(st.text(max_size=40))
def test_output_names_are_refused_or_stay_inside(name: str) -> None:
    if output_name_problem(name) is not None:
        return
    root = Path("/srv/out")
    joined = Path(str(root / name.replace("\\", "/")))
    # An accepted name never climbs out: a ".." part is exactly what must be refused.
    assert ".." not in joined.parts, name
    assert root in joined.parents
    for part in joined.relative_to(root).parts:
        assert part.split(".")[0].lower() not in {"con", "prn", "aux", "nul"}


@pytest.mark.parametrize("seed", [1403, 1404])
def test_damaged_theme_or_slide_size_is_a_problem_not_a_crash(seed: int) -> None:
    """Two damages hypothesis found: a deck with no slide size, and a theme without its
    themeElements. Each is one LP130 line or a deck built with our own colours."""
    test_damaged_templates_give_problems_not_crashes.hypothesis.inner_test(
        seed, _rexml, "deck.pptx")
