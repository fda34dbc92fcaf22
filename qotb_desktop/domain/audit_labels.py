"""The change log in the clerk's words: Persian field names and values.

The trail stores each change as the columns' machine names and stored values
(``rank: assistant_professor``, ``institution_id: 3``, ``true``, ``2024-09-22``).
``describe`` turns one change into rows «field | before | after» a clerk reads:
field names from FIELDS (or the table's own word in TABLE_FIELDS), chosen values
from the vocabularies, booleans as بله/خیر, empty as «—», dates Jalali with
Persian digits, and the ids of other records as those records' names, which the
caller looks up (``names``: the service reads them from the database).

Pure: no database, no Qt. The CSV export keeps the machine names (a file for
checking and for other programs); the screen shows only these labels.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from qotb_desktop.domain import activities, calls, evaluation, funding, meetings, review_bodies, vocab
from qotb_desktop.domain.accounts import roles_label
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.rules.schemes import available_schemes, load_scheme
from qotb_desktop.domain.text import to_persian_digits, to_persian_number

EMPTY = "—"
YES, NO = "بله", "خیر"

# A column's name in Persian, whatever table it is in ...
FIELDS: dict[str, str] = {
    "id": "شناسه",
    "key": "کلید",
    "name": "نام",
    "title": "عنوان",
    "kind": "گونه",
    "city": "شهر",
    "national_code": "کد ملی",
    "first_name": "نام",
    "last_name": "نام خانوادگی",
    "full_name": "نام کامل",
    "rank": "مرتبه علمی",
    "institution_id": "مؤسسه",
    "host_institution_id": "مؤسسه میزبان",
    "field_key": "گروه / رشته",
    "parent_key": "گروه بالاتر",
    "status": "وضعیت",
    "email": "رایانامه",
    "phone": "تلفن",
    "hired_on": "تاریخ استخدام",
    "retired_on": "تاریخ بازنشستگی",
    "period_start": "آغاز دوره",
    "period_end": "پایان دوره",
    "dissolved_on": "تاریخ انحلال",
    "decree_number": "شماره حکم",
    "decree_date": "تاریخ حکم",
    "equipment_confirmed": "تأیید تجهیزات",
    "program_confirmed": "تأیید برنامه",
    "centre_id": "قطب",
    "faculty_id": "عضو هیأت علمی",
    "role": "نقش",
    "joined_on": "تاریخ پیوستن",
    "left_on": "تاریخ جدایی",
    "position": "جایگاه",
    "ex_officio": "عضو به اعتبار سمت",
    "term_years": "سال‌های دوره",
    "seat_key": "کرسی",
    "holder_name": "دارنده کرسی",
    "start": "آغاز",
    "end": "پایان",
    "note": "یادداشت",
    "row": "ردیف آیین‌نامه",
    **{name: label for name, label in activities.LABELS.items() if name != "role"},
    "edition": "ویرایش آیین‌نامه",
    "readings": "برداشت‌ها",
    "total": "جمع امتیاز",
    "eligible": "واجد شرایط",
    "computed_at": "زمان محاسبه",
    "checked_at": "زمان بررسی",
    "inputs": "داده‌های محاسبه",
    "result": "نتیجه محاسبه",
    "number": "شماره",
    "text": "متن",
    "year": "سال",
    "sequence": "شماره در سال",
    "held_on": "تاریخ جلسه",
    "starts_at": "ساعت آغاز",
    "ends_at": "ساعت پایان",
    "place": "محل",
    "chaired_by": "رئیس جلسه",
    "delegation": "تفویض",
    "secretary": "دبیر",
    "state": "وضعیت",
    "finalised_at": "زمان نهایی شدن",
    "fingerprint": "اثر صورت‌جلسه",
    "approved_at_meeting_id": "تأیید در جلسه",
    "meeting_id": "جلسه",
    "arrived_at": "ساعت رسیدن",
    "from_item": "از بند",
    "until_item": "تا بند",
    "guest": "مهمان",
    "about_meeting_id": "درباره جلسه",
    "agenda_item_id": "بند دستور جلسه",
    "yes": "موافق",
    "no": "مخالف",
    "abstain": "ممتنع",
    "present": "حاضران",
    "outcome": "نتیجه رأی",
    "endorsed_on": "تاریخ تنفیذ",
    "endorsed_by": "تنفیذکننده",
    "communicated_on": "تاریخ ابلاغ",
    "letter_number": "شماره نامه",
    "letter_year": "سال نامه",
    "letter_sequence": "شماره نامه در سال",
    "decision_id": "مصوبه",
    "action": "اقدام",
    "responsible": "مسئول",
    "due_on": "موعد",
    "done_on": "تاریخ انجام",
    "made_at": "زمان ثبت",
    "corrects": "متن نادرست",
    "correction": "متن درست",
    "reason": "دلیل",
    "filename": "نام پرونده",
    "sha256": "اثر انگشت پرونده",
    "content": "محتوا",
    "added_at": "زمان پیوست",
    "effective_on": "تاریخ اثر",
    "received_on": "تاریخ دریافت",
    "papers": "مقاله‌ها",
    "projects": "طرح‌ها",
    "theses": "پایان‌نامه‌ها",
    "postdocs": "پسادکتری‌ها",
    "agreements": "تفاهم‌نامه‌ها",
    "budget_received": f"اعتبار دریافتی ({evaluation.BUDGET_UNIT})",
    "budget_spent": f"اعتبار هزینه‌شده ({evaluation.BUDGET_UNIT})",
    "site_visit_on": "تاریخ بازدید",
    "notes": "یادداشت‌ها",
    "report_id": "گزارش سالانه",
    "area_key": "بخش گزارش",
    "scheme": "طرح ارزیابی",
    "evaluators": "ارزیابان",
    "remarks": "نظر ارزیابان",
    "evaluated_on": "تاریخ ارزیابی",
    "verdict": "نتیجه",
    "member_count": "شمار اعضا",
    "centre_total": "امتیاز اعضا",
    "article5_lost": "شرط‌های ماده ۵ از دست‌رفته",
    "closed_at": "زمان بستن",
    "evaluation_id": "ارزیابی",
    "criterion": "معیار",
    "score": "امتیاز",
    "reopened_at": "زمان بازگشایی",
    "username": "نام کاربری",
    "roles": "نقش‌ها",
    "password_hash": "گذرواژه",
    "active": "فعال",
    "failed_logins": "ورودهای ناموفق",
    "last_failure": "آخرین ورود ناموفق",
    "created_at": "زمان ساخت",
    "end_date": "تاریخ پایان",
    "evidence": "مدرک",
    "institution_commitments": "تعهدات مؤسسه (تبصره ۱۲)",
    "institution_approval": "تأیید مؤسسه (تبصره ۱۰)",
    "value": "برداشت برگزیده",
    "changed_at": "زمان تغییر",
    "changed_by": "تغییردهنده",
    "closed_by": "بسته‌شده به دست",
    "line": "ردیف بودجه و متمم‌ها (ریال)",
    "half": "نیمه برنامه‌ها (ریال)",
    "approved_at": "زمان تأیید",
    "approved_by": "تأییدکننده",
    "recorded_on": "تاریخ ثبت",
    "reference": "شماره نامه یا قانون",
    "source": "منبع",
    "basis_year": "سال ارزیابی مبنا",
    "basis_total": "امتیاز ارزیابی مبنا",
    "rule": "قاعده سهم",
    "computed": "سهم محاسبه‌شده (ریال)",
    "provided": "سهم تأمین‌شده مؤسسه (ریال)",
    "provided_on": "تاریخ تأمین",
    "provided_note": "یادداشت تأمین",
    "programs_percent": "سهم برنامه‌ها از ردیف (درصد)",
    "budget": "اعتبار فراخوان (ریال)",
    "announced_on": "تاریخ اعلام",
    "deadline": "مهلت",
    "call_id": "فراخوان",
    "council_decision": "مصوبه شورا",
    "topic_id": "موضوع",
    "cost": "برآورد هزینه (ریال)",
    "reviewed_on": "تاریخ بررسی",
    "reviewed_by": "کارگروه بررسی‌کننده",
    "review_note": "یادداشت بررسی",
    "agreement_number": "شماره توافق‌نامه",
    "agreement_on": "تاریخ توافق‌نامه",
    "agreement_amount": "مبلغ توافق‌نامه (ریال)",
    "proposal_id": "پیشنهاد",
    "met": "برآورده",
    "deliverables": "شرح خدمات",
    "report_received_on": "تاریخ دریافت گزارش مرحله",
    "report_approved_on": "تاریخ تأیید گزارش مرحله",
    "stage_id": "مرحله",
    "paid_on": "تاریخ پرداخت",
    "order_number": "شماره دستور پرداخت",
    "group_key": "گروه علمی",
    "body_id": "گروه یا کارگروه",
    "start_on": "آغاز دوره",
    "end_on": "پایان دوره",
    "subject": "موضوع بررسی",
    "subject_id": "شناسه موضوع",
    "sitting_id": "نشست بررسی",
    "member_id": "عضو گروه",
    "organisation": "دستگاه اجرایی",
    "contract_number": "شماره قرارداد",
    "contract_on": "تاریخ قرارداد",
    "contract_amount": "مبلغ قرارداد (ریال)",
    "support": "حمایت دبیرخانه (ریال)",
    "decided_on": "تاریخ تصمیم",
    "support_id": "حمایت",
    "identity": "شناسه پایگاه داده",
}

# ... or, where the same name means another thing, in that table.
TABLE_FIELDS: dict[tuple[str, str], str] = {
    ("meeting", "kind"): "گونه جلسه",
    ("agenda_item", "kind"): "گونه بند",
    ("agenda_item", "position"): "شماره بند",
    ("agenda_item", "centre_id"): "قطب موضوع بند",
    ("institution", "kind"): "گونه مؤسسه",
    ("evaluation", "kind"): "گونه ارزیابی",
    ("evaluation", "total"): "نمره ارزیابی",
    ("membership", "role"): "نقش در قطب",
    ("member_change", "role"): "نقش در قطب",
    ("member_change", "action"): "تغییر",
    ("activity", "role"): activities.LABELS["role"],
    ("attendance", "name"): "نام حاضر",
    ("attendance", "status"): "حضور",
    ("attendance", "seat_key"): "کرسی",
    ("program_section", "number"): "بخش برنامه",
    ("program_section", "text"): "متن بخش",
    ("faculty_member", "status"): "وضعیت اشتغال",
    ("centre", "status"): "وضعیت قطب",
    ("allocation", "status"): "وضعیت قطب",
    ("allocation", "amount"): "سهم تخصیص‌یافته (ریال)",
    ("budget_entry", "amount"): "مبلغ (ریال)",
    ("project_stage", "amount"): "مبلغ مرحله (ریال)",
    ("stage_payment", "amount"): "مبلغ پرداخت (ریال)",
    ("decision", "text"): "متن مصوبه",
    ("decision", "state"): "وضعیت مصوبه",
    ("meeting", "state"): "وضعیت صورت‌جلسه",
    ("meeting", "number"): "شماره جلسه",
    ("follow_up", "action"): "اقدام",
    ("rules_reading", "key"): "خوانش آیین‌نامه",
}

# The chosen values' words.
VALUES: dict[tuple[str, str], Mapping[str, str]] = {
    ("institution", "kind"): vocab.INSTITUTION_KINDS,
    ("faculty_member", "rank"): vocab.RANKS,
    ("faculty_member", "status"): vocab.FACULTY_STATUSES,
    ("centre", "status"): vocab.CENTRE_STATUSES,
    ("allocation", "status"): vocab.CENTRE_STATUSES,
    ("allocation", "rule"): funding.RULES,
    ("budget_entry", "kind"): funding.BUDGET_KINDS,
    ("review_body", "kind"): review_bodies.KINDS,
    ("review_body_member", "role"): review_bodies.ROLES,
    ("review_sitting", "subject"): {k: v[0] for k, v in review_bodies.SUBJECTS.items()},
    ("proposal", "state"): calls.PROPOSAL_STATES,
    ("membership", "role"): vocab.MEMBERSHIP_ROLES,
    ("member_change", "role"): vocab.MEMBERSHIP_ROLES,
    ("member_change", "action"): {"join": "پیوستن به قطب", "leave": "جدا شدن از قطب"},
    ("meeting", "kind"): {"council": "شورای قطب‌ها", "centre": "قطب"},
    ("meeting", "state"): meetings.MINUTES_STATES,
    ("meeting", "chaired_by"): meetings.CHAIRED_BY,
    ("attendance", "status"): meetings.ATTENDANCE,
    ("agenda_item", "kind"): meetings.AGENDA_KINDS,
    ("decision", "state"): meetings.DECISION_STATES,
    ("decision", "outcome"): {"approved": "تصویب", "rejected": "رد"},
    ("evaluation", "kind"): evaluation.KINDS,
    ("evaluation", "verdict"): evaluation.VERDICTS,
    **{("activity", name): choices for name, choices in activities.CHOICES.items()},
}
ROLE_COLUMNS = {("app_user", "roles"), ("app_user", "role")}  # "role": the one role of the trail before 0008

# The columns that hold another record's id or key: the table it points to.
REFERENCES: dict[str, str] = {
    "institution_id": "institution",
    "host_institution_id": "institution",
    "faculty_id": "faculty_member",
    "centre_id": "centre",
    "meeting_id": "meeting",
    "approved_at_meeting_id": "meeting",
    "about_meeting_id": "meeting",
    "agenda_item_id": "agenda_item",
    "decision_id": "decision",
    "evaluation_id": "evaluation",
    "report_id": "annual_report",
    "field_key": "scientific_group",
    "parent_key": "scientific_group",
    "seat_key": "council_seat",
}

# Never shown as a value: a secret, a file's bytes, the bookkeeping of a computation.
HIDDEN_VALUES = {"password_hash": "(تغییر کرد)", "content": "(پرونده)", "inputs": "(داده‌های محاسبه)", "result": "(نتیجه محاسبه)"}
# Not a change the clerk made (the record's own id is in the row's heading).
SKIPPED = {"id", "key", "version"}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")
_LATIN = re.compile(r"[A-Za-z@]")

Names = Callable[[str, object], str | None]  # (table, id or key) -> the record's name, or None


@dataclass(frozen=True)
class FieldChange:
    """One row of a change: the field's Persian name, the value before and after."""

    field: str  # the column (for the CSV and for tests)
    label: str
    before: str
    after: str


def field_label(table: str, column: str) -> str:
    return TABLE_FIELDS.get((table, column)) or FIELDS.get(column) or column.replace("_", " ")


def when_label(value: datetime | None) -> str:
    """A moment as the desk shows it: ۱۴۰۳/۰۷/۰۱ ساعت ۱۰:۳۰."""
    if value is None:
        return EMPTY
    return f"{format_jalali(value.date())} ساعت {to_persian_digits(value.strftime('%H:%M'))}"


def value_label(table: str, column: str, value: object, names: Names | None = None) -> str:
    """One stored value in Persian."""
    if column in HIDDEN_VALUES:
        return EMPTY if value in (None, "") else HIDDEN_VALUES[column]
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return YES if value else NO
    if column in REFERENCES and names is not None:
        name = names(REFERENCES[column], value)
        if name:
            return name
        return f"{field_label(table, column)} {to_persian_digits(value)} (حذف‌شده)"
    if (table, column) == ("evaluation_score", "criterion"):
        return _criteria().get(str(value), str(value))
    if column == "article5_lost":
        return _lost(str(value))
    if (table, column) in ROLE_COLUMNS:
        return roles_label(value) or EMPTY
    if (table, column) in VALUES:
        return VALUES[table, column].get(str(value), str(value))
    if isinstance(value, datetime):
        return when_label(value)
    if isinstance(value, date):
        return format_jalali(value)
    if isinstance(value, int | float):
        return to_persian_number(value)
    text = str(value)
    if _ISO_DATE.match(text):
        try:
            return format_jalali(date.fromisoformat(text))
        except ValueError:
            return text
    if _ISO_TIME.match(text):
        try:
            return when_label(datetime.fromisoformat(text.replace(" ", "T")))
        except ValueError:
            return text
    if _LATIN.search(text):
        return text  # an email, a file name, a code: as written
    if re.fullmatch(r"-?\d+(\.\d+)?", text):
        return to_persian_number(text)
    return to_persian_digits(text)


@cache
def _criteria() -> dict[str, str]:
    """The evaluation criteria's titles, of every scheme."""
    return {c.key: c.title for key in available_schemes() for c in load_scheme(key).criteria}


def _lost(stored: str) -> str:
    """The article 5 conditions an evaluation found lost (stored as JSON [[code, message], ...])."""
    try:
        lost = json.loads(stored)
    except ValueError:
        return stored
    return "؛ ".join(str(m[-1]) for m in lost if m) or EMPTY


def describe(
    table: str, action: str, before: Mapping[str, object], after: Mapping[str, object], names: Names | None = None
) -> list[FieldChange]:
    """The rows of one change. An update: the fields that changed, before and after.
    An addition: the fields given a value (before «—»); a deletion: the fields the
    record had (after «—»)."""
    columns = [c for c in dict.fromkeys([*before, *after]) if c not in SKIPPED]
    rows = []
    for column in columns:
        old, new = before.get(column), after.get(column)
        if action == "update" and old == new and column not in HIDDEN_VALUES:
            continue  # (a secret is kept as «***» before and after: the trail lists it only when it changed)
        given = old if action == "delete" else new
        if action != "update" and (given is None or given == "" or given is False):
            continue  # an empty field of a record added or deleted says nothing (a 0 does)
        rows.append(
            FieldChange(
                column,
                field_label(table, column),
                EMPTY if action == "insert" else value_label(table, column, old, names),
                EMPTY if action == "delete" else value_label(table, column, new, names),
            )
        )
    return rows


def summary(rows: list[FieldChange], *, most: int = 3) -> str:
    """One line for the list, in words rather than an arrow (which reads backwards in
    right-to-left text): «مرتبه علمی: از استادیار به دانشیار»."""
    parts = []
    for r in rows[:most]:
        if r.before == EMPTY:
            parts.append(f"{r.label}: {r.after}")
        elif r.after == EMPTY:
            parts.append(f"{r.label}: {r.before} (برداشته شد)")
        else:
            parts.append(f"{r.label}: از {r.before} به {r.after}")
    more = len(rows) - most
    return "؛ ".join(parts) + (f"؛ و {to_persian_digits(more)} مورد دیگر" if more > 0 else "")


def record_name(table: str, get: Callable[[str], object], names: Names | None = None) -> str | None:
    """A record's name in Persian from its columns (``get``), or None when the table's
    records have no name of their own (the caller then shows the id)."""

    def ref(column: str) -> str:
        value = get(column)
        return (names(REFERENCES[column], value) if names and value is not None else None) or ""

    def text(column: str) -> str:
        return to_persian_digits(get(column) or "")

    match table:
        case "institution" | "app_user" if get("name") or get("full_name"):
            return text("name") or text("full_name")
        case "faculty_member":
            return f"{text('first_name')} {text('last_name')}".strip() or None
        case "centre" | "scientific_group" | "council_seat" | "agenda_item":
            return text("title") or None
        case "meeting" if get("year") and get("sequence"):
            return f"جلسه {to_persian_digits(meetings.meeting_number(int(get('year')), int(get('sequence'))))}"
        case "membership" | "member_change" | "activity" | "council_term":
            who = ref("faculty_id") or text("holder_name")
            where = ref("centre_id") or ref("seat_key")
            return "، ".join(p for p in (who, where) if p) or None
        case "decision":
            return f"مصوبه «{ref('agenda_item_id')}»" if ref("agenda_item_id") else None
        case "evaluation" | "annual_report":
            year = to_persian_digits(get("year") or "")
            return "، ".join(p for p in (ref("centre_id"), f"سال {year}" if year else "") if p) or None
        case "attendance":
            return text("name") or None
        case "evaluation_score":
            return "، ".join(p for p in (ref("evaluation_id"), _criteria().get(str(get("criterion")), "")) if p) or None
        case "annual_report_area":
            return ref("report_id") or None
        case "program_section":
            return "، ".join(p for p in (ref("centre_id"), f"بخش {text('number')}") if p)
        case "centre_partner":
            return "، ".join(p for p in (ref("centre_id"), ref("institution_id")) if p) or None
        case "follow_up" | "amendment" | "minutes_copy":
            return ref("meeting_id") or None
    return None
