"""The readings of the bylaw the office chooses (the rules screen's service)."""

import pytest

from qotb_desktop.domain.accounts import Actor, Forbidden
from qotb_desktop.domain.errors import Conflict, ValidationError
from qotb_desktop.services import readings


def test_nothing_chosen_is_the_rules_datas_defaults_at_the_current_revision(uow):
    chosen = readings.get_readings(uow=uow)
    assert (chosen.majority, chosen.row8_cap, chosen.quorum_base, chosen.humanities_rows) == (
        "floor",
        "per_item",
        "filled_seats",
        "humanities",
    )
    assert chosen.revision == 2
    views = readings.list_readings(uow=uow)
    assert [v.spec.key for v in views] == ["majority", "quorum_base", "row8_cap", "humanities_rows"]
    assert all(v.spec.quote and v.version is None for v in views)


def test_a_choice_is_kept_and_read_back_and_a_stale_screen_is_a_conflict(uow):
    readings.set_reading(uow=uow, key="quorum_base", value="all_seats")
    assert readings.get_readings(uow=uow).quorum_base == "all_seats"
    view = next(v for v in readings.list_readings(uow=uow) if v.spec.key == "quorum_base")
    readings.set_reading(uow=uow, key="quorum_base", value="filled_seats", version=view.version)
    with pytest.raises(Conflict):
        readings.set_reading(uow=uow, key="quorum_base", value="all_seats", version=view.version)
    assert readings.get_readings(uow=uow).quorum_base == "filled_seats"
    # a screen that showed the default of a reading another desk has chosen since
    readings.set_reading(uow=uow, key="majority", value="strict", version=None)
    with pytest.raises(Conflict):
        readings.set_reading(uow=uow, key="majority", value="floor", version=None)
    assert readings.get_readings(uow=uow).majority == "strict"


def test_an_unknown_choice_is_refused_naming_the_reading(uow):
    with pytest.raises(ValidationError) as caught:
        readings.set_reading(uow=uow, key="majority", value="two_thirds")
    assert "اکثریت" in caught.value.errors[0].label
    assert readings.get_readings(uow=uow).majority == "floor"


def test_only_an_administrator_sets_a_reading(uow):
    uow.actor = Actor(2, "clerk1", "کارشناس", ("clerk", "secretary"))
    with pytest.raises(Forbidden):
        readings.set_reading(uow=uow, key="majority", value="strict")
    uow.actor = None
    assert readings.get_readings(uow=uow).majority == "floor"
