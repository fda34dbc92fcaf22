"""The calls of article 12-3 («ستاپ قطب‌های علمی») as the clerk types them: a call with
its topics, a centre's proposal, the working group's review by the seven criteria of
12-4, the agreement with its stages (12-3-6), a stage's payment (12-3-7).

Each ``clean_*`` reads what was typed, records a Persian error naming each field that is
wrong and raises them together (ValidationError); amounts are in the scheme's unit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from qotb_desktop.domain.errors import Checker
from qotb_desktop.domain.fields import read_date, read_number, read_text
from qotb_desktop.domain.funding_views import Mark
from qotb_desktop.domain.money import Unit, format_amount, read_amount
from qotb_desktop.domain.rules.funding_schemes import FundingScheme, SelectionCriterion
from qotb_desktop.domain.text import to_persian_digits

PROPOSAL_STATES = {"received": "دریافت‌شده", "selected": "برگزیده", "rejected": "برگزیده نشد"}
DECISIONS = {"selected": "برگزیده شد", "rejected": "برگزیده نشد"}
MAX_TOPICS = 30
MAX_STAGES = 12


@dataclass(frozen=True)
class CallRecord:
    title: str
    budget: int
    announced_on: date | None
    deadline: date
    topics: tuple[tuple[str, str], ...]  # (title, the council's decision)
    note: str


def clean_call(
    *,
    title: object,
    budget: object,
    deadline: object,
    announced_on: object = None,
    topics: Sequence = (),
    note: object = "",
    unit: Unit,
) -> CallRecord:
    check = Checker()
    name = read_text(check, "title", "عنوان فراخوان", title, required=True, max_len=250, name=True)
    rials = read_amount(check, "budget", f"اعتبار فراخوان ({unit.title})", budget, unit=unit)
    announced = read_date(check, "announced_on", "تاریخ اعلام", announced_on, required=False)
    due = read_date(check, "deadline", "مهلت دریافت پیشنهادها", deadline, required=True)
    if announced and due and due < announced:
        check.fail("deadline", "مهلت دریافت پیشنهادها", "پیش از تاریخ اعلام فراخوان است.")
    cleaned = []
    for i, topic in enumerate(topics, start=1):
        text, decision = (topic, "") if isinstance(topic, str) else (topic[0], topic[1] if len(topic) > 1 else "")
        label = f"موضوع {to_persian_digits(i)}"
        t = read_text(check, f"topic_{i}", label, text, required=True, max_len=300)
        d = read_text(check, f"topic_{i}_decision", f"{label}: مصوبه شورا", decision, required=False, max_len=100)
        cleaned.append((t, d))
    if not cleaned:
        check.fail("topics", "موضوع‌های اولویت‌دار", "دست‌کم یک موضوع بنویسید (بند ۱۲-۳-۲: شورا موضوع‌ها را تعیین می‌کند).")
    elif len(cleaned) > MAX_TOPICS:
        check.fail("topics", "موضوع‌های اولویت‌دار", f"بیش از {to_persian_digits(MAX_TOPICS)} موضوع است.")
    text = read_text(check, "note", "یادداشت", note, required=False, max_len=4000)
    check.done()
    return CallRecord(name, rials, announced, due or date.min, tuple(cleaned), text)


@dataclass(frozen=True)
class ProposalRecord:
    title: str
    cost: int
    received_on: date
    partners: tuple[int, ...]


def clean_proposal(
    *, title: object, cost: object, received_on: object, centre_id: int, partners: Sequence[int] = (), unit: Unit
) -> ProposalRecord:
    check = Checker()
    name = read_text(check, "title", "عنوان پروژه", title, required=True, max_len=300, name=True)
    rials = read_amount(check, "cost", f"برآورد هزینه ({unit.title})", cost, unit=unit)
    day = read_date(check, "received_on", "تاریخ دریافت", received_on, required=True)
    ids = [int(p) for p in partners]
    if centre_id in ids:
        check.fail("partners", "قطب‌های همکار", "قطب پیشنهاددهنده خود همکار خود نیست.")
    if len(set(ids)) != len(ids):
        check.fail("partners", "قطب‌های همکار", "قطبی دو بار آمده است.")
    check.done()
    return ProposalRecord(name, rials, day or date.min, tuple(dict.fromkeys(ids)))


@dataclass(frozen=True)
class ReviewRecord:
    reviewed_on: date
    marks: tuple[Mark, ...]
    decision: str
    note: str


def clean_review(
    *,
    reviewed_on: object,
    marks: Mapping[str, Sequence[object]],
    decision: object,
    note: object = "",
    scheme: FundingScheme,
    joint: bool,
) -> ReviewRecord:
    """The working group's review (12-3-5): each of the seven criteria marked met or not
    (12-4-7, a joint proposal, is read from the proposal itself), with a note, and the
    decision. ``marks`` maps a criterion to (met, note) or (met, note, score): a score is
    asked for a criterion only where the scheme gives it one (``max_score``), a whole
    number from zero to it; 12-4-7's score is its whole when the proposal is joint, else
    zero (docs/decisions.md). Who reviewed is recorded from the registry
    (services/review_bodies.py)."""
    check = Checker()
    day = read_date(check, "reviewed_on", "تاریخ بررسی", reviewed_on, required=True)
    out = []
    for criterion in scheme.selection_criteria:
        given = tuple(marks.get(criterion.key, ()))[:3]
        met, text, score = (*given, *(None, "", None)[len(given) :])
        clause = f"بند {to_persian_digits(criterion.key)}"
        if criterion.key == "12-4-7":
            met = joint
            score = None if criterion.max_score is None else (criterion.max_score if joint else 0)
        if met is None:
            check.fail(f"mark_{criterion.key}", clause, "برآورده بودن یا نبودن آن را بگویید.")
        comment = read_text(check, f"mark_{criterion.key}_note", f"{clause}: یادداشت", text, required=False, max_len=1000)
        points = _score(check, criterion, clause, score)
        out.append(Mark(criterion.key, bool(met), comment, points))
    key = str(decision or "")
    if key not in DECISIONS:
        check.fail("decision", "تصمیم کارگروه", "برگزیده شد یا برگزیده نشد را برگزینید.")
    text = read_text(check, "note", "یادداشت بررسی", note, required=False, max_len=4000)
    check.done()
    return ReviewRecord(day or date.min, tuple(out), key, text)


def _score(check: Checker, criterion: SelectionCriterion, clause: str, value: object) -> int | None:
    """A criterion's score as typed: none where the scheme gives it none; else a whole
    number from zero to its ``max_score``, in any digits."""
    empty = value is None or str(value).strip() == ""
    if criterion.max_score is None:
        if not empty:
            check.fail(f"mark_{criterion.key}_score", f"{clause}: امتیاز", "شیوه دبیرخانه برای این بند امتیازی نمی‌دهد.")
        return None
    if empty:
        check.fail(f"mark_{criterion.key}_score", f"{clause}: امتیاز", "امتیاز این بند را بنویسید.")
        return None
    return read_number(check, f"mark_{criterion.key}_score", f"{clause}: امتیاز", value, least=0, most=criterion.max_score)


@dataclass(frozen=True)
class StageRecord:
    title: str
    due_on: date
    deliverables: str
    amount: int


@dataclass(frozen=True)
class AgreementRecord:
    number: str
    signed_on: date
    amount: int
    stages: tuple[StageRecord, ...]


def clean_agreement(
    *, number: object, signed_on: object, amount: object, stages: Sequence[Mapping[str, object]], unit: Unit
) -> AgreementRecord:
    """The agreement (12-3-6): its stages, each with its schedule, deliverables and amount,
    in order of their days, adding up to the agreement's amount to the rial."""
    check = Checker()
    ref = read_text(check, "number", "شماره توافق‌نامه", number, required=True, max_len=60)
    day = read_date(check, "signed_on", "تاریخ توافق‌نامه", signed_on, required=True)
    total = read_amount(check, "amount", f"مبلغ توافق‌نامه ({unit.title})", amount, unit=unit)
    cleaned: list[StageRecord] = []
    for i, stage in enumerate(stages, start=1):
        label = f"مرحله {to_persian_digits(i)}"
        title = read_text(check, f"stage_{i}_title", f"{label}: عنوان", stage.get("title"), required=True, max_len=300)
        due = read_date(check, f"stage_{i}_due_on", f"{label}: موعد", stage.get("due_on"), required=True)
        what = read_text(
            check, f"stage_{i}_deliverables", f"{label}: شرح خدمات", stage.get("deliverables"), required=True, max_len=4000
        )
        rials = read_amount(check, f"stage_{i}_amount", f"{label}: مبلغ ({unit.title})", stage.get("amount"), unit=unit)
        if due and day and due < day:
            check.fail(f"stage_{i}_due_on", f"{label}: موعد", "پیش از تاریخ توافق‌نامه است.")
        if due and cleaned and due < cleaned[-1].due_on:
            check.fail(f"stage_{i}_due_on", f"{label}: موعد", "پیش از موعد مرحله پیشین است.")
        cleaned.append(StageRecord(title, due or date.min, what, rials))
    if not cleaned:
        check.fail("stages", "مرحله‌ها", "دست‌کم یک مرحله بنویسید (بند ۱۲-۳-۶).")
    elif len(cleaned) > MAX_STAGES:
        check.fail("stages", "مرحله‌ها", f"بیش از {to_persian_digits(MAX_STAGES)} مرحله است.")
    elif not check.errors and sum(s.amount for s in cleaned) != total:
        gap = total - sum(s.amount for s in cleaned)
        check.fail(
            "stages",
            "مرحله‌ها",
            f"جمع مبلغ مرحله‌ها با مبلغ توافق‌نامه یکی نیست (اختلاف {format_amount(gap, unit=unit)} {unit.title}).",
        )
    check.done()
    return AgreementRecord(ref, day or date.min, total, tuple(cleaned))


@dataclass(frozen=True)
class PaymentRecord:
    amount: int
    paid_on: date
    order_number: str


def clean_payment(*, amount: object, paid_on: object, order_number: object = "", unit: Unit) -> PaymentRecord:
    check = Checker()
    rials = read_amount(check, "amount", f"مبلغ پرداخت ({unit.title})", amount, unit=unit)
    day = read_date(check, "paid_on", "تاریخ پرداخت", paid_on, required=True)
    ref = read_text(check, "order_number", "شماره دستور پرداخت", order_number, required=False, max_len=60)
    check.done()
    return PaymentRecord(rials, day or date.min, ref)
