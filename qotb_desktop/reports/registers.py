"""The registers clerks print today: the faculty register, a centre's roster, the council roster.

Each is a function from plain records (the services' views, read by attribute)
to the bytes of a PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.reports.document import FormMeta, Letterhead, build, page_width
from qotb_desktop.reports.flowables import (
    BODY,
    HEADING,
    SMALL,
    Paragraph,
    Signer,
    TableColumn,
    closing_after,
    facts,
    signatures,
    table,
)


def _n(i: int) -> str:
    return str(i)


def _day(value: date | None) -> str:
    return format_jalali(value) if value else "—"


def faculty_register(rows: Sequence[Any], *, today: date | None = None, number: str = "") -> bytes:
    """فهرست اعضای هیأت علمی: everyone registered, with rank, institution, field, centre,
    and the employment dates when known (note 8 counts employed and retired alike)."""
    meta = FormMeta(title="فهرست اعضای هیأت علمی", letterhead=Letterhead(number=number, date=today), landscape=True, **_on(today))
    width = page_width(meta)
    columns = [
        TableColumn("ردیف", 0.5, "center"),
        TableColumn("نام و نام خانوادگی", 2.0),
        TableColumn("کد ملی", 1.2, "center"),
        TableColumn("مرتبه علمی", 1.0, "center"),
        TableColumn("مؤسسه", 2.0),
        TableColumn("گروه / رشته", 1.7),
        TableColumn("قطب علمی", 2.4),
        TableColumn("وضعیت", 0.8, "center"),
        TableColumn("تاریخ استخدام", 1.0, "center"),
        TableColumn("تاریخ بازنشستگی", 1.0, "center"),
    ]
    body = [
        [_n(i), f"{r.first_name} {r.last_name}", r.national_code, r.rank_label, r.institution_name, r.field_title,
         r.centre_title or "—", r.status_label, _day(r.hired_on), _day(r.retired_on)]
        for i, r in enumerate(rows, 1)
    ]  # fmt: skip
    in_centres = sum(1 for r in rows if r.centre_title)
    story = [
        Paragraph(f"شمار اعضای ثبت‌شده: {len(rows)} نفر، که {in_centres} نفر از آنان هم‌اکنون عضو یک قطب علمی‌اند.", BODY),
        closing_after(
            table(columns, body, width=width),
            [signatures([Signer("کارشناس دبیرخانه"), Signer("دبیر شورای قطب‌های علمی")], width=width * 0.7)],
        ),
    ]
    return build(meta, story)


def centre_roster(centre: Any, memberships: Sequence[Any], *, today: date | None = None, number: str = "") -> bytes:
    """فهرست اعضای قطب: the centre's particulars, its director, members and collaborators."""
    period = f"، دوره {format_jalali(centre.period_start)} تا {format_jalali(centre.period_end)}" if centre.period_start else ""
    meta = FormMeta(
        title="فهرست اعضای قطب علمی",
        letterhead=Letterhead(number=number, date=today),
        about=f"{centre.title}{period}",
        **_on(today),
    )
    width = page_width(meta)
    current = [m for m in memberships if m.left_on is None]
    members = [m for m in current if m.role in ("director", "member")]
    members.sort(key=lambda m: m.role != "director")
    collaborators = [m for m in current if m.role == "collaborator"]
    former = [m for m in memberships if m.left_on is not None]
    period = f"{format_jalali(centre.period_start)} تا {format_jalali(centre.period_end)}" if centre.period_start else "—"
    decree = f"{centre.decree_number} مورخ {format_jalali(centre.decree_date)}" if centre.decree_number else "—"
    story = [
        Paragraph(centre.title, HEADING.but(align="center")),
        facts(
            [
                ("گروه / رشته", centre.field_title),
                ("وضعیت", centre.status_label),
                ("مؤسسه متقاضی", centre.host_name),
                ("مؤسسه‌های همکار", "، ".join(centre.partner_names) or "—"),
                ("دوره", period),
                ("حکم", decree),
                ("مدیر قطب", centre.director_name or "—"),
                ("شمار اعضا", f"{len(members)} نفر"),
            ],
            width=width,
        ),
        Paragraph("اعضا", HEADING),
        _people_table(members, width, with_role=True),
        Paragraph("همکاران (تبصره ۱۱ ماده ۵: همکار عضو قطب شمرده نمی‌شود)", HEADING),
        _people_table(collaborators, width) if collaborators else Paragraph("قطب همکاری ثبت نکرده است.", SMALL),
    ]
    if former:
        story += [Paragraph("اعضا و همکاران پیشین", HEADING), _people_table(former, width, with_role=True, with_left=True)]
    sign = signatures([Signer("مدیر قطب", centre.director_name), Signer("معاون پژوهش و فناوری مؤسسه")], width=width)
    story.append(closing_after(story.pop(), [sign]))  # never the signatures alone on a page
    return build(meta, story)


def _people_table(people: Sequence[Any], width: float, *, with_role: bool = False, with_left: bool = False):
    columns = [TableColumn("ردیف", 0.5, "center"), TableColumn("نام و نام خانوادگی", 2.0)]
    if with_role:
        columns.append(TableColumn("نقش", 0.8, "center"))
    columns += [TableColumn("مرتبه علمی", 1.0, "center"), TableColumn("مؤسسه", 2.0), TableColumn("تاریخ پیوستن", 1.1, "center")]
    if with_left:
        columns.append(TableColumn("تاریخ پایان عضویت", 1.1, "center"))
    rows = []
    for i, m in enumerate(people, 1):
        row = [_n(i), m.faculty_name]
        if with_role:
            row.append(m.role_label)
        row += [m.rank_label, m.institution_name, format_jalali(m.joined_on)]
        if with_left:
            row.append(format_jalali(m.left_on))
        rows.append(row)
    return table(columns, rows, width=width)


def council_roster(seats: Sequence[Any], terms: Sequence[Any], *, today: date | None = None, number: str = "") -> bytes:
    """ترکیب شورای قطب‌های علمی: who holds each seat now, and the terms on record."""
    meta = FormMeta(title="ترکیب شورای قطب‌های علمی", letterhead=Letterhead(number=number, date=today), **_on(today))
    width = page_width(meta)
    now = [_seat_row(i, s) for i, s in enumerate(seats, 1)]
    history = [
        [_n(i), t.seat_title, t.holder_name, format_jalali(t.start), format_jalali(t.end) or "—"] for i, t in enumerate(terms, 1)
    ]
    story = [
        Paragraph(
            "ترکیب شورا بر پایه بند ۳-۱ آیین‌نامه: وزیر (رئیس شورا)، معاون پژوهش و فناوری (نایب رئیس)، معاون آموزشی، "
            "مدیر کل دفتر سیاست‌گذاری و برنامه‌ریزی امور پژوهشی (دبیر شورا) و پنج عضو حقیقی که برای دوره‌ای چهار ساله "
            "منصوب می‌شوند و انتخاب دوباره آنان بلامانع است (تبصره ۱).",
            BODY,
        ),
        Paragraph("دارندگان کرسی‌ها", HEADING),
        table(
            [
                TableColumn("ردیف", 0.5, "center"),
                TableColumn("کرسی", 3.2),
                TableColumn("دارنده", 2.0),
                TableColumn("آغاز دوره", 1.1, "center"),
                TableColumn("پایان دوره", 1.1, "center"),
            ],
            now,
            width=width,
        ),  # fmt: skip
        Paragraph("همه دوره‌های ثبت‌شده", HEADING),
        table(
            [
                TableColumn("ردیف", 0.5, "center"),
                TableColumn("کرسی", 3.2),
                TableColumn("دارنده", 2.0),
                TableColumn("آغاز", 1.1, "center"),
                TableColumn("پایان", 1.1, "center"),
            ],
            history,
            width=width,
        ),  # fmt: skip
    ]
    story.append(closing_after(story.pop(), [signatures([Signer("دبیر شورای قطب‌های علمی")], width=width * 0.4)]))
    return build(meta, story)


def _seat_row(i: int, seat: Any) -> list[str]:
    h = seat.holder
    if h is None:
        return [_n(i), seat.title, "— خالی —", "", ""]
    return [_n(i), seat.title, h.holder_name, format_jalali(h.start), format_jalali(h.end) if h.end else "به اعتبار سمت"]


def _on(today: date | None) -> dict[str, date]:
    return {"printed_on": today} if today else {}
