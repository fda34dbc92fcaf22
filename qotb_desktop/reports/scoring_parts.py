"""Blocks shared by the scoring forms (scoring_forms.py): numbers, labels, the
conditions table, the article 5 check, the edition line, and a table that never
leaves the signatures alone on the last page.

Everything here draws from the domain's results (ScoreSheet, CentreCheck) and
the rules edition that produced them; nothing is recomputed differently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from fractions import Fraction
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, TableStyle

from qotb_desktop.domain.activities import CHOICES
from qotb_desktop.domain.centre_check import CentreCheck
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.rules import Edition, Readings, RowRule, load_edition
from qotb_desktop.domain.scoring import Item, RowScore, ScoreSheet, number
from qotb_desktop.domain.text import search_key
from qotb_desktop.reports.document import FormMeta, Letterhead
from qotb_desktop.reports.flowables import BODY, HEADER_FILL, HEADING, SMALL, Paragraph, TableColumn, table

MET, NOT_MET = "برآورده", "برآورده نشده"
YES, NO = "بله", "خیر"
VERDICT = BODY.but(bold=True, size=11.5, leading=19, space_before=4)


def meta(title: str, today: date | None, number_: str, about: str = "") -> FormMeta:
    extra = {"printed_on": today} if today else {}
    return FormMeta(title=title, letterhead=Letterhead(number=number_, date=today), about=about, **extra)


def num(value: Fraction | int | float | None) -> str:
    """A score as printed: whole when whole, else two decimals (domain.scoring.number)."""
    if value is None:
        return "—"
    return str(number(Fraction(value) if isinstance(value, float) else value))


def yes_no(value: bool | None) -> str:
    return "—" if value is None else (YES if value else NO)


def jalali_or(value: date | None, empty: str = "—") -> str:
    return format_jalali(value) or empty


# The readings a scoring paper depends on: row 8's cap and who counts rows 12, 13 and 17
# (the council's majority and quorum are printed with each agenda item in the minutes).
SCORING_READINGS = ("row8_cap", "humanities_rows")


def edition_line(edition: Edition, readings: Readings, keys: Sequence[str] = SCORING_READINGS) -> Paragraph:
    """What produced the numbers on the page: «ویرایش ۱۳۹۷ آیین‌نامه ... (مصوب ...)، شیوه
    امتیازدهی بازنگری ۲؛ خوانش‌ها: سقف ۱۵ امتیاز ردیف ۸: سقف ۱۵ برای هر طرح ...؛ ...»."""
    return Paragraph(
        f"ویرایش {edition.edition} {edition.title} (مصوب {format_jalali(edition.approved_on)})، "
        f"شیوه امتیازدهی بازنگری {readings.revision}؛ خوانش‌ها: " + "؛ ".join(reading_titles(edition, readings, keys)),
        SMALL.but(space_before=8),
    )


def reading_titles(edition: Edition, readings: Readings, keys: Sequence[str]) -> list[str]:
    """«title: chosen choice's title» for each reading, from the rules data's [readings],
    each choice's title without its explanation (the rules screen shows it whole), so
    that the line stays short. A reading the edition does not have is left out."""
    found = []
    for key in keys:
        value = getattr(readings, key)
        try:
            spec = edition.reading(key)
            found.append(f"{spec.title}: {short_title(spec.choice(value).title)}")
        except KeyError:
            continue
    return found


def short_title(title: str) -> str:
    """A choice's title without what explains it: what follows «؛», then a closing
    bracket: «سقف ۱۵ برای هر طرح (ستون «برای هر مورد» جدول)» -> «سقف ۱۵ برای هر طرح»."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", title.split("؛")[0]).strip() or title


def conditions(rows: Sequence[tuple[str, str, str, bool]], width: float) -> Flowable:
    """Condition | required | actual | met: one row a condition."""
    columns = [
        TableColumn("شرط", 3.2),
        TableColumn("حد لازم", 1.3, "center"),
        TableColumn("وضع موجود", 1.3, "center"),
        TableColumn("نتیجه", 1.1, "center"),
    ]
    return table(columns, [[what, need, got, MET if ok else NOT_MET] for what, need, got, ok in rows], width=width, zebra=False)


def numbered(messages: Sequence[str]) -> list[Flowable]:
    return [Paragraph(f"{i}. {m}", BODY.but(space_after=2)) for i, m in enumerate(messages, 1)]


def with_total_row(t: Flowable) -> Flowable:
    """Shade the last row of a table made by ``flowables.table`` (its totals)."""
    t.setStyle(TableStyle([("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)]))
    return t


# --- a member's items ---------------------------------------------------------------


def quantity(item: Item, rule: RowRule) -> str:
    """What the item brings to its row's rule, in words: «۴۵ ارجاع», «بین‌المللی», ..."""
    parts = []
    if item.scope:
        parts.append(CHOICES["scope"].get(item.scope, item.scope))
    if item.corresponding_author:
        parts.append("نویسنده مسئول")
    if item.keynote:
        parts.append("سخنرانی کلیدی یا دعوت‌شده")
    if item.citations is not None:
        parts.append(f"{item.citations} ارجاع")
    if item.amount_toman is not None:
        parts.append(f"{num(Fraction(item.amount_toman, 1_000_000))} میلیون تومان")
    if item.award:
        parts.append(CHOICES["award"].get(item.award, item.award))
    if item.journal_years is not None:
        parts.append(f"{num(item.journal_years)} نشریه-سال")
    if item.conferences is not None:
        parts.append(f"{item.conferences} همایش")
    if item.academy:
        parts.append("عضو " + CHOICES["academy"].get(item.academy, item.academy))
    if item.role:
        parts.append(CHOICES["role"].get(item.role, item.role))
    if item.years is not None:
        parts.append(f"{num(item.years)} سال" + (" به عنوان مدیر" if item.as_director else ""))
    if rule.rule == "judged" and item.points is not None:
        parts.append(f"امتیاز داوری {num(item.points)}")
    return "، ".join(parts)


def counted_summary(items: Sequence[Item], rule: RowRule, corresponding_row: int) -> str:
    """The «items counted» cell of a row: how many, and the unit the rule counts in."""
    if not items:
        return "—"
    if rule.field in ("citations", "journal_years", "conferences", "years"):
        total = sum((Fraction(getattr(i, rule.field) or 0) for i in items), Fraction(0))
        unit = {"citations": "ارجاع", "journal_years": "نشریه-سال", "conferences": "همایش", "years": "سال"}[rule.field]
        return f"{num(total)} {unit}"
    text = f"{len(items)} مورد"
    if rule.row == corresponding_row:
        text += f" ({sum(1 for i in items if i.corresponding_author)} نویسنده مسئول)"
    return text


def row_note(row: RowScore, rule: RowRule, edition: Edition, sheet: ScoreSheet) -> str:
    """The engine's note for the row; where it has none, the row's cap or group limit as a reminder."""
    outside_groups = bool(rule.groups) and sheet.field_key not in rule.groups
    if row.note:
        capped = not outside_groups and row.uncapped > row.points
        return f"{row.note} (پیش از سقف {num(row.uncapped)})" if capped else row.note
    if outside_groups:
        titles = {f.key: f.title for f in edition.fields}
        return "ویژه رشته‌های " + "، ".join(titles.get(g, g) for g in rule.groups)
    if rule.row_cap_from_field:
        return f"سقف ردیف: {num(edition.field(sheet.field_key).thresholds.max_row4)} (پیوست ۲)"
    if rule.row_cap is not None:
        return f"سقف ردیف: {num(Fraction(str(rule.row_cap)))}"
    if rule.cap:
        per = "مجموع ردیف" if sheet.readings.row8_cap == "row_total" else "هر طرح"
        return f"سقف {num(Fraction(str(rule.cap)))} برای {per}"
    return ""


# --- article 5 ----------------------------------------------------------------------


def article5(centre: Any, result: CentreCheck, width: float, *, field_key: str | None, closing: Flowable) -> list[Flowable]:
    """The article 5 conditions table (the centre total against its field's minimum among
    them), then the verdict with each failure's message or «قطب شرایط ماده ۵ را دارد», the
    edition, and ``closing`` (the signatures)."""
    edition = load_edition(result.edition)
    codes = {f.code for f in result.failures}
    count = len(result.members)
    host = search_key(getattr(centre, "host_name", "") or "")
    from_host = sum(1 for m in result.members if search_key(m.institution) == host)
    eligible = sum(1 for m in result.members if m.sheet.eligible)
    in_other = sum(1 for f in result.failures if f.code == "member_in_other_centre")
    minimum = _centre_minimum(result, edition, field_key)
    rows = [
        ("شمار اعضا (بند ۵-۱)", f"دست‌کم {edition.centre.min_members}", str(count), "too_few_members" not in codes),
        ("اعضای مؤسسه متقاضی (بند ۵-۱)", f"بیش از نیمی: {count // 2 + 1}", str(from_host), "host_not_majority" not in codes),
        ("اعضای برجسته و فعال (تبصره ۸)", str(count), str(eligible), "member_not_eligible" not in codes),
        ("عضو قطب فعال دیگر (تبصره ۹)", "۰", str(in_other), "member_in_other_centre" not in codes),
        ("مجموع امتیاز اعضا (بند ۵-۲، پیوست ۲)", num(minimum), num(result.total), "centre_total_below_min" not in codes),
        (
            "تجهیزات و امکانات (بند ۵-۳)",
            "تأیید",
            _confirmed("equipment_not_confirmed", codes),
            "equipment_not_confirmed" not in codes,
        ),
        ("برنامه هدفمند (بند ۵-۴)", "تأیید", _confirmed("program_not_confirmed", codes), "program_not_confirmed" not in codes),
    ]
    if result.eligible:
        verdict = [Paragraph("نتیجه: قطب شرایط ماده ۵ را دارد.", VERDICT)]
    else:
        verdict = [
            Paragraph("نتیجه: قطب شرایط ماده ۵ را ندارد، به این دلایل:", VERDICT),
            *numbered([f.message for f in result.failures]),
        ]
    # The verdict, its reasons and the signatures under them stay on one page (reportlab
    # splits them anyway if they are more than a page).
    return [conditions(rows, width), KeepTogether([*verdict, edition_line(edition, result.readings), closing])]


def _confirmed(code: str, codes: set[str]) -> str:
    return "تأیید نشده" if code in codes else "تأیید شده"


def _centre_minimum(result: CentreCheck, edition: Edition, field_key: str | None) -> Fraction | int | None:
    for f in result.failures:
        if f.code == "centre_total_below_min":
            return f.required
    key = field_key or next((m.sheet.field_key for m in result.members), None)
    return edition.field(key).thresholds.min_centre_total if key else None


def heading(text: str) -> Paragraph:
    return Paragraph(text, HEADING)
