"""``lessonpack validate``: content checks without building (api.validate)."""

from __future__ import annotations

from pathlib import Path

import click

from lessonpack.cli.options import CONTENT_OPTION, err


@click.command()
@CONTENT_OPTION
def validate(content_dirs: tuple[Path, ...]) -> int:
    """Check content files without building anything.

    \b
    Beyond the schema and length budgets: reading level per audience, phrases that must never
    be used (content/_rules/never-say.yml), safeguarding notes and signposting, quiz questions,
    and figures written without a {{ fact.* }} reference. Errors exit 1; warnings do not.
    """
    from lessonpack import api

    report = api.validate(content_dirs)
    for problem in report.problems:
        err(str(problem))
    err(report.summary())
    return report.exit_code
