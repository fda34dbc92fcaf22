"""A member's publications imported as activities (issue 23): the preview against what
the member has, the clerk's confirmation checked as the activity form checks it, all
accepted records in one transaction, the dry run, and a second import adding nothing."""

from pathlib import Path

import pytest

from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.services import faculty, institutions, scoring
from qotb_desktop.services.publications import read_publications
from qotb_desktop.services.publications.importing import (
    Accepted,
    accepted_as_proposed,
    import_publications,
    preview_publications,
)
from tests.integration.test_registries import CODES

DATA = Path(__file__).resolve().parents[1] / "data" / "publications"
PERIOD = "1403/07/01"  # note 8's window: 1398/07/01 to 1403/06/31


@pytest.fixture
def member(uow):
    inst = institutions.add_institution(uow=uow, name="دانشگاه نمونه")
    return faculty.add_faculty(
        uow=uow, national_code=CODES[0], first_name="علی", last_name="کریمی", rank="associate_professor",
        institution_id=inst, field_key="physics",
    )  # fmt: skip


def readings(*names):
    return [read_publications(path=DATA / n) for n in names]


def confirm_all(preview, points="5"):
    """The clerk accepts every proposal ticked by default, giving the points of judged rows."""
    out = []
    for p in preview.proposals:
        if p.accepted_by_default:
            given = "2" if p.row in (3, 4) else points  # rows 3 and 4 give 2 at most
            choice = accepted_as_proposed(p, points=given if p.judged else "")
            if p.row in (11, 15) and not p.scope:
                choice = Accepted(choice.key, choice.row, points=given, scope="international")
            out.append(choice)
    return out


def test_three_files_become_activities_and_a_second_import_adds_nothing(uow, member):
    files = ("scopus.csv", "member.bib", "member.ris")
    preview = preview_publications(uow=uow, faculty_id=member, readings=readings(*files), period_start=PERIOD)
    assert preview.member_name == "علی کریمی"
    assert len(preview.unreadable) == 6  # two in each file, listed for the error report
    accepted = confirm_all(preview)
    result = import_publications(uow=uow, preview=preview, accepted=accepted)
    assert result.added == len(accepted) and not result.skipped
    stored = scoring.list_activities(uow=uow, faculty_id=member)
    assert len(stored) == len(accepted)
    rows = sorted(a.row for a in stored)
    assert rows.count(7) == 1 and 2 in rows and 4 in rows and 11 in rows and 15 in rows
    graphene = next(a for a in stored if a.description.startswith("Heat transport in layered graphene sheets"))
    assert "DOI: 10.9999/jip.2021.001" in graphene.description and graphene.item.corresponding_author
    sheet = scoring.score_faculty(uow=uow, faculty_id=member, period_start=PERIOD).sheet
    assert sheet.row(7).points > 0 and sheet.row(2).points > 0

    again = preview_publications(uow=uow, faculty_id=member, readings=readings(*files), period_start=PERIOD)
    left = [(p.key, p.description) for p in again.proposals if p.accepted_by_default]
    assert left == []
    assert all(p.duplicate for p in again.proposals if p.key in {a.key for a in accepted})
    forced = import_publications(uow=uow, preview=again, accepted=confirm_all(preview))  # the old choices, forced
    assert forced.added == 0 and len(forced.skipped) == len(accepted)
    assert len(scoring.list_activities(uow=uow, faculty_id=member)) == len(accepted)


def test_a_paper_typed_by_hand_is_a_duplicate(uow, member):
    scoring.add_activity(
        uow=uow, faculty_id=member, row=2,
        values={"date": "1400/01/15", "points": "6", "description": "Heat transport in layered graphene sheets — JIP"},
    )  # fmt: skip
    preview = preview_publications(uow=uow, faculty_id=member, readings=readings("wos.txt"), period_start=PERIOD)
    first = preview.proposal("wos.txt#1")
    assert "فعالیت‌های ثبت‌شده عضو" in first.duplicate and not first.accepted_by_default


def test_judged_rows_need_the_clerks_points_and_nothing_is_written_without_them(uow, member):
    preview = preview_publications(uow=uow, faculty_id=member, readings=readings("wos.txt"), period_start=PERIOD)
    accepted = [accepted_as_proposed(p) for p in preview.proposals if p.accepted_by_default]  # no points given
    with pytest.raises(ValidationError) as caught:
        import_publications(uow=uow, preview=preview, accepted=accepted)
    assert "wos.txt، رکورد ۱: امتیاز داده‌شده" in str(caught.value)
    assert scoring.list_activities(uow=uow, faculty_id=member) == []
    too_many = [Accepted("wos.txt#1", 2, points="9")]  # row 2's maximum is 7
    with pytest.raises(ValidationError, match="میان ۰ و ۷"):
        import_publications(uow=uow, preview=preview, accepted=too_many)
    wrong_row = [Accepted("wos.txt#3", 2, points="1")]  # a conference paper is row 4
    with pytest.raises(ValidationError, match="برای آن نیست"):
        import_publications(uow=uow, preview=preview, accepted=wrong_row)


def test_the_dry_run_writes_nothing(uow, member):
    preview = preview_publications(uow=uow, faculty_id=member, readings=readings("member.ris"), period_start=PERIOD)
    result = import_publications(uow=uow, preview=preview, accepted=confirm_all(preview), dry_run=True)
    assert result.dry_run and result.added > 0
    assert scoring.list_activities(uow=uow, faculty_id=member) == []


def test_the_clerk_chooses_the_row_of_an_unindexed_paper(uow, member):
    preview = preview_publications(uow=uow, faculty_id=member, readings=readings("member.bib"), period_start=PERIOD)
    promo = next(p for p in preview.proposals if p.record and p.record.title.startswith("Thermal Übersicht"))
    assert promo.row is None and promo.rows == (2, 3)
    import_publications(uow=uow, preview=preview, accepted=[Accepted(promo.key, 3, points="1.5")])
    (stored,) = scoring.list_activities(uow=uow, faculty_id=member)
    assert stored.row == 3 and stored.item.points == 1.5 and stored.date is not None


def test_the_window_is_the_members_centres_when_none_is_given(demo_store):
    from qotb_desktop.services import centres
    from qotb_desktop.services.publications.importing import period_of_member

    uow = demo_store.uow
    held = next(
        (p, m) for p in faculty.list_faculty(uow=uow) for m in centres.memberships_of_faculty(uow=uow, faculty_id=p.id)
        if m.left_on is None and centres.get_centre(uow=uow, centre_id=m.centre_id).period_start
    )  # fmt: skip
    person, membership = held
    start = centres.get_centre(uow=uow, centre_id=membership.centre_id).period_start
    assert period_of_member(uow=uow, faculty_id=person.id) == start
    outside = next(p for p in faculty.list_faculty(uow=uow) if not centres.memberships_of_faculty(uow=uow, faculty_id=p.id))
    assert period_of_member(uow=uow, faculty_id=outside.id) is None
