"""The papers a school gets when a trainer visits: the day's brief (``brief``), a dated row
per job, built from ``brief_day`` (the day the rows read), ``brief_rows`` (the rows in date
order) and its row builders (``brief_care_rows``, ``brief_class_rows``, ``brief_print_rows``,
``brief_on_the_day``), with its print run (``print_run``); the visit day that picks which
classes one brief covers (``visit_day``); each class teacher's handover (``handover_sheet``);
and the two things those papers say alike, the visit's times (``visit_times``) and the screen
tried the day before (``screen_check``).
"""
