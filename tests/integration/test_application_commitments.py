"""Note 12 (issue 17.10): the institution's commitments to its centre («امکانات کافی، از
قبیل فضای مناسب، نیروی انسانی، ...») are recorded with the application's program and
printed on the application paper; empty is allowed and printed «ثبت نشده»."""

from __future__ import annotations

from qotb_desktop.reports.scoring_forms import COMMITMENTS_HEADING, NOT_RECORDED, centre_application
from qotb_desktop.services import applications, centres, institutions
from tests.conftest import TODAY
from tests.integration.test_scoring_forms import Centre, application_members, lines_of, sections
from tests.pdf_text import find, in_order

PROMISED = "اتاق ۲۱۰ دانشکده فیزیک و دو کارشناس پاره‌وقت.\nخوشه محاسباتی ۶۴ هسته؛ نامه ۱۲۳۴/ص رئیس دانشگاه."


def a_centre(uow) -> int:
    inst = institutions.add_institution(uow=uow, name="دانشگاه تهران")
    return centres.add_centre(uow=uow, title="قطب نمونه", field_key="physics", host_institution_id=inst)


def save(uow, cid: int, **more) -> None:
    applications.save_program(
        uow=uow, centre_id=cid, sections={1: "عنوان"}, equipment_confirmed=True, program_confirmed=False, **more
    )


def test_the_commitments_are_saved_with_the_program_and_read_back(uow):
    cid = a_centre(uow)
    assert applications.get_program(uow=uow, centre_id=cid).institution_commitments == ""
    save(uow, cid, institution_commitments=PROMISED)
    program = applications.get_program(uow=uow, centre_id=cid)
    assert program.institution_commitments.splitlines()[0] == "اتاق 210 دانشکده فیزیک و دو کارشناس پاره‌وقت."
    assert len(program.institution_commitments.splitlines()) == 2  # its lines kept
    save(uow, cid)  # a caller that does not give them leaves them as they are
    assert applications.get_program(uow=uow, centre_id=cid).institution_commitments == program.institution_commitments
    save(uow, cid, institution_commitments="  ")  # emptied: allowed
    assert applications.get_program(uow=uow, centre_id=cid).institution_commitments == ""


def test_the_application_prints_the_commitments_or_not_recorded():
    lines = lines_of(centre_application(Centre(), sections(), application_members(), None, today=TODAY, commitments=PROMISED))
    assert in_order(
        lines,
        "۱۲. " + sections()[-1][1],
        COMMITMENTS_HEADING,
        "اتاق ۲۱۰ دانشکده فیزیک و دو کارشناس پاره‌وقت.",
        "خوشه محاسباتی ۶۴ هسته؛ نامه ۱۲۳۴/ص رئیس دانشگاه.",
        "اعضای قطب",
    )
    assert find(lines, NOT_RECORDED) < 0
    empty = lines_of(centre_application(Centre(), sections(), application_members(), None, today=TODAY, commitments=""))
    assert in_order(empty, COMMITMENTS_HEADING, NOT_RECORDED, "اعضای قطب")
