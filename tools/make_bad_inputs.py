"""Regenerates the inputs of tests/bad_inputs/: one defect per folder.

A folder holds its inputs, ``expected.txt`` (the exact error lines) and, for anything but a
``--content`` folder, ``cmd.txt``: the command line, where ``{case}`` is the folder and
``{out}`` a fresh output folder (which ``expected.txt`` may name too). A ``setup/`` folder is
copied into ``{out}`` first (files a teacher already has there).

Run: python tools/make_bad_inputs.py   then review each expected.txt (written only when
missing, so a change in an error message shows up as a failing test, not a silent update).
"""

from __future__ import annotations

import io
import os
import shlex
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "bad_inputs"
KS2 = (ROOT / "content" / "live-streaming" / "ks2.yml").read_text(encoding="utf-8")
FACTS = (ROOT / "content" / "facts.yml").read_text(encoding="utf-8")
PARENTS = (ROOT / "content" / "live-streaming" / "parents.yml").read_text(encoding="utf-8")
DECK = ROOT / "templates" / "deck.pptx"
PWNED = "tests/bad_inputs/brand-python-tag/pwned"  # must never appear

Files = dict[str, bytes | str]


def edit(old: str, new: str, count: int = 1, text: str = KS2) -> str:
    assert old in text, old
    return text.replace(old, new, count)


# --------------------------------------------------------------------------- content

# A fact the KS2 lesson cites once, where the cases below break or abuse a reference.
FACT_IN_KS2 = "{{ fact.ceop_private_chat }}"

SIMPLE: dict[str, bytes | str] = {
    "tab-indent": "id: x\nkind: lesson\ntitle:\n\tbad: 1\n",
    "unclosed-quote": 'id: x\ntitle: "Going live\nsubtitle: oops\n',
    "python-tag": "id: !!python/object/apply:os.system ['echo pwned']\nkind: lesson\n",
    "duplicate-key": "kind: lesson\nid: a\nid: b\n",
    "empty-file": "\n\n",
    "not-utf8": "id: caf\xe9\n".encode("latin-1"),
    "unknown-kind": "kind: assembly\nid: x\n",
    "top-level-list": "- kind: lesson\n- id: x\n",
    "alias-bomb": "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)),
    "utf16-bom": "id: x\nkind: lesson\n".encode("utf-16"),
    "multiple-documents": "id: x\nkind: lesson\n---\nid: y\nkind: lesson\n",
    "complex-key": "id: x\n[a, b]: 1\n",
    "deep-nesting": "id: x\nnotes: " + "[" * 5000 + "]" * 5000 + "\n",
    "control-character": "id: x\ntitle: Going\x07live\n",
    "control-character-escape": 'id: x\ntitle: "Going\\x07live"\n',
    "recursive-alias": "id: x\nnotes: &loop [a, *loop]\n",
    "merge-key": "base: &base {id: x}\nlesson:\n  <<: *base\n",
}

LESSON_EDITS: dict[str, str] = {
    "unknown-field": edit("duration_minutes: 60", "duration_minutes: 60\nlevel: easy"),
    "text-too-long": edit("title: \"Live streams", "title: \"" + "Very " * 12 + "Live streams"),
    "wrong-type": edit("viewers: ", "viewers: lots #", 1),
    "missing-field": edit("outcome: >-\n  I can tell good attention from red flags, keep personal "
                          "information private, and use Stop,\n  Tell, Save, Report.\n", ""),
    "outcome-not-i-can": edit("outcome: >-\n  I can", "outcome: >-\n  We will"),
    "two-correct-answers": edit('''          - text: "Great trick! Keep practising."
            correct: true
          - text:''', '''          - text: "Great trick! Keep practising."
            correct: true
          - correct: true
            text:'''),
    "unknown-signpost": edit("[trusted_adult, childline, ceop]",
                             "[trusted_adult, childlines, ceop]"),
    "timing-mismatch": edit("duration_minutes: 60", "duration_minutes: 50"),
    "unknown-fact": edit(FACT_IN_KS2, "{{ fact.liveskills }}"),
    # Routes through a quiz question and a Part the lesson does not have (LP114): in a
    # sheet route's list and words, and in a resource's route (written in its text too).
    "route-unknown-part": edit("quiz 1 and 2, How did I do and Think about it.\",\n"
                               "     parts: [2, 3], quiz: [1, 2]",
                               "quiz 1 and 5, How did I do and Think about it.\",\n"
                               "     parts: [2, 3], quiz: [1, 5]",
                               1, edit("(Parts 1 and 2)", "(Parts 1 and 4)", 2)),
    # A bad reference does not hide the file's other problems: all three, one line each.
    "unknown-fact-and-schema": edit("duration_minutes: 60", "duration_minutes: sixty\nlevel: easy",
                                    1, edit(FACT_IN_KS2, "{{ fact.liveskills }}")),
    "jinja-syntax": edit(FACT_IN_KS2, "{{ fact.ceop_private_chat }"),
    "unknown-source": edit("sources: [S-RSHE25, ", "sources: [S999, S-RSHE25, "),
    "jinja-python-internals": edit(FACT_IN_KS2, "{{ ''.__class__.__mro__ }}"),
    "jinja-globals": edit(FACT_IN_KS2, "{{ cycler.__init__.__globals__ }}"),
    "jinja-set-statement": edit(FACT_IN_KS2,
                                "{% set x = fact.ceop_private_chat %}{{ x }}"),
    "jinja-loop-bomb": edit(FACT_IN_KS2, "{% for a in fact %}{% for b in fact "
                            "%}{% for c in fact %}{{ c }}{% endfor %}{% endfor %}{% endfor %}"),
    "jinja-huge-number": edit(FACT_IN_KS2, "{{ 9 ** 9 ** 9 }}"),
    "topic-path-traversal": edit("topic: live-streaming", "topic: ../../outside"),
    # A key with a line break would print as two lines, the second looking like a verdict.
    "newline-in-key": edit("duration_minutes: 60", 'duration_minutes: 60\n'
                           '"level\\nerror[LP000] all good": x'),
}

FACTS_EDITS: dict[str, str] = {
    "facts-unknown-field": edit("    checked: 2026-11-26\n", "    checked: 2026-11-26\n"
                                "    checked_by: Ms Smith\n", 1, FACTS),
    "facts-python-tag": edit("facts:\n", "danger: !!python/name:os.system\nfacts:\n", 1, FACTS),
}

# The parents' session with one defect: its folder's parents.yml.
PARENTS_EDITS: dict[str, str] = {
    # "Spotting the tactics" is seven minutes: its first step typed 13 for 3.
    "cue-minutes": edit("      - name: Say\n        minutes: 3\n        text: >-\n          spot",
                        "      - name: Say\n        minutes: 13\n        text: >-\n          spot",
                        1, PARENTS),
}

# Cases run with their own command line: (files, command line).
OTHER: dict[str, tuple[Files, str]] = {
    "content-folder-missing": ({"README.txt": "There is no lessons/ folder here.\n"},
                               "build -k ks2 --content {case}/lessons --out {out}"),
    "content-is-a-file": ({"lesson.yml": KS2},
                          "build -k ks2 --content {case}/lesson.yml --out {out}"),
}


# --------------------------------------------------------------------------- images


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(
        ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` x ``height`` and holds almost no pixel data: a
    decompression bomb's header, refused before anything is decoded."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + _chunk(b"IEND", b""))


def truncated_png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (300, 100), (30, 80, 160)).save(out, "PNG")
    return out.getvalue()[:120]


def _brand(logo: str) -> str:
    return f"org_name: Oakfield Primary School\nlogo: {logo}\n"


BRAND_CMD = "build -k ks2 --brand {case}/brand.yml --out {out}"
BRANDS: dict[str, tuple[Files, str]] = {
    "brand-logo-decompression-bomb": ({"brand.yml": _brand("logo.png"),
                                       "logo.png": png_header_only(100_000, 100_000)}, BRAND_CMD),
    "brand-logo-too-many-pixels": ({"brand.yml": _brand("logo.png"),
                                    "logo.png": png_header_only(6000, 5000)}, BRAND_CMD),
    "brand-logo-truncated": ({"brand.yml": _brand("logo.png"), "logo.png": truncated_png()},
                             BRAND_CMD),
    "brand-logo-is-a-folder": ({"brand.yml": _brand("images"),
                                "images/README.txt": "the logo should be in here\n"}, BRAND_CMD),
    "brand-logo-empty-file": ({"brand.yml": _brand("logo.png"), "logo.png": b""}, BRAND_CMD),
    "brand-python-tag": ({"brand.yml": "org_name: !!python/object/apply:os.system "
                          f"['touch {PWNED}']\n"}, BRAND_CMD),
    "brand-utf16": ({"brand.yml": "org_name: Oakfield\n".encode("utf-16")}, BRAND_CMD),
    "brand-control-character": ({"brand.yml": 'org_name: "Oakfield\\x00Primary"\n'},
                                BRAND_CMD),
    "brand-is-a-folder": ({"brand.yml/README.txt": "a folder, not a brand file\n"}, BRAND_CMD),
    "brand-file-missing": ({"README.txt": "no brand.yml here\n"}, BRAND_CMD),
}


# --------------------------------------------------------------------------- templates

CT_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
           'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>')
MAIN = {
    "deck": ("/ppt/presentation.xml", "application/vnd.openxmlformats-officedocument."
             "presentationml.presentation.main+xml"),
    "document": ("/word/document.xml", "application/vnd.openxmlformats-officedocument."
                 "wordprocessingml.document.main+xml"),
    "workbook": ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument."
                 "spreadsheetml.sheet.main+xml"),
}


def content_types(*kinds: str) -> str:
    overrides = "".join(f'<Override PartName="{MAIN[k][0]}" ContentType="{MAIN[k][1]}"/>'
                        for k in kinds)
    return CT_HEAD + overrides + "</Types>"


def package(parts: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            info = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, body.encode("utf-8") if isinstance(body, str) else body)
    return out.getvalue()


P_NS = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
XXE = ('<?xml version="1.0"?>\n<!DOCTYPE p:presentation [<!ENTITY secret SYSTEM '
       f'"file:///etc/passwd">]>\n<p:presentation {P_NS}>&secret;</p:presentation>')
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY a "lol">'
          + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                    for i in range(9))
          + ']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
          'main">&j;</w:document>')


def deck_without_master() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(DECK) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info)
            if info.filename == "ppt/presentation.xml":
                start = body.index(b"<p:sldMasterIdLst>")
                end = body.index(b"</p:sldMasterIdLst>") + len(b"</p:sldMasterIdLst>")
                body = body[:start] + body[end:]
            zout.writestr(info, body)
    return out.getvalue()


def deck_cmd(name: str = "deck.pptx") -> str:
    return f"build -k ks2 --template {{case}}/{name} --out {{out}}"


TEMPLATES: dict[str, tuple[Files, str]] = {
    "template-not-a-zip": ({"deck.pptx": "This is a text file, not a PowerPoint file.\n"},
                           deck_cmd()),
    "template-password-protected": ({"deck.pptx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
                                     + b"\x00" * 504}, deck_cmd()),
    "template-zip-bomb": ({"deck.pptx": package({
        "[Content_Types].xml": content_types("deck"),
        "ppt/presentation.xml": f"<p:presentation {P_NS}/>",
        "ppt/media/image1.png": b"\x00" * 20_000_000})}, deck_cmd()),
    "template-xxe": ({"deck.pptx": package({"[Content_Types].xml": content_types("deck"),
                                            "ppt/presentation.xml": XXE})}, deck_cmd()),
    "template-billion-laughs": ({"document.docx": package({
        "[Content_Types].xml": content_types("document"), "word/document.xml": LAUGHS})},
        deck_cmd("document.docx")),
    "template-malformed-xml": ({"deck.pptx": package({
        "[Content_Types].xml": content_types("deck"),
        "ppt/presentation.xml": f"<p:presentation {P_NS}><p:sldSz"})}, deck_cmd()),
    "template-word-as-deck": ({"deck.pptx": package({
        "[Content_Types].xml": content_types("document"),
        "word/document.xml": "<w:document xmlns:w='urn:w'/>"})}, deck_cmd()),
    "template-excel-as-document": ({"document.docx": package({
        "[Content_Types].xml": content_types("workbook"),
        "xl/workbook.xml": "<workbook xmlns='urn:x'/>"})}, deck_cmd("document.docx")),
    "template-no-main-part": ({"deck.pptx": package({
        "[Content_Types].xml": content_types()})}, deck_cmd()),
    "template-main-part-missing": ({"deck.pptx": package({
        "[Content_Types].xml": content_types("deck")})}, deck_cmd()),
    "template-no-slide-master": ({"deck.pptx": deck_without_master()}, deck_cmd()),
    "template-empty-folder": ({"templates/README.txt": "no templates in here\n"},
                              "build -k ks2 --template {case}/templates --out {out}"),
}


# --------------------------------------------------------------------------- output

OUTPUTS: dict[str, tuple[Files, str]] = {
    "out-existing-file-kept": (
        {"setup/live-streaming-ks2/live-streaming-ks2-letter-home.docx":
         "A letter a teacher has edited.\n"}, "build -k ks2 --out {out}"),
    "out-folder-in-the-way": (
        {"setup/live-streaming-ks2/live-streaming-ks2-slides.pptx/README.txt":
         "a folder where the deck should go\n"}, "build -k ks2 --out {out}"),
    "out-parent-is-a-file": ({"setup/packs": "a file where the output folder should be\n"},
                             "build -k ks2 --out {out}/packs/school"),
}


# --------------------------------------------------------------------------- writing


def _write_case(name: str, files: Files, cmd: str | None) -> None:
    folder = CASES / name
    folder.mkdir(parents=True, exist_ok=True)
    for relative, body in files.items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
    if cmd is not None:
        (folder / "cmd.txt").write_text(cmd + "\n", encoding="utf-8")


def command(folder: Path, out: Path) -> list[str]:
    """The case's command line, as the test harness runs it."""
    cmd_file = folder / "cmd.txt"
    case = str(folder.relative_to(ROOT))
    cmd = (cmd_file.read_text(encoding="utf-8").strip() if cmd_file.exists()
           else "build -k ks2 --content {case} --out {out}")
    return [arg.format(case=case, out=str(out)) for arg in shlex.split(cmd)]


def _expected(folder: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        if (folder / "setup").is_dir():
            shutil.copytree(folder / "setup", out)
        run = subprocess.run([sys.executable, "-m", "lessonpack", *command(folder, out)],
                             cwd=ROOT, capture_output=True, text=True, check=False)
        lines = run.stderr.strip().splitlines()[:-1]
        text = "\n".join(line.replace(os.path.relpath(out, ROOT), "{out}") for line in lines)
        (folder / "expected.txt").write_text(text + "\n", encoding="utf-8")


def main() -> None:
    for name, text in {**SIMPLE, **LESSON_EDITS}.items():
        _write_case(name, {"lesson.yml": text}, None)
    for name, text in FACTS_EDITS.items():
        _write_case(name, {"facts.yml": text}, None)
    for name, text in PARENTS_EDITS.items():
        _write_case(name, {"parents.yml": text}, None)
    dup = CASES / "duplicate-id"
    dup.mkdir(exist_ok=True)
    (dup / "a.yml").write_text(KS2, encoding="utf-8")
    (dup / "b.yml").write_text(KS2, encoding="utf-8")
    for name, (files, cmd) in {**OTHER, **BRANDS, **TEMPLATES, **OUTPUTS}.items():
        _write_case(name, files, cmd)
    for folder in sorted(CASES.iterdir()):
        if folder.is_dir() and not (folder / "expected.txt").exists():
            _expected(folder)
            print(f"{folder.name}: wrote expected.txt (review it)")


if __name__ == "__main__":
    main()
