"""A meeting not yet held records no attendance, votes or finalisation (issue 16.11)."""

from __future__ import annotations

from datetime import date

import pytest

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.meetings import HELD_ACTS, check_held

TODAY = date(2026, 11, 25)  # 1405/09/04


@pytest.mark.parametrize("act", list(HELD_ACTS))
def test_a_meeting_after_today_is_refused_naming_its_date(act):
    with pytest.raises(DomainError) as refused:
        check_held(date(2026, 12, 2), today=TODAY, act=act)
    message = str(refused.value)
    assert "۱۴۰۵/۰۹/۱۱" in message and "هنوز برگزار نشده" in message and HELD_ACTS[act] in message


def test_a_meeting_of_today_or_before_is_allowed():
    check_held(TODAY, today=TODAY, act="attendance")
    check_held(date(2026, 1, 1), today=TODAY, act="finalise")
