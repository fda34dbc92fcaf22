"""The registers read back correctly: the right sentences and numbers, in order."""

from qotb_desktop import documents
from qotb_desktop.cli import main
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.services import call_views, centres, council, faculty, meetings
from tests.conftest import TODAY
from tests.pdf_text import fa, find, in_order, pages


def test_faculty_register(demo_store):
    rows = faculty.list_faculty(uow=demo_store.uow)
    pdf = documents.faculty_register(uow=demo_store.uow, today=TODAY).render()
    doc = pages(pdf)
    first = doc[0]
    assert in_order(first, "وزارت علوم، تحقیقات و فناوری", f"تاریخ: {format_jalali(TODAY)}", "فهرست اعضای هیأت علمی")
    assert find(first, f"شمار اعضای ثبت‌شده: {fa(len(rows))} نفر") >= 0
    # every member is listed, in the register's order, with the national code in Persian digits
    everyone = [line for page in doc for line in page]
    assert in_order(everyone, *(f"{r.first_name} {r.last_name}" for r in rows))
    for r in rows[:5]:
        assert find(everyone, fa(r.national_code)) >= 0
    for n, page in enumerate(doc, 1):
        assert find(page, "نام و نام خانوادگی") >= 0  # the header on every page
        assert find(page, f"صفحه {fa(n)} از {fa(len(doc))}") >= 0


def test_centre_roster(demo_store):
    uow = demo_store.uow
    centre = next(c for c in centres.list_centres(uow=uow) if c.collaborator_count)
    members = centres.list_memberships(uow=uow, centre_id=centre.id)
    director = next(m for m in members if m.role == "director")
    collaborators = [m for m in members if m.role == "collaborator"]
    pdf = documents.centre_roster(uow=uow, centre_id=centre.id, today=TODAY).render()
    (page,) = pages(pdf)
    assert in_order(
        page,
        "فهرست اعضای قطب علمی",
        centre.title,
        f"مؤسسه متقاضی: {centre.host_name}",
        f"دوره: {format_jalali(centre.period_start)} تا {format_jalali(centre.period_end)}",
        f"مدیر قطب: {director.faculty_name}",
        "اعضا",
        director.faculty_name,
        "همکاران",
        collaborators[0].faculty_name,
        "مدیر قطب",  # the signature block
    )
    assert find(page, f"شمار اعضا: {fa(centre.member_count)} نفر") >= 0


def test_council_roster(demo_store):
    uow = demo_store.uow
    seats = council.list_seats(uow=uow, on=TODAY)
    pdf = documents.council_roster(uow=uow, today=TODAY).render()
    lines = [line for page in pages(pdf) for line in page]
    assert in_order(lines, "ترکیب شورای قطب‌های علمی", "دارندگان کرسی‌ها", *(s.holder.holder_name for s in seats))
    natural = next(s for s in seats if s.key == "natural_1")
    assert find(lines, format_jalali(natural.holder.end)) >= 0
    assert find(lines, "به اعتبار سمت") >= 0


def test_print_samples_renders_every_form_with_data(tmp_path, demo_store):
    out = tmp_path / "samples"
    assert main(["--db", demo_store.db.url, "print-samples", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    listed = centres.list_centres(uow=demo_store.uow)
    expected = ["faculty-register.pdf", "council-roster.pdf"]
    expected += [f"centre-roster-{c.id}.pdf" for c in listed]
    expected += [f"centre-application-{c.id}.pdf" for c in listed]  # every demo centre has a program
    expected += [f"centre-eligibility-{c.id}.pdf" for c in listed if c.period_start]
    expected += [f"minutes-{m.number.replace('/', '-')}.pdf" for m in meetings.list_meetings(uow=demo_store.uow)]
    expected += [f"evaluation-summary-{y}.pdf" for y in documents.summary_years(uow=demo_store.uow)]  # the demo's: 1403, 1404
    # article 12: both years' tables, approved, with their letters; last year's call, its one
    # reviewed proposal, its agreement, the first stage's payment
    expected += [f"allocation-{paper}-{y}.pdf" for y in (1403, 1404) for paper in ("table", "letters")]
    [call] = call_views.list_calls(uow=demo_store.uow)
    [proposal] = call.proposals
    expected += [f"call-{call.id}.pdf", f"proposal-review-{proposal.id}.pdf", f"agreement-{proposal.id}.pdf"]
    expected += [f"payment-order-{p.id}.pdf" for s in proposal.stages for p in s.payments]
    assert sum(n.startswith("score-sheet-") for n in names) == 1  # one member's, as a sample
    assert sorted(n for n in names if not n.startswith("score-sheet-")) == sorted(expected)
    assert all((out / n).read_bytes().startswith(b"%PDF") for n in names)


def test_print_samples_on_an_empty_database_renders_nothing(tmp_path):
    out = tmp_path / "samples"
    assert main(["--db", str(tmp_path / "empty.sqlite"), "print-samples", str(out)]) == 0
    assert list(out.iterdir()) == []
