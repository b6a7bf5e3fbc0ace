"""The build note that tells a visiting trainer who signs the letters home.

With a school file, a school's letters are signed by the school (its letter_signatory, or a
[Name] to fill in), never by the trainer's brand's signatory; and the plan names the school
file's trainer_name. A trainer whose brand says "Dr Joanna Reid" signs, and whose booking
names "Sam Carter", saw neither change said anywhere: one note says
both, so a wrong name in either file is caught before the letters go out.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand


def signatory_note(trainer: Brand, at_school: Brand) -> str | None:
    """The note for a build with a school file, or None when the brand names no signatory
    of its own or the school's letters are signed by the same person."""
    own = trainer.letter_signatory.strip()
    signs = at_school.letter_signatory.strip()
    if not own or own == signs:
        return None
    role = at_school.letter_signatory_role.strip()
    who = f"{signs}{f', {role},' if role else ''}" if signs else "a [Name] to fill in"
    note = (f"letters home are signed by {who} from the school file, not by {own} "
            "(the brand's letter_signatory)")
    teaches = at_school.trainer_name.strip()
    if teaches and teaches != own:
        note += f"; the lesson plans name {teaches} as the trainer"
    return note + ": check both names before the letters go out"
