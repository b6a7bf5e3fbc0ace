"""The parents' and carers' workshop: the pack (``workshop``) and each of its papers, the
deck (``parents_deck``, with its figures, table talk and help slides), the handout
(``parents_handout``, with ``children_words``), the facilitator notes
(``facilitator_notes``, with its running sheet ``session_sheet`` and step table
``session_steps`` and ``script_steps``), the version a pack holds (``parents_version``),
and a visiting team's evening papers (``parents_sign_in``, ``parents_visit``).
"""
