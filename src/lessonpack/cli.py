"""Command line: thin click wrappers over lessonpack.api. Heavy imports happen inside commands.

This is the one place where errors become exit codes: 0 ok, 1 user-fixable problems,
2 usage error, 3 internal error.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

import click

from lessonpack.errors import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_USER,
    UsageError,
    UserError,
)

AUDIENCES = ["ks1", "ks2", "ks3", "ks4", "parents"]
KEY_STAGES = AUDIENCES[:4]


def _err(message: str) -> None:
    click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="lessonpack")
@click.option("--debug", is_flag=True, help="Show a full traceback when something goes wrong.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Build ready-to-deliver online-safety lesson packs (PowerPoint + Word).

    \b
    Quick start:
      lessonpack build --key-stage ks2     KS2 pack into out/live-streaming-ks2/
      lessonpack build --all               every audience of the topic
      lessonpack list                      topics, audiences and templates
    """
    ctx.obj = {"debug": debug}


def _audiences(key_stage: tuple[str, ...], audience: tuple[str, ...], age: int | None,
               build_all: bool) -> list:
    from lessonpack.content.model import Audience
    from lessonpack.content.select import audience_for_age

    chosen = [Audience(a) for a in (*key_stage, *audience)]
    if age is not None:
        chosen.append(audience_for_age(age))
    if build_all:
        if chosen:
            raise UsageError("--all builds every audience; leave out --key-stage, "
                             "--audience and --age")
        chosen = list(Audience)
    if not chosen:
        raise UsageError("say which pack to build: --key-stage ks1|ks2|ks3|ks4, "
                         "--audience parents, --age N or --all")
    return list(dict.fromkeys(chosen))


@cli.command()
@click.option("--key-stage", "-k", multiple=True, type=click.Choice(KEY_STAGES,
              case_sensitive=False), help="Key stage to build (repeatable).")
@click.option("--audience", "-a", multiple=True, type=click.Choice(AUDIENCES,
              case_sensitive=False), help="Audience to build, e.g. parents (repeatable).")
@click.option("--age", type=click.IntRange(0, 99), help="Pupils' age; picks the key stage.")
@click.option("--all", "build_all", is_flag=True, help="Build every audience of the topic.")
@click.option("--topic", "-t", default="live-streaming", show_default=True)
@click.option("--content", "content_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Extra content folder that adds or overrides lessons (repeatable).")
@click.option("--out", "out_dir", default="out", show_default=True,
              type=click.Path(path_type=Path, file_okay=False), help="Output folder.")
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
@click.option("--json", "as_json", is_flag=True, help="Print what was written as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="Print only problems.")
def build(key_stage: tuple[str, ...], audience: tuple[str, ...], age: int | None,
          build_all: bool, topic: str, content_dirs: tuple[Path, ...], out_dir: Path,
          force: bool, as_json: bool, quiet: bool) -> int:
    """Build lesson packs: slides, worksheet, lesson plan and letter home."""
    from lessonpack import api

    audiences = _audiences(key_stage, audience, age, build_all)
    report = api.build(audiences=audiences, topic=topic, content_dirs=content_dirs,
                       out_dir=out_dir, force=force)
    for _plan, result in report.packs:
        if not quiet:
            for path in result.written:
                _err(f"wrote {os.path.relpath(path)}")
            for path in result.unchanged:
                _err(f"unchanged {os.path.relpath(path)}")
        for problem in result.problems:
            _err(str(problem))
    if as_json:
        click.echo(json.dumps({"packs": [
            {"folder": str(out_dir / plan.folder),
             "written": [os.path.relpath(p) for p in result.written],
             "unchanged": [os.path.relpath(p) for p in result.unchanged],
             "kept": [os.path.relpath(p) for p in result.kept]}
            for plan, result in report.packs], "problems": [str(p) for p in report.problems]},
            indent=2))
    if report.problems:
        _err(f"{len(report.problems)} problem(s); existing files were kept")
        return EXIT_USER
    if not quiet:
        folders = ", ".join(str(out_dir / plan.folder) for plan, _ in report.packs)
        _err(f"done: {len(report.packs)} pack(s) in {folders}")
    return EXIT_OK


@cli.command(name="list")
@click.option("--content", "content_dirs", multiple=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def list_command(content_dirs: tuple[Path, ...], as_json: bool) -> int:
    """List topics, audiences and templates."""
    from lessonpack import api
    from lessonpack.content.model import AUDIENCE_LABELS
    from lessonpack.render.deck_layouts import MANIFEST
    from lessonpack.resources import builtin_templates

    index = api.load(content_dirs)
    topics = {
        topic: sorted(i.item.audience.value for i in items)
        for topic, items in sorted(index.by_topic().items())
    }
    templates = sorted(p.name for p in builtin_templates().iterdir() if p.suffix in
                       {".pptx", ".docx"})
    data = {
        "topics": [{"topic": t, "audiences": a} for t, a in topics.items()],
        "audiences": {a.value: label for a, label in AUDIENCE_LABELS.items()},
        "templates": templates,
        "slide_layouts": [spec.name for spec in MANIFEST.values()],
    }
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return EXIT_OK
    click.echo("Topics:")
    for t, a in topics.items():
        click.echo(f"  {t}: {', '.join(a)}")
    click.echo("Audiences:")
    for key, label in data["audiences"].items():
        click.echo(f"  {key:8} {label}")
    click.echo("Templates: " + ", ".join(templates))
    click.echo("Slide layouts: " + ", ".join(data["slide_layouts"]))
    return EXIT_OK


@cli.command()
@click.option("--content", "content_dirs", multiple=True, type=click.Path(path_type=Path))
def validate(content_dirs: tuple[Path, ...]) -> int:
    """Check content files without building anything."""
    from lessonpack import api

    index = api.load(content_dirs)
    _err(f"ok: {len(index.items)} content item(s), {len(index.facts.facts)} facts, "
         f"{len(index.facts.helplines)} helplines")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        code = cli.main(args=argv, prog_name="lessonpack", standalone_mode=False)
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        code = EXIT_USAGE
    except click.exceptions.Abort:
        _err("aborted")
        code = EXIT_USER
    except UserError as exc:
        for problem in exc.problems:
            _err(str(problem))
        _err(f"{len(exc.problems)} problem(s) found; nothing was written")
        code = EXIT_USER
    except UsageError as exc:
        _err(f"lessonpack: {exc}")
        code = EXIT_USAGE
    except Exception as exc:  # a bug: one line, and the traceback only when asked for
        if debug:
            traceback.print_exc()
        _err(f"internal error: {type(exc).__name__}: {exc} (this is a bug in lessonpack; "
             "rerun with --debug for details)")
        code = EXIT_INTERNAL
    if isinstance(code, int):
        return code
    return EXIT_OK

