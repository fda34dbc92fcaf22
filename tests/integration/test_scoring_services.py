"""Scores computed from stored activities, what-if, saved sheets; the centre application."""

import json
import subprocess
import sys
from fractions import Fraction

import pytest

from qotb_desktop.domain.dates import parse_jalali
from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.services import applications, centres, faculty, institutions, scoring
from qotb_desktop.services.scoring import score_faculty
from tests.conftest import TODAY
from tests.integration.test_registries import CODES, counts


@pytest.fixture
def member(uow):
    inst = institutions.add_institution(uow=uow, name="دانشگاه تهران")
    return faculty.add_faculty(
        uow=uow, national_code=CODES[0], first_name="علی", last_name="کریمی", rank="professor", institution_id=inst,
        field_key="physics",
    )  # fmt: skip


def papers(n, date="1401/05/01", corresponding=True):
    return [(2, {"date": date, "points": "7", "corresponding_author": corresponding}) for _ in range(n)]


def test_activities_stored_typed_in_persian_and_scored(uow, member):
    board = {"date": "۱۴۰۱/۰۱/۰۱", "end": "۱۴۰۳/۰۶/۳۱", "description": "مجله فیزیک"}  # 30 months in the window
    aid = scoring.add_activity(uow=uow, faculty_id=member, row=21, values=board)
    scoring.add_activity(
        uow=uow, faculty_id=member, row=2, values={"date": "۱۴۰۱/۰۵/۰۱", "points": "6.5", "corresponding_author": True}
    )
    listed = scoring.list_activities(uow=uow, faculty_id=member)
    assert [a.row for a in listed] == [2, 21]
    assert "تاریخ پایان: ۱۴۰۳/۰۶/۳۱" in listed[1].summary
    result = score_faculty(uow=uow, faculty_id=member, period_start="1403/07/01")
    assert (result.sheet.row(2).points, result.sheet.row(21).points) == (6.5, 0.5)
    assert result.sheet.edition == "1397" and not result.what_if
    scoring.update_activity(uow=uow, activity_id=aid, row=21, values={"date": "1390/01/01", "end": ""})  # still serving
    assert score_faculty(uow=uow, faculty_id=member, period_start="1403/07/01").sheet.row(21).points == 1
    scoring.delete_activity(uow=uow, activity_id=aid)
    assert len(scoring.list_activities(uow=uow, faculty_id=member)) == 1


def test_bad_activity_names_the_field_and_writes_nothing(uow, member, store):
    before = len(scoring.list_activities(uow=uow, faculty_id=member))
    with pytest.raises(ValidationError) as exc:
        scoring.add_activity(uow=uow, faculty_id=member, row=2, values={"date": "1401/02/32", "points": "هفت"})
    assert set(exc.value.fields) == {"points"}  # typed text is checked before the rest
    with pytest.raises(ValidationError) as exc:
        scoring.add_activity(uow=uow, faculty_id=member, row=8, values={"date": "1401/02/31"})
    assert exc.value.fields == ["amount_toman"]
    with pytest.raises(ValidationError) as exc:  # what is stored is what was typed: two decimals at most
        scoring.add_activity(uow=uow, faculty_id=member, row=2, values={"date": "1401/01/01", "points": "۶٫۳۳۳"})
    assert exc.value.fields == ["points"]
    with pytest.raises(ValidationError):  # one bad activity: none of the batch is kept
        scoring.add_activities(uow=uow, faculty_id=member, activities=[*papers(3), (7, {"citations": "-4"})])
    assert len(scoring.list_activities(uow=uow, faculty_id=member)) == before


def test_what_if_saves_nothing(uow, member):
    scoring.add_activities(uow=uow, faculty_id=member, activities=papers(3))
    stored = score_faculty(uow=uow, faculty_id=member, period_start="1403/07/01")
    extra = scoring.clean_activity(row=9, values={"date": "1402/01/01", "points": "20", "evidence": "معاون وزیر"})
    trial = score_faculty(uow=uow, faculty_id=member, period_start="1403/07/01", items=[*stored.items, extra])
    assert trial.what_if and trial.sheet.total == stored.sheet.total + 20
    assert len(scoring.list_activities(uow=uow, faculty_id=member)) == 3


def test_a_saved_sheet_keeps_its_inputs_and_edition_and_replays(uow, member, store, tmp_path):
    scoring.add_activities(uow=uow, faculty_id=member, activities=[*papers(9), (7, {"citations": "300"})])
    sheet_id = scoring.save_score_sheet(uow=uow, faculty_id=member, period_start="1403/07/01")
    with store.uow as u:
        record = u.score_sheets.get(sheet_id)
        inputs, result = json.loads(record.inputs), json.loads(record.result)
        assert record.edition == "1397" and float(record.total) == result["total"] == 20 + 63 + 20
    path = tmp_path / "inputs.json"
    path.write_text(json.dumps(inputs, ensure_ascii=False), "utf-8")
    replay = subprocess.run([sys.executable, "-m", "qotb_desktop", "score", str(path)], capture_output=True, text=True)
    assert json.loads(replay.stdout) == result  # the stored sheet is reproduced by the contract
    scoring.add_activities(uow=uow, faculty_id=member, activities=papers(5))  # later changes do not touch it
    sheet, same = scoring.reproduce_sheet(uow=uow, sheet_id=sheet_id)
    assert same and float(sheet.total) == result["total"]
    assert [s.id for s in scoring.saved_sheets(uow=uow, faculty_id=member)] == [sheet_id]


def test_centre_application_checked_stored_and_moved_to_review(uow, store):
    inst = institutions.add_institution(uow=uow, name="دانشگاه تهران")
    cid = centres.add_centre(uow=uow, title="قطب نمونه", field_key="physics", host_institution_id=inst)
    for i, code in enumerate(CODES[:2]):
        fid = faculty.add_faculty(
            uow=uow, national_code=code, first_name="عضو", last_name=f"شماره{i}", rank="professor", institution_id=inst,
            field_key="physics",
        )  # fmt: skip
        scoring.add_activities(uow=uow, faculty_id=fid, activities=papers(9, "1401/05/01"))
        centres.add_membership(
            uow=uow, centre_id=cid, faculty_id=fid, role="director" if i == 0 else "member", joined_on="1404/01/01"
        )
    view = applications.check_centre_members(uow=uow, centre_id=cid, period_start="1406/07/01", on=TODAY)
    codes = [f.code for f in view.result.failures]
    assert "too_few_members" in codes and "equipment_not_confirmed" in codes and "program_not_confirmed" in codes
    assert [m.role_label for m in view.members] == ["مدیر", "عضو"]
    with pytest.raises(ValidationError) as exc:  # the program is not written yet
        applications.submit_application(uow=uow, centre_id=cid, period_start="1406/07/01", on=TODAY)
    assert exc.value.fields == ["sections"]
    assert centres.get_centre(uow=uow, centre_id=cid).status == "applicant"
    program = applications.get_program(uow=uow, centre_id=cid)
    assert len(program.sections) == 12 and program.sections[0][1] == "عنوان برنامه پژوهشی-فناوری"
    applications.save_program(
        uow=uow,
        centre_id=cid,
        sections={n: f"متن بخش {n}" for n in range(1, 13)},
        equipment_confirmed=True,
        program_confirmed=True,
    )
    before = counts(store)
    with pytest.raises(ValidationError) as exc:  # a proposed period may not start in the past
        applications.submit_application(uow=uow, centre_id=cid, period_start="1404/07/01", on=TODAY)
    assert exc.value.fields == ["period_start"]
    check_id = applications.submit_application(uow=uow, centre_id=cid, period_start="1406/07/01", on=TODAY)
    centre = centres.get_centre(uow=uow, centre_id=cid)
    assert centre.status == "under_review" and centre.period_start == parse_jalali("1406/07/01")
    with store.uow as u:
        stored = u.applications.checks(cid)[0]
        assert stored.id == check_id and stored.edition == "1397" and not stored.eligible
        assert json.loads(stored.result)["failures"][0]["code"] == "too_few_members"
        stored_result = json.dumps(json.loads(stored.result)["failures"])
    assert counts(store) == before  # the registries were not touched beyond the centre
    # the stored check is reproduced from its inputs, whatever changes afterwards
    scoring.add_activities(uow=uow, faculty_id=fid, activities=papers(20, "1405/05/01"))
    again = applications.submitted_check(uow=uow, centre_id=cid)
    assert again.result.total == view.result.total
    fresh = applications.check_centre_members(uow=uow, centre_id=cid, on=TODAY)
    assert fresh.result.total > again.result.total  # today's check sees the new papers; the stored one does not
    assert [f.code for f in again.result.failures] == [f["code"] for f in json.loads(stored_result)]
    with pytest.raises(ValidationError):
        applications.submit_application(uow=uow, centre_id=cid)


def test_a_sheet_saved_by_0_5_0_is_computed_again_as_it_was(uow, member, store):
    """Issue 17: revision 1 took an empty judged score as the maximum, theses undated and
    journal-years as typed; a sheet it stored still reproduces under what it recorded."""
    from datetime import datetime

    inputs = {
        "group": "physics", "period_start": "1403/07/01", "rank": "professor",
        "items": [{"row": 2, "date": "1401/05/01", "corresponding_author": True}, {"row": 19}, {"row": 21, "journal_years": 7}],
    }  # fmt: skip
    result = {"edition": "1397", "readings": {"majority": "floor", "row8_cap": "per_item"}, "total": 20 + 7 + 5 + 1.4}
    with store.uow as u:
        sheet_id = u.score_sheets.add_sheet(
            faculty_id=member, period_start=parse_jalali("1403/07/01"), field_key="physics", edition="1397",
            readings=json.dumps(result["readings"]), total=33.4, eligible=False, computed_at=datetime(2025, 1, 1),
            inputs=json.dumps(inputs), result=json.dumps(result),
        )  # fmt: skip
        u.commit()
    sheet, same = scoring.reproduce_sheet(uow=uow, sheet_id=sheet_id)
    assert same and sheet.readings.revision == 1
    assert (sheet.row(2).points, sheet.row(19).points, sheet.row(21).points) == (7, 5, Fraction(7, 5))
