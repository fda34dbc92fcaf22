"""The scoring papers: a member's score sheet, a centre's article 5 summary, and the
centre application following Appendix 3 (with the institution's commitments, note 12).

A score sheet prints as it was computed: the rules of its edition at the scoring
revision its readings record (an old sheet keeps rows 18 and 19 fixed, rows 21, 22 and
26 typed), each item's points from the engine's own ``item_points`` over its window.

Each is a function from the domain's results (ScoreSheet, CentreCheck) and plain
records read by attribute to the bytes of a PDF, on the one printing layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from qotb_desktop.domain.centre_check import CentreCheck
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.rules import DEFAULT_EDITION, Edition, RowRule, load_edition
from qotb_desktop.domain.scoring import Item, ScoreSheet, item_points, years_in_window
from qotb_desktop.reports.document import build, page_width
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
from qotb_desktop.reports.scoring_parts import (
    VERDICT,
    article5,
    conditions,
    counted_summary,
    edition_line,
    heading,
    jalali_or,
    meta,
    num,
    numbered,
    quantity,
    row_note,
    with_total_row,
    yes_no,
)

MEMBER_SHEET_TITLE = "برگه امتیاز عضو هیأت علمی"
CENTRE_SUMMARY_TITLE = "خلاصه بررسی شرایط تشکیل قطب (ماده ۵)"
APPLICATION_TITLE = "درخواست تشکیل قطب علمی"
COMMITMENTS_HEADING = "تعهدات مؤسسه به قطب (تبصره ۱۲)"
NOT_RECORDED = "ثبت نشده"


def computed_under(sheet: ScoreSheet) -> Edition:
    """The rules a sheet was computed under: its edition at its readings' scoring revision."""
    return load_edition(sheet.edition).at_revision(sheet.readings.revision)


def member_score_sheet(
    person: Any, sheet: ScoreSheet, items: Sequence[Item], *, today: date | None = None, number: str = ""
) -> bytes:
    """برگه امتیاز عضو هیأت علمی: Appendix 1's 26 rows, the Appendix 2 minimums, the verdict.

    ``person`` is read by attribute: full_name, national_code, rank_label,
    institution_name, field_title. ``items`` are the member's items, the ones
    ``sheet.excluded`` and each row's ``items`` refer to by index.
    """
    m = meta(MEMBER_SHEET_TITLE, today, number, about=str(getattr(person, "full_name", "") or ""))
    width = page_width(m)
    edition = computed_under(sheet)
    rules = edition.scoring
    field = edition.field(sheet.field_key)
    first, last = sheet.window
    # The Appendix 2 field the verdict was measured against (the member's own, note 8),
    # always printed: beside the member's field when they differ in name.
    basis = f"{field.title} (مبنای سنجش با پیوست ۲)"
    fields = [("رشته", basis)] if field.title == person.field_title else []
    fields = fields or [("رشته", person.field_title), ("رشته در پیوست ۲", basis)]
    story: list[Flowable] = [
        facts(
            [
                ("نام و نام خانوادگی", person.full_name),
                ("کد ملی", person.national_code),
                ("مرتبه علمی", person.rank_label),
                ("مؤسسه", person.institution_name),
                *fields,
                ("آغاز دوره قطب", format_jalali(last + timedelta(days=1))),
                (f"بازه {rules.window_years} ساله", f"{format_jalali(first)} تا {format_jalali(last)} (تبصره ۸)"),
            ],
            width=width,
        ),
        heading("امتیاز فعالیت‌ها (پیوست ۱)"),
        _rows_table(person, sheet, items, width),
        heading(f"سنجش با کمینه‌های پیوست ۲ (رشته {field.title})"),
        conditions(_member_conditions(sheet, edition), width),
    ]
    if sheet.eligible:
        story.append(Paragraph("نتیجه: واجد شرایط (عضو هیأت علمی برجسته و فعال، تبصره ۸ ماده ۵)", VERDICT))
    else:
        verdict = Paragraph("نتیجه: فاقد شرایط (عضو هیأت علمی برجسته و فعال، تبصره ۸ ماده ۵)، به این دلایل:", VERDICT)
        story.append(KeepTogether([verdict, *numbered([f.message for f in sheet.failures])]))
    story.append(heading("موارد کنار گذاشته‌شده"))
    story.append(_excluded_table(sheet, items, width) if sheet.excluded else Paragraph("موردی کنار گذاشته نشد.", SMALL))
    counted = sorted(i for r in sheet.rows for i in r.items)
    if counted:
        keep = CondPageBreak(HEADING.leading + HEADING.space_before + 4 * BODY.leading)  # the heading never alone
        story += [keep, heading("ریز موارد شمرده‌شده"), _counted_table(sheet, items, counted, width)]
    sign = signatures([Signer("کارشناس دبیرخانه"), Signer("دبیر گروه علمی")], width=width * 0.8)
    story.append(closing_after(story.pop(), [edition_line(edition, sheet.readings), sign]))
    return build(m, story)


def _member_conditions(sheet: ScoreSheet, edition: Edition) -> list[tuple[str, str, str, bool]]:
    t = edition.field(sheet.field_key).thresholds
    need = edition.scoring.min_corresponding_papers
    return [
        ("امتیاز ردیف ۲ (مقالات علمی-پژوهشی)", num(t.min_row2), num(sheet.row2), sheet.row2 >= t.min_row2),
        ("مجموع امتیاز ردیف‌های ۲، ۸ و ۹", num(t.min_rows_2_8_9), num(sheet.rows_2_8_9), sheet.rows_2_8_9 >= t.min_rows_2_8_9),
        ("امتیاز کل", num(t.min_member_total), num(sheet.total), sheet.total >= t.min_member_total),
        (
            f"مقالات ردیف ۲ با نویسنده مسئول ({edition.scoring.corresponding_clause})",
            num(need),
            num(sheet.corresponding_papers),
            sheet.corresponding_papers >= need,
        ),
    ]


def _rows_table(person: Any, sheet: ScoreSheet, items: Sequence[Item], width: float) -> Flowable:
    edition = computed_under(sheet)
    rules = edition.scoring
    columns = [
        TableColumn("ردیف", 0.45, "center"),
        TableColumn("فعالیت", 3.0),
        TableColumn("موارد شمرده‌شده", 1.75, "center"),
        TableColumn("امتیاز", 0.6, "center"),
        TableColumn("توضیح", 2.3),
    ]
    body = []
    for r in sheet.rows:
        rule = rules.row(r.row)
        if rule.rule == "rank":
            what = person.rank_label
        elif rule.measure == "years_in_window" and r.items:
            years = sum((years_in_window(items[i].date, items[i].end, sheet.window) for i in r.items), Fraction(0))
            what = f"{num(years)} سال در بازه ({len(r.items)} مورد)"
        else:
            what = counted_summary([items[i] for i in r.items], rule, rules.corresponding_row)
        body.append([str(r.row), r.title, what, num(r.points), row_note(r, rule, edition, sheet)])
    counted = sum(len(r.items) for r in sheet.rows)
    body.append(["", "جمع امتیاز", f"{counted} مورد", num(sheet.total), ""])
    return with_total_row(table(columns, body, width=width))


def _excluded_table(sheet: ScoreSheet, items: Sequence[Item], width: float) -> Flowable:
    columns = [
        TableColumn("مورد", 0.5, "center"),
        TableColumn("ردیف", 0.5, "center"),
        TableColumn("شرح", 2.6),
        TableColumn("تاریخ", 0.9, "center"),
        TableColumn("دلیل", 3.2),
    ]
    rows = []
    for e in sheet.excluded:
        item = items[e.item]
        rows.append([str(e.item + 1), str(item.row), item.description or "—", _dates(item), e.reason])
    return table(columns, rows, width=width)


def _dates(item: Item) -> str:
    """An item's date, or its first and last day (rows 21, 22, 26; no last day: still serving)."""
    if item.end is not None:
        return f"{jalali_or(item.date, 'بی‌تاریخ')} تا {format_jalali(item.end)}"
    return jalali_or(item.date, "بی‌تاریخ")


def _features(item: Item, rule: RowRule, edition: Edition, sheet: ScoreSheet) -> str:
    """What the item brings to its row: the engine's quantities, then the days of a row
    counted over the years inside the window (and the years counted), and the evidence
    footnotes 4 and 5 ask for («ثبت نشده» when none was recorded)."""
    parts = [quantity(item, rule)]
    if rule.measure == "years_in_window" and item.date is not None:
        to = format_jalali(item.end) if item.end else "کنون"
        years = years_in_window(item.date, item.end, sheet.window)
        parts.append(f"از {format_jalali(item.date)} تا {to}؛ {num(years)} سال در بازه")
    wanted = edition.scoring.evidence_of(rule.row)
    if wanted is not None:
        parts.append(f"{wanted.label}: {item.evidence or NOT_RECORDED}")
    return "؛ ".join(p for p in parts if p)


def _counted_table(sheet: ScoreSheet, items: Sequence[Item], counted: Sequence[int], width: float) -> Flowable:
    edition = computed_under(sheet)
    columns = [
        TableColumn("مورد", 0.5, "center"),
        TableColumn("ردیف", 0.5, "center"),
        TableColumn("شرح", 3.2),
        TableColumn("تاریخ", 0.9, "center"),
        TableColumn("ویژگی‌ها", 2.0),
        TableColumn("امتیاز مورد", 0.8, "center"),
    ]
    rows = []
    for i in counted:
        item = items[i]
        rule = edition.scoring.row(item.row)
        per_item = rule.rule not in ("rank", "per_unit")  # citations count over the row only
        points = num(item_points(item, rule, sheet.readings, sheet.window)) if per_item else "—"
        features = _features(item, rule, edition, sheet)
        rows.append([str(i + 1), str(item.row), item.description or "—", jalali_or(item.date, "بی‌تاریخ"), features, points])
    return table(columns, rows, width=width)


def centre_eligibility_summary(centre: Any, result: CentreCheck, *, today: date | None = None, number: str = "") -> bytes:
    """خلاصه بررسی شرایط تشکیل قطب (ماده ۵): the members' scores and the article 5 verdict.

    ``centre`` is read by attribute: title, field_title, host_name, period_start
    (and field_key when it has one; otherwise the field is the members' sheets').
    """
    m = meta(CENTRE_SUMMARY_TITLE, today, number, about=str(getattr(centre, "title", "") or ""))
    width = page_width(m)
    sign = signatures([Signer("دبیر شورا"), Signer("دبیر گروه علمی")], width=width * 0.8)
    story: list[Flowable] = [
        _centre_facts(centre, width, result),
        heading("اعضای پیشنهادی"),
        _checked_members(result, width),
        heading("شرایط ماده ۵"),
        *article5(centre, result, width, field_key=getattr(centre, "field_key", None), closing=sign),
    ]
    return build(m, story)


def _centre_facts(centre: Any, width: float, result: CentreCheck | None, *more: tuple[str, str]) -> Flowable:
    start = jalali_or(centre.period_start)
    if centre.period_start is None and result is not None and result.members:
        # No period yet (an applicant): the start the check was run for, from the members' window.
        start = f"{format_jalali(result.members[0].sheet.window[1] + timedelta(days=1))} (مبنای بررسی)"
    return facts(
        [
            ("عنوان قطب", centre.title),
            ("رشته", centre.field_title),
            ("مؤسسه متقاضی", centre.host_name),
            ("آغاز دوره", start),
            *more,
        ],
        width=width,
    )


def _checked_members(result: CentreCheck, width: float) -> Flowable:
    columns = [
        TableColumn("ردیف", 0.5, "center"),
        TableColumn("نام و نام خانوادگی", 2.2),
        TableColumn("مؤسسه", 2.4),
        TableColumn("امتیاز ردیف ۲", 1.0, "center"),
        TableColumn("امتیاز کل", 1.0, "center"),
        TableColumn("واجد شرایط", 0.9, "center"),
    ]
    rows = [
        [str(i), r.name, r.institution, num(r.sheet.row2), num(r.sheet.total), yes_no(r.sheet.eligible)]
        for i, r in enumerate(result.members, 1)
    ]
    eligible = sum(1 for r in result.members if r.sheet.eligible)
    rows.append(["", "جمع", "", "", num(result.total), f"{eligible} از {len(result.members)}"])
    return with_total_row(table(columns, rows, width=width))


def centre_application(
    centre: Any,
    sections: Sequence[tuple[int, str, str]],
    members: Sequence[Any],
    result: CentreCheck | None,
    *,
    today: date | None = None,
    number: str = "",
    commitments: str | None = None,
) -> bytes:
    """درخواست تشکیل قطب علمی: the program's sections of Appendix 3 (number, title, text),
    the institution's commitments to the centre (note 12; ``commitments``, «ثبت نشده» when
    empty, the part left out when None: not given), the member table with roles and
    scores, and the article 5 check when there is one.

    ``centre`` is read as in ``centre_eligibility_summary``; each of ``members`` by
    attribute: name, institution, rank_label, role_label, total, eligible (total and
    eligible may be None: not scored yet).
    """
    m = meta(APPLICATION_TITLE, today, number, about=str(getattr(centre, "title", "") or ""))
    width = page_width(m)
    clause = load_edition(result.edition if result else DEFAULT_EDITION).program_clause
    story: list[Flowable] = [
        _centre_facts(centre, width, result, ("شمار اعضا", f"{len(members)} نفر")),
        heading(f"برنامه پژوهشی-فناوری پیشنهادی ({clause.replace('؛', '،')})"),
    ]
    for n, title, text in sections:
        # A heading is never left alone at the foot of a page.
        story.append(CondPageBreak(HEADING.leading + HEADING.space_before + 3 * BODY.leading))
        story.append(Paragraph(f"{n}. {title}", HEADING.but(size=11, leading=18)))
        story += _paragraphs(text)
    if commitments is not None:
        story.append(CondPageBreak(HEADING.leading + HEADING.space_before + 3 * BODY.leading))
        story.append(heading(COMMITMENTS_HEADING))
        story += _paragraphs(commitments) if commitments.strip() else [Paragraph(NOT_RECORDED, BODY)]
    story += [heading("اعضای قطب"), _application_members(members, width)]
    director = getattr(centre, "director_name", "") or next((p.name for p in members if p.role_label == "مدیر"), "")
    sign = signatures([Signer("مدیر قطب", director), Signer("رئیس مؤسسه")], width=width * 0.8)
    if result is not None:
        field_key = getattr(centre, "field_key", None)
        story += [heading("بررسی شرایط ماده ۵"), *article5(centre, result, width, field_key=field_key, closing=sign)]
    else:
        story.append(sign)
    return build(m, story)


def _paragraphs(text: str | None) -> list[Flowable]:
    """The clerk's text, one paragraph a line (blank lines dropped), or a dash when empty."""
    parts = [p.strip() for p in (text or "").split("\n") if p.strip()]
    if not parts:
        return [Paragraph("— نوشته نشده است —", SMALL)]
    return [Paragraph(p, BODY.but(space_after=6)) for p in parts]


def _application_members(members: Sequence[Any], width: float) -> Flowable:
    columns = [
        TableColumn("ردیف", 0.5, "center"),
        TableColumn("نام و نام خانوادگی", 2.0),
        TableColumn("مرتبه علمی", 0.9, "center"),
        TableColumn("مؤسسه", 2.1),
        TableColumn("نقش", 0.7, "center"),
        TableColumn("امتیاز", 0.8, "center"),
        TableColumn("واجد شرایط", 0.9, "center"),
    ]
    rows = [
        [str(i), p.name, p.rank_label, p.institution, p.role_label, num(p.total), yes_no(p.eligible)]
        for i, p in enumerate(members, 1)
    ]
    if not rows:
        return Paragraph("عضوی معرفی نشده است.", SMALL)
    return table(columns, rows, width=width)
