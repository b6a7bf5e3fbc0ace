"""Every time the tool prints is in one house style, the UK school letter's "3.30pm": the
visit brief, handovers and facilitator notes printed "9:15am", "10:00am" and "6:00–6:05pm"
beside letters saying "3.30pm"."""

from __future__ import annotations

import pytest

from lessonpack.plan.clock import clock, house_time, minutes, span


@pytest.mark.parametrize(("written", "printed"), [
    ("9:15am", "9.15am"), ("10:00am", "10am"), ("10.45 am", "10.45am"), ("2pm", "2pm"),
    ("12:30pm", "12.30pm"), ("8:15 a.m.", "8.15am"), ("13:30", "13:30"),
    ("after lunch", "after lunch"), ("", ""),
])
def test_a_school_files_time_prints_in_the_house_style(written: str, printed: str) -> None:
    assert house_time(written) == printed


def test_a_worked_out_time_drops_the_minutes_on_the_hour_but_not_a_spans_start() -> None:
    assert clock(18 * 60) == "6pm" and clock(18 * 60 + 5) == "6.05pm"
    assert clock(9 * 60 + 15) == "9.15am" and clock(12 * 60) == "12pm"
    # A span's start says no am or pm (its end does), and keeps ".00": "6.00–6.05pm".
    assert clock(18 * 60, half=False) == "6.00" and clock(15 * 60 + 35, half=False) == "3.35"
    assert clock(14 * 60 + 15, twelve_hour=False) == "14:15"
    assert minutes("9.15am") == (555, True) and minutes("13:30") == (810, False)
    assert minutes("25:00") is None and minutes("0:30pm") is None


def test_a_running_orders_span_keeps_the_minutes_at_both_ends_on_the_hour() -> None:
    # One form for the hour in a column of spans: "3.54–4pm" sat above "4.00–4.06pm".
    assert span(15 * 60 + 54, 16 * 60) == "3.54\u20134.00pm"
    assert span(16 * 60, 16 * 60 + 6) == "4.00\u20134.06pm"
    assert span(18 * 60 + 44, 19 * 60) == "6.44\u20137.00pm"
    assert span(9 * 60, 9 * 60 + 5) == "9.00\u20139.05am"
    # Across noon each end says am or pm, as a time alone does.
    assert span(11 * 60 + 50, 12 * 60 + 10) == "11.50am\u201312.10pm"
