"""Options several commands share, declared once so they read and behave the same everywhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from lessonpack.build.defaults import AUDIENCE_NAMES

_F = TypeVar("_F", bound=Callable[..., Any])

AUDIENCES = list(AUDIENCE_NAMES)
KEY_STAGES = AUDIENCES[:4]

# Every command that reads content takes the same folders the same way.
CONTENT_OPTION = click.option(
    "--content", "content_dirs", multiple=True, type=click.Path(path_type=Path),
    help="Extra content folder that adds or overrides lessons (repeatable).")
JOBS_OPTION = click.option(
    "--jobs", "-j", type=click.IntRange(min=1),
    help="Worker processes (default: one per CPU); 1 builds in this process.")
FORCE_OPTION = click.option("--force", is_flag=True, help="Overwrite files that already exist.")
QUIET_OPTION = click.option("--quiet", "-q", is_flag=True, help="Print only problems.")


def shard_option(help_text: str) -> Callable[[_F], _F]:
    return click.option("--shard", metavar="K/N", help=help_text)


def json_option(help_text: str = "Print as JSON.") -> Callable[[_F], _F]:
    return click.option("--json", "as_json", is_flag=True, help=help_text)


def debug_asked() -> bool:
    """``--debug``, as every build from the command line asks it: the request's own (never
    a process-wide setting). Such a build also owns its process (``owns_process=True``)."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.obj and ctx.obj.get("debug"))


def err(message: str) -> None:
    """Messages, progress and problems go to stderr; stdout is kept for what was asked for."""
    click.echo(message, err=True)
