"""Issue 18.4: the scientific groups and working groups (notes 6, 7) as a registry; a
review names the body and the members who took part, checked against their terms."""

from __future__ import annotations

from datetime import date

import pytest

from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.services import call_views, calls, funding, review_bodies

# The demo's centres: Persian literature (humanities and art: the group made here; the demo's
# own registry holds basic sciences) and physics (basic sciences: another group's field).
OWN_CENTRE, OTHER_CENTRE = 3, 2


@pytest.fixture
def bodies(demo_store):
    uow = demo_store.uow
    group = review_bodies.add_body(
        uow=uow, kind="group", group_key="humanities_art", decree_number="۱۰۰", decree_date="1404/07/01"
    )
    working = review_bodies.add_body(
        uow=uow,
        kind="working_group",
        group_key="humanities_art",
        title="کارگروه ادبیات",
        decree_number="۱۰۱",
        decree_date="1404/07/01",
    )
    for body in (group, working):
        for faculty_id, start, end in ((1, "1404/07/01", None), (2, "1404/07/01", "1405/03/31"), (3, "1405/06/01", None)):
            review_bodies.add_body_member(
                uow=uow,
                body_id=body,
                faculty_id=faculty_id,
                decree_number="۱۰۲",
                decree_date="1404/07/01",
                start_on=start,
                end_on=end,
            )
    listed = {b.id: b for b in review_bodies.list_bodies(uow=uow)}
    return demo_store, listed[group], listed[working]


def test_the_registry_holds_groups_and_working_groups_with_their_members_terms(bodies):
    store, group, working = bodies
    uow = store.uow
    assert group.title == group.group_title == "علوم انسانی و هنر" and working.title == "کارگروه ادبیات"
    assert [m.role for m in group.members] == ["member"] * 3
    on = date(2026, 8, 1)  # 1405/05/10: the second's term is over, the third's not begun
    assert [m.faculty_id for m in working.serving(on)] == [1]
    with pytest.raises(ValidationError, match="پیش‌تر ثبت"):
        review_bodies.add_body(uow=uow, kind="group", group_key="humanities_art", decree_number="۱", decree_date="1404/07/01")
    with pytest.raises(ValidationError, match="عنوان"):
        review_bodies.add_body(
            uow=uow, kind="working_group", group_key="humanities_art", decree_number="۱", decree_date="1404/07/01"
        )
    with pytest.raises(ValidationError, match="همین گروه"):
        review_bodies.add_body_member(
            uow=uow, body_id=working.id, faculty_id=1, decree_number="۲", decree_date="1405/01/01", start_on="1405/01/01"
        )
    with pytest.raises(ValidationError, match="پیش از آغاز"):
        review_bodies.add_body_member(
            uow=uow,
            body_id=working.id,
            faculty_id=4,
            decree_number="۲",
            decree_date="1405/01/01",
            start_on="1405/02/01",
            end_on="1405/01/01",
        )
    assert (
        len(next(b for b in review_bodies.list_bodies(uow=uow) if b.id == working.id).members) == 3
    )  # nothing written by the refusals


def test_an_application_review_is_the_fields_group_and_its_serving_members(bodies):
    store, group, working = bodies
    uow = store.uow
    first, second, third = (m.id for m in group.members)
    with pytest.raises(ValidationError, match="کارگروه|گروه علمی"):  # a working group does not review applications
        review_bodies.record_application_review(
            uow=uow, centre_id=OWN_CENTRE, body_id=working.id, member_ids=[first], held_on="1405/05/10"
        )
    with pytest.raises(ValidationError, match="رشته این قطب"):
        review_bodies.record_application_review(
            uow=uow, centre_id=OTHER_CENTRE, body_id=group.id, member_ids=[first], held_on="1405/05/10"
        )
    with pytest.raises(ValidationError, match="روز بررسی"):
        review_bodies.record_application_review(
            uow=uow, centre_id=OWN_CENTRE, body_id=group.id, member_ids=[first, second], held_on="1405/05/10"
        )
    with pytest.raises(ValidationError, match="دست‌کم یک عضو"):
        review_bodies.record_application_review(
            uow=uow, centre_id=OWN_CENTRE, body_id=group.id, member_ids=[], held_on="1405/05/10"
        )
    assert review_bodies.sitting_of(uow=uow, subject="application", subject_id=OWN_CENTRE) is None
    done = review_bodies.record_application_review(
        uow=uow, centre_id=OWN_CENTRE, body_id=group.id, member_ids=[first, third], held_on="1405/06/10", note="کامل است"
    )
    stored = review_bodies.sitting_of(uow=uow, subject="application", subject_id=OWN_CENTRE)
    assert stored == done and stored.body == "علوم انسانی و هنر" and len(stored.members) == 2
    assert stored.described.startswith("علوم انسانی و هنر: ")


def test_a_proposals_review_names_the_working_group_and_who_took_part(bodies):
    store, group, working = bodies
    uow = store.uow
    funding.add_budget_entry(uow=uow, year=1406, kind="line", amount="۱۰۰٬۰۰۰", recorded_on="1406/01/20")
    call = calls.create_call(uow=uow, year=1406, title="فراخوان", budget="۱۰٬۰۰۰", deadline="1406/04/31", topics=["آب"])
    pid = calls.add_proposal(uow=uow, call_id=call, centre_id=OWN_CENTRE, title="پروژه", cost="۱۰۰", received_on="1406/04/01")
    marks = {f"12-4-{i}": (True, "") for i in range(1, 7)}
    first, _second, third = (m.id for m in working.members)
    with pytest.raises(ValidationError, match="کارگروه تخصصی"):  # a group does not review the calls' proposals
        calls.review_proposal(
            uow=uow, proposal_id=pid, reviewed_on="1406/05/10", body_id=group.id, member_ids=[group.members[0].id],
            marks=marks, decision="selected",
        )  # fmt: skip
    calls.review_proposal(
        uow=uow,
        proposal_id=pid,
        reviewed_on="1406/05/10",
        body_id=working.id,
        member_ids=[first, third],
        marks=marks,
        decision="selected",
    )
    [proposal] = call_views.get_call(uow=uow, call_id=call).proposals
    names = review_bodies.sitting_of(uow=uow, subject="proposal", subject_id=pid).members
    assert proposal.reviewed_by == f"کارگروه ادبیات: {'، '.join(names)}" and proposal.state == "selected"
    assert [m[0] for m in proposal.marks] == [f"12-4-{i}" for i in range(1, 8)] and proposal.marks[-1][1] is False


def test_an_evaluation_names_the_working_group_of_the_centres_group_and_who_evaluated(bodies):
    from qotb_desktop.domain.rules.schemes import scheme_for_year
    from qotb_desktop.services import evaluations

    store, group, working = bodies
    uow = store.uow
    scores = {c.key: 7 for c in scheme_for_year(1405).criteria}
    evaluations.save_report(uow=uow, centre_id=OTHER_CENTRE, year=1405, received_on="1405/09/01")
    with pytest.raises(ValidationError, match="تبصره ۷"):  # the literature working group does not evaluate a physics centre
        evaluations.save_evaluation(
            uow=uow, centre_id=OTHER_CENTRE, year=1405, scores=scores, evaluators="", evaluated_on="1405/09/02",
            body_id=working.id, member_ids=[working.members[0].id],
        )  # fmt: skip
    evaluations.save_report(uow=uow, centre_id=OWN_CENTRE, year=1405, received_on="1405/09/01")
    eid = evaluations.save_evaluation(
        uow=uow, centre_id=OWN_CENTRE, year=1405, scores=scores, evaluators="", evaluated_on="1405/09/02",
        body_id=working.id, member_ids=[working.members[0].id, working.members[2].id],
    )  # fmt: skip
    sitting = review_bodies.sitting_of(uow=uow, subject="evaluation", subject_id=eid)
    view = evaluations.get_evaluation(uow=uow, centre_id=OWN_CENTRE, year=1405)
    assert view.evaluators == sitting.described and sitting.body == "کارگروه ادبیات" and len(sitting.members) == 2
