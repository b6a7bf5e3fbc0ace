"""Hostile and broken input beyond the fixture corpus: what cannot be a file in git (huge,
unreadable, generated), what needs a real process (killed mid-build, two builds at once), and
the writer's failure modes (full disk, read-only folder, unsafe names)."""

from __future__ import annotations

import errno
import io
import os
import signal
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from conftest import NORTHSHIRE_BRAND
from held_build import held, let_go
from lessonpack.cli import main
from lessonpack.content.yamlsource import read_yaml
from lessonpack.errors import UserError
from lessonpack.io import safety, writer
from lessonpack.io.safety import check_package, output_name_problem
from lessonpack.io.writer import write_files

ROOT = Path(__file__).resolve().parents[1]
DECK = ROOT / "templates" / "deck.pptx"
PACK = "live-streaming-ks2"


def _office_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in {".pptx", ".docx"})


def _parts(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.part"))


def _intact(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None
    except zipfile.BadZipFile:
        return False


# --------------------------------------------------------------------------- reading


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "lesson.yml"
    with huge.open("wb") as handle:
        handle.truncate(10_000_000_000)  # sparse: 10 GB on paper, nothing on disk
    tracemalloc.start()
    problems = read_yaml(huge, "lesson.yml").problems
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [str(p) for p in problems] == [
        "lesson.yml: error[LP100] file is 10,000,000,000 bytes; content files may be at most "
        "2,000,000 bytes"]
    assert peak < 1_000_000


def test_devices_and_fifos_are_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "brand.yml"
    os.mkfifo(fifo)  # opening it would block forever
    assert [p.message for p in read_yaml(fifo).problems] == ["is not a regular file"]
    assert [p.message for p in read_yaml(Path("/dev/zero")).problems] == [
        "is not a regular file"]


def test_unreadable_file_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    content = tmp_path / "lessons"
    content.mkdir()
    lesson = content / "lesson.yml"
    lesson.write_text("id: x\n", encoding="utf-8")
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        if self == lesson:  # as root, chmod 000 would not stop us: simulate it
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", deny)
    assert main(["build", "-k", "ks2", "--content", str(content), "--out",
                 str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{lesson}: error[LP100] cannot read file: Permission denied"
    assert not (tmp_path / "out").exists()


def test_debug_shows_no_traceback_for_bad_input(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    assert main(["--debug", "build", "-k", "ks2", "--content", "tests/bad_inputs/deep-nesting",
                 "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "error[LP101]" in err


# --------------------------------------------------------------------------- packages


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    return out.getvalue()


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "ppt/media/a.bin": b"\0" * 100_000_000})
    assert len(bomb) < 200_000
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(UserError) as caught:
        check_package(bomb, "bomb.pptx", "deck")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert time.perf_counter() - started < 2
    assert peak < 5_000_000
    assert "LP132" in str(caught.value) and "zip bomb" in str(caught.value)


def test_total_size_and_part_count_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    data = DECK.read_bytes()
    check_package(data, "deck.pptx", "deck")  # ours passes
    monkeypatch.setattr(safety, "MAX_UNPACKED_BYTES", 100_000)
    with pytest.raises(UserError, match=r"its parts inflate to [\d,]+ bytes"):
        check_package(data, "deck.pptx", "deck")
    monkeypatch.setattr(safety, "MAX_MEMBERS", 10)
    with pytest.raises(UserError, match=r"holds \d+ parts; .* at most 10"):
        check_package(data, "deck.pptx", "deck")


def test_external_entity_is_never_resolved(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    types = (b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             b'<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.'
             b'openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>')
    body = (f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY s SYSTEM "{secret.as_uri()}">]>'
            '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/'
            'main"><p:x>&s;</p:x></p:presentation>').encode("utf-16")
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(_zip({"[Content_Types].xml": types, "ppt/presentation.xml": body}))
    assert main(["build", "-k", "ks2", "--template", str(deck), "--out",
                 str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "error[LP132] part ppt/presentation.xml declares a DOCTYPE" in err
    assert "TOP-SECRET" not in err


def test_check_command_refuses_a_zip_bomb(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    bomb = tmp_path / "bomb.pptx"
    bomb.write_bytes(_zip({"[Content_Types].xml": b"<Types/>", "a.bin": b"\0" * 5_000_000}))
    assert main(["check", str(bomb)]) == 1
    out = capsys.readouterr().out
    assert "LPC001" in out and "zip bomb" in out


# --------------------------------------------------------------------------- logos


def _logo(path: Path, size: tuple[int, int], fmt: str = "PNG") -> None:
    image = Image.new("RGB", size, (20, 60, 120))
    for x in range(0, size[0], 97):  # some detail, so the bytes are not trivially small
        for y in range(size[1]):
            image.putpixel((x, y), (250, 250, 250))
    image.save(path, fmt)


@pytest.mark.parametrize(("name", "fmt"), [("logo.png", "PNG"), ("logo.jpg", "JPEG")])
def test_big_logo_is_downscaled_reproducibly(tmp_path: Path, name: str, fmt: str) -> None:
    _logo(tmp_path / name, (4000, 1000), fmt)
    (tmp_path / "brand.yml").write_text(f"org_name: Big Logo School\nlogo: {name}\n",
                                        encoding="utf-8")
    builds = []
    for run in ("a", "b"):
        out = tmp_path / run
        assert main(["build", "-k", "ks2", "--brand", str(tmp_path / "brand.yml"), "--out",
                     str(out), "-q"]) == 0
        builds.append(out / PACK)
    for file in (f"{PACK}-slides.pptx", f"{PACK}-worksheet.docx"):
        assert (builds[0] / file).read_bytes() == (builds[1] / file).read_bytes()
        with zipfile.ZipFile(builds[0] / file) as archive:
            media = [n for n in archive.namelist() if "/media/" in n]
            assert media
            logos = 0
            for member in media:
                with Image.open(io.BytesIO(archive.read(member))) as image:
                    if image.size in ((512, 512), (1024, 1024)):  # the library's, not the logo
                        continue
                    assert image.size == (1200, 300)
                    assert image.format == fmt
                    logos += 1
            assert logos


# --------------------------------------------------------------------------- writing


@pytest.mark.parametrize("name", [
    "../escape.pptx", "/etc/passwd", "C:\\Windows\\x.docx", "a\\..\\b", "pack/../../x",
    "CON", "con.txt", "pack/NUL.docx", "LPT1", "com9.pptx", "x" * 151, "trailing.", "space ",
    "a//b", "", "bad:name", "pipe|name", "new\nline",
])
def test_unsafe_output_names_are_refused(tmp_path: Path, name: str) -> None:
    assert output_name_problem(name) is not None
    result = write_files(tmp_path, [(name, b"data"), ("ok.txt", b"data")], force=True)
    assert [p.code for p in result.problems] == ["LP142"]
    assert not result.written and not any(tmp_path.iterdir())


def test_safe_output_names_pass() -> None:
    for name in ("live-streaming-ks2/live-streaming-ks2-slides.pptx", "oakfield/a_b-c.docx",
                 "console.txt", "com10.pptx", "x" * 150):
        assert output_name_problem(name) is None, name


def test_org_name_never_becomes_a_path(tmp_path: Path) -> None:
    (tmp_path / "brand.yml").write_text('org_name: "../../evil/CON"\n', encoding="utf-8")
    assert main(["build", "-k", "ks2", "--brand", str(tmp_path / "brand.yml"), "--out",
                 str(tmp_path / "out"), "-q"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brand.yml", "out"]
    assert [p.name for p in (tmp_path / "out").iterdir()] == [PACK]


def test_full_disk_is_one_line_and_leaves_nothing(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert main(["build", "-k", "ks2", "--out", str(tmp_path)]) == 1
    # Only notes (an unbranded build names no DSL) may come before the one error line.
    err = [line for line in capsys.readouterr().err.splitlines()
           if not line.startswith("note: ")]
    assert len([line for line in err if "error[" in line]) == 1
    assert err[0].endswith("error[LP141] cannot write: No space left on device")
    assert not _office_files(tmp_path) and not _parts(tmp_path)


def test_read_only_folder_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    def denied(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(writer.tempfile, "mkstemp", denied)
    assert main(["build", "-k", "ks2", "--out", str(tmp_path)]) == 1
    err = [line for line in capsys.readouterr().err.splitlines() if "error[" in line]
    assert len(err) == 1 and err[0].endswith("error[LP141] cannot write: Permission denied")


def test_interrupt_mid_write_leaves_no_part_file(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real_fsync = os.fsync

    def interrupted(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", interrupted)
    files = [(f"{PACK}/a.docx", b"a" * 1000), (f"{PACK}/b.docx", b"b" * 1000)]
    with pytest.raises(KeyboardInterrupt):
        write_files(tmp_path, files, force=False)
    assert (tmp_path / PACK / "a.docx").read_bytes() == b"a" * 1000
    assert sorted(p.name for p in (tmp_path / PACK).iterdir()) == ["a.docx"]


def test_existing_file_keeps_whole_pack_unwritten(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "b.docx").write_bytes(b"edited by a teacher")
    result = write_files(tmp_path, [("p/a.docx", b"new"), ("p/b.docx", b"new")], force=False)
    assert [p.code for p in result.problems] == ["LP140"] and not result.written
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == ["b.docx"]
    result = write_files(tmp_path, [("p/a.docx", b"new"), ("p/b.docx", b"new")], force=True)
    assert len(result.written) == 2 and (tmp_path / "p" / "b.docx").read_bytes() == b"new"


_SLOW_WRITER = """
import os, sys, time
from pathlib import Path
from lessonpack.io.writer import write_files
os.fsync = lambda fd: (print("writing", flush=True), time.sleep(60))
write_files(Path(sys.argv[1]), [("pack/deck.pptx", b"x" * 100_000)], force=False)
"""


def test_killed_writer_leaves_no_file_and_its_part_is_swept(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, str(tmp_path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
    proc.kill()  # SIGKILL: no clean-up runs
    proc.wait()
    assert not (tmp_path / "pack" / "deck.pptx").exists()
    assert len(_parts(tmp_path)) == 1  # the only trace; never under the real name
    result = write_files(tmp_path, [("pack/deck.pptx", b"y")], force=False)
    assert result.written and not _parts(tmp_path)


def _held_build(out: Path, stop_at: int, *extra: str) -> subprocess.Popen[bytes]:
    """A build (``--all`` into ``out``) that has reached its ``stop_at``-th file and holds."""
    return held(["build", "--all", "--out", str(out), "-q", *extra], stop_at)


# Two packs, not every audience: what is tested is the writer, and two are enough for a stop
# in the first file, in the first pack's last file and in a later pack with one whole before
# it; every other pack is written the same way. (Building --all, and rebuilding all of it
# after a SIGKILL, was most of this module's time.)
STOPPED_BUILD = ["-a", "ks1", "-a", "ks2", "--jobs", "1"]


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL],
                         ids=["ctrl-c", "term", "kill"])
@pytest.mark.parametrize("stop_at", [1, 6, 8], ids=lambda n: f"file{n}")
def test_build_stopped_mid_run_leaves_only_whole_files(tmp_path: Path, how: int, stop_at: int,
                                                       built_packs: Path) -> None:
    total = sum(len(_office_files(built_packs / f"live-streaming-{a}")) for a in ("ks1", "ks2"))
    out = tmp_path / "out"
    # One process: what is tested is the writer; a worker pool's own teardown is not.
    proc = held(["build", *STOPPED_BUILD, "--out", str(out), "-q"], stop_at)
    os.killpg(proc.pid, how)  # the whole group, as a terminal's Ctrl-C does
    _out, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err, err
    # 130: interrupted, the writer's clean-up done; SIGKILL leaves no chance of either.
    assert proc.returncode == (-how if how == signal.SIGKILL else 130), err
    files = _office_files(out)
    assert len(files) == stop_at - 1 < total  # every file before the stopped one, whole
    assert all(_intact(f) for f in files), files
    if how != signal.SIGKILL:
        assert err.decode().splitlines()[-1].startswith("interrupted: files already written")
        assert not _parts(out)
        return
    assert len(_parts(out)) == 1  # the stopped file's temporary, never under its real name
    # The next build finishes the job and sweeps what the SIGKILL left behind.
    assert main(["build", *STOPPED_BUILD, "--out", str(out), "-q"]) == 0
    assert not _parts(out) and len(_office_files(out)) == total


def _release(*procs: subprocess.Popen[bytes]) -> list[tuple[bytes, int]]:
    """Let held builds go on together; (stderr, exit code) of each when it ends."""
    for proc in procs:
        let_go(proc)
    return [(proc.communicate(timeout=300)[1], proc.returncode) for proc in procs]


def test_two_builds_into_one_folder(tmp_path: Path, built_packs: Path) -> None:
    out = tmp_path / "shared"
    # Both hold with a first file's temporary written (each with its workers, as a teacher's
    # two clicks would run), so they race for the files.
    for err, code in _release(_held_build(out, 1), _held_build(out, 1)):
        assert code == 0, err
    files = _office_files(out)
    assert len(files) == len(_office_files(built_packs)) and not _parts(out)
    for path in files:
        assert path.read_bytes() == (built_packs / path.relative_to(out)).read_bytes()


def test_two_different_builds_never_mix_within_a_file(tmp_path: Path, built_packs: Path,
                                                      northshire_all: Path) -> None:
    out = tmp_path / "shared"
    # A brand for every phase, so --all builds the same audiences with and without it.
    brand = NORTHSHIRE_BRAND
    results = _release(_held_build(out, 1), _held_build(out, 1, "--brand", str(brand)))
    # The two race for the same files with different bytes: whoever comes second to a file
    # keeps the other's and says so (LP140, exit 1); at least one of them comes second.
    assert all(b"Traceback" not in err for err, _code in results)
    assert all(code == 0 or (code == 1 and b"LP140" in err) for err, code in results), results
    assert any(code == 1 for _err, code in results)
    # What each build alone makes: conftest's session builds.
    versions = {"plain": built_packs, "branded": northshire_all}
    for path in _office_files(out):
        data = path.read_bytes()
        assert data in {(v / path.relative_to(out)).read_bytes() for v in versions.values()}
    assert not _parts(out)


def test_word_template_without_numbering_part_builds(tmp_path: Path) -> None:
    """Word files where no list was ever used have no numbering part; python-docx cannot
    create one, so lessonpack adds it (this used to be an internal error)."""
    import re

    source = ROOT / "templates" / "document.docx"
    letterhead = tmp_path / "letterhead.docx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(letterhead, "w") as zout:
        for info in zin.infolist():
            body = zin.read(info)
            if info.filename == "word/numbering.xml":
                continue
            if info.filename == "word/_rels/document.xml.rels":
                body = re.sub(rb"<Relationship [^>]*numbering[^>]*/>", b"", body)
            if info.filename == "word/styles.xml":  # a letterhead without our LP styles
                body = re.sub(rb'<w:style [^>]*w:styleId="LP[^"]*".*?</w:style>', b"", body,
                              flags=re.S)
            zout.writestr(info, body)
    assert main(["build", "-k", "ks2", "--template", str(letterhead), "--out",
                 str(tmp_path / "out"), "-q"]) == 0
    with zipfile.ZipFile(tmp_path / "out" / PACK / f"{PACK}-worksheet.docx") as archive:
        assert b"<w:abstractNum " in archive.read("word/numbering.xml")


def test_content_folder_with_too_many_files_is_refused(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """``--content ~`` by mistake: refused after a bounded walk, not scanned for minutes."""
    from lessonpack.content import loader

    monkeypatch.setattr(loader, "MAX_SCAN", 5)
    for n in range(6):
        (tmp_path / f"notes{n}.txt").write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match=r"holds more than 5 files and folders"):
        loader.load_content([tmp_path])


def test_content_text_output_is_bounded() -> None:
    from lessonpack.content.textrender import render_tree

    context = {"fact": {f"f{i}": "x" * 200 for i in range(30)}}
    _tree, errors = render_tree(
        "{% for a in fact %}{% for b in fact.values() %}{{ b }}{% endfor %}{% endfor %}",
        context)
    assert [message for _loc, message, _line in errors] == [
        "text renders to more than 20,000 characters"]


def test_problem_lines_stay_one_line() -> None:
    from lessonpack.errors import problem_at

    line = str(problem_at("a\nb.yml", "LP102", "bad \u202e value\r\nerror[LP000] ok", line=1,
                          column=1, field="x\ny"))
    assert "\n" not in line and "\r" not in line and "\u202e" not in line
    assert line == ("a\\nb.yml:1:1: error[LP102] x\\ny: bad \\u202e value\\r\\nerror[LP000] ok")
