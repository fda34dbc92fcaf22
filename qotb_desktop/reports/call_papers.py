"""The papers of the calls of article 12-3 («ستاپ قطب‌های علمی»), from the plain
``CallView`` (domain.funding_views) to the bytes of a PDF; the caller writes them.

- The call (12-3-1..12-3-4): its year, title, budget, announcement and deadline, the
  topics with the council's decision named (12-3-2), what the centres send (12-3-4) and
  the criteria of 12-4 by which the working groups select (12-3-5); the secretary signs.
- The proposal's review sheet (12-3-5, 12-4): the proposal, the working group and the
  members who took part, each of the seven criteria with the bylaw's sentence marked
  «برآورده است» or «برآورده نیست» (no check marks: the font has none), the note and the
  decision; a signature line for each member who took part. Refused before the review.
- The agreement (12-3-6): the parties, the project, the stages (schedule, deliverables,
  amount) with their total that is the agreement's amount, and the payment rule of
  12-3-7; the directors of the centres and the secretary sign. Only once signed.
- The payment order of a stage (12-3-7): one for each payment, with the stage's report
  received and approved, what was paid of the stage before it and what remains.

Every amount is in the scheme's display unit, named beside it; dates are Jalali.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable

from qotb_desktop.domain.calls import DECISIONS
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.funding_views import CallView, PaymentView, ProposalView, StageView
from qotb_desktop.domain.money import format_amount
from qotb_desktop.domain.rules.funding_schemes import SelectionCriterion
from qotb_desktop.domain.text import to_persian_digits as _fa
from qotb_desktop.reports.document import FormMeta, Letterhead, build, page_width
from qotb_desktop.reports.evaluation_summary import _Grid
from qotb_desktop.reports.flowables import (
    BODY,
    CELL,
    HEADER_FILL,
    HEADING,
    SMALL,
    Paragraph,
    Signer,
    TableColumn,
    closing_after,
    facts,
    signatures,
)

SECRETARY = "دبیر شورای قطب‌های علمی"
SECRETARIAT = "دبیرخانه شورای قطب‌های علمی"
MET, NOT_MET = "برآورده است", "برآورده نیست"
NONE = "—"

_CELL = CELL.but(size=9, leading=13.5)
_STRONG = _CELL.but(bold=True)


def _money(rials: int | None, call: CallView) -> str:
    return f"{format_amount(rials or 0, unit=call.unit)} {call.unit.title}"


def _day(value: date | None) -> str:
    return format_jalali(value) if value else NONE


def _meta(title: str, subject: str, today: date | None, *, number: str = "", on: date | None = None, about: str = "") -> FormMeta:
    return FormMeta(
        title=title,
        about=about,
        letterhead=Letterhead(number=number, date=on or today),
        subject=subject,
        **({"printed_on": today} if today else {}),
    )


def _sign_rows(signers: Sequence[Signer], width: float, per_row: int = 3) -> list[Flowable]:
    """Signature blocks, ``per_row`` a row, so that many members' names never crowd."""
    rows = [signers[i : i + per_row] for i in range(0, len(signers), per_row)]
    return [signatures(r, width=width * len(r) / per_row) for r in rows]


def _partners(p: ProposalView) -> str:
    return "، ".join(p.partners) if p.partners else "ندارد"


# -- the call --------------------------------------------------------------------------


def call_title(call: CallView) -> str:
    return f"فراخوان ستاپ قطب‌های علمی سال {_fa(call.year)}"


def call_notice(call: CallView, *, criteria: Sequence[SelectionCriterion], today: date | None = None) -> bytes:
    """The call as announced to the centres (12-3-1..12-3-4), signed by the secretary."""
    meta = _meta(call_title(call), "بندهای ۱۲-۳-۱ تا ۱۲-۳-۴", today, on=call.announced_on)
    width = page_width(meta)
    story: list[Flowable] = [
        Paragraph(call.title, BODY.but(bold=True, align="center", space_after=8)),
        facts(
            [
                ("سال", _fa(call.year)),
                ("اعتبار فراخوان", _money(call.budget, call)),
                ("تاریخ اعلام", _day(call.announced_on)),
                ("مهلت دریافت پیشنهادها", _day(call.deadline)),
            ],
            width=width,
        ),
        Paragraph(
            "به استناد بند ۱۲-۳-۱ آیین‌نامه قطب‌های علمی، به منظور اجرای پژوهش‌های پیشران و اولویت‌دار در مرزهای دانش "
            "به دست قطب‌های علمی، بخشی از اعتبار ردیف قطب‌های علمی در قالب این فراخوان به پروژه‌های برگزیده واگذار "
            f"می‌شود. اعتبار این فراخوان {_money(call.budget, call)} است.",
            BODY.but(space_before=8),
        ),
        Paragraph(
            "دبیرخانه بنا بر بند ۱۲-۳-۳ موضوع‌های پژوهش‌های پیشران را که شورای قطب‌های علمی بنا بر بند ۱۲-۳-۲ "
            "مشخص کرده است به آگاهی قطب‌های علمی می‌رساند:",
            BODY,
        ),
    ]
    columns = [TableColumn("ردیف", 0.4, "center"), TableColumn("موضوع", 3.2), TableColumn("مصوبه شورا (بند ۱۲-۳-۲)", 1.3)]
    grid = _Grid(columns, width, [], [], header_rows=1)
    grid.add([c.title for c in columns], header=True)
    for i, (_id, topic, decision) in enumerate(call.topics, 1):
        grid.add([str(i), topic, decision or NONE], _CELL)
    story.append(grid.table())
    story += [
        Paragraph("آنچه قطب‌ها می‌فرستند (بند ۱۲-۳-۴)", HEADING),
        Paragraph(
            "قطب‌های علمی پیشنهادهای خود را برای اجرای پروژه‌های مورد نظر، با برآورد اعتبار، در قالب فرم‌های استاندارد "
            f"دبیرخانه تا {_day(call.deadline)} به {SECRETARIAT} می‌فرستند. هر پیشنهاد موضوع خود را از موضوع‌های بالا "
            "و قطب‌های همکار خود را، اگر پیشنهاد مشترک است، نام می‌برد. پیشنهادی که پس از این مهلت برسد بررسی نمی‌شود.",
            BODY,
        ),
        Paragraph("شاخص‌های انتخاب پروژه‌ها (بند ۱۲-۴)", HEADING),
        Paragraph(
            "کارگروه‌های تخصصی دبیرخانه پیشنهادها را بررسی و درباره آنها تصمیم می‌گیرند (بند ۱۲-۳-۵)؛ "
            "هر پیشنهاد با این شاخص‌ها سنجیده می‌شود:",
            BODY,
        ),
        *(Paragraph(f"• بند {c.key}: {c.title}", BODY) for c in criteria),
    ]
    if call.note:
        story += [Paragraph("توضیح", HEADING), Paragraph(call.note, BODY)]
    story.append(closing_after(story.pop(), _sign_rows([Signer(SECRETARY)], width)))  # never the signature alone
    return build(meta, story)


# -- the proposal's review sheet -------------------------------------------------------


def _proposal_facts(call: CallView, p: ProposalView, width: float) -> Flowable:
    return facts(
        [
            ("فراخوان", f"{call.title} (سال {_fa(call.year)})"),
            ("قطب پیشنهاددهنده", p.centre),
            ("قطب‌های همکار", _partners(p)),
            ("موضوع", p.topic or NONE),
            ("عنوان پروژه", p.title),
            ("برآورد هزینه", _money(p.cost, call)),
            ("تاریخ دریافت", _day(p.received_on)),
            ("تاریخ بررسی", _day(p.reviewed_on)),
        ],
        width=width,
    )


def review_sheet(
    call: CallView,
    proposal: ProposalView,
    *,
    criteria: Sequence[SelectionCriterion],
    body: str = "",
    members: Sequence[str] = (),
    today: date | None = None,
) -> bytes:
    """The working group's review of ``proposal`` (12-3-5) by the criteria of 12-4. ``body``
    and ``members``: the working group and the full names of the members who took part
    (the review's sitting); without them the proposal's ``reviewed_by`` line is shown."""
    p = proposal
    if p.reviewed_on is None:
        raise DomainError(
            f"پیشنهاد «{p.title}» هنوز بررسی نشده است؛ برگه بررسی پس از بررسی کارگروه تخصصی (بند ۱۲-۳-۵) نوشته می‌شود."
        )
    meta = _meta("برگه بررسی پیشنهاد پروژه ستاپ قطب‌های علمی", "بندهای ۱۲-۳-۵ و ۱۲-۴", today, on=p.reviewed_on, about=p.title)
    width = page_width(meta)
    who = f"{body}؛ اعضای حاضر: {'، '.join(members)}" if body and members else (p.reviewed_by or NONE)
    story: list[Flowable] = [
        _proposal_facts(call, p, width),
        Paragraph("کارگروه تخصصی و اعضای حاضر (بند ۱۲-۳-۵)", HEADING),
        Paragraph(who, BODY),
        Paragraph("شاخص‌های انتخاب (بند ۱۲-۴)", HEADING),
    ]
    marks = {m.key: m for m in p.marks}
    scored = any(c.max_score is not None for c in criteria)  # the scheme gives scores: a column for them
    columns = [
        TableColumn("بند", 0.6, "center"),
        TableColumn("شاخص", 3.0 if not scored else 2.6),
        TableColumn("نتیجه", 0.85, "center"),
        *([TableColumn("امتیاز", 0.75, "center")] if scored else []),
        TableColumn("یادداشت", 1.6 if not scored else 1.25),
    ]
    grid = _Grid(columns, width, [], [], header_rows=1)
    grid.add([c.title for c in columns], header=True)
    met_count = 0
    for c in criteria:
        mark = marks.get(c.key)
        met, note = (None, "") if mark is None else (mark.met, mark.note)
        met_count += bool(met)
        result = NONE if met is None else (MET if met else NOT_MET)
        if c.key == "12-4-7" and not note:
            note = f"قطب‌های همکار: {_partners(p)}"
        points = []
        if scored:
            given = None if mark is None or c.max_score is None else mark.score
            points = [NONE if given is None else f"{_fa(given)} از {_fa(c.max_score)}"]
        grid.add([c.key, c.title, result, *points, note], _CELL)
    summary = f"{_fa(met_count)} شاخص از {_fa(len(criteria))} برآورده است"
    if scored:
        summary += f"؛ امتیاز {_fa(p.score)} از {_fa(sum(c.max_score or 0 for c in criteria))}"
    at = grid.add(["", *[""] * (len(columns) - 2), summary], _STRONG)
    grid.span(at, 0, len(columns) - 1)
    grid.fill(at, HEADER_FILL)
    tail: list[Flowable] = []
    if p.review_note:
        tail += [Paragraph("یادداشت کارگروه", HEADING), Paragraph(p.review_note, BODY)]
    decision = DECISIONS.get(p.state, "هنوز تصمیم گرفته نشده است")
    tail.append(Paragraph(f"تصمیم کارگروه: پیشنهاد {decision}.", BODY.but(bold=True, space_before=8)))
    signers = [Signer("عضو کارگروه", name) for name in members] or [Signer(body or "کارگروه تخصصی")]
    story.append(closing_after(grid.table(), [*tail, *_sign_rows(signers, width)]))
    return build(meta, story)


# -- the agreement ---------------------------------------------------------------------


def _no_agreement(p: ProposalView) -> DomainError:
    return DomainError(f"برای پروژه «{p.title}» هنوز توافق‌نامه‌ای بسته نشده است (بند ۱۲-۳-۶: پس از برگزیده شدن پیشنهاد).")


def agreement(call: CallView, proposal: ProposalView, *, today: date | None = None) -> bytes:
    """The agreement of a selected project (12-3-6), with its stages and the rule of 12-3-7."""
    p = proposal
    if p.agreement_on is None:
        raise _no_agreement(p)
    meta = _meta(
        "توافق‌نامه اجرای پروژه ستاپ قطب‌های علمی",
        "بندهای ۱۲-۳-۶ و ۱۲-۳-۷",
        today,
        number=p.agreement_number,
        on=p.agreement_on,
        about=p.title,
    )
    width = page_width(meta)
    parties = f"{p.centre} و قطب‌های همکار آن، {_partners(p)}،" if p.partners else p.centre
    story: list[Flowable] = [
        Paragraph(
            f"این توافق‌نامه به استناد بند ۱۲-۳-۶ آیین‌نامه قطب‌های علمی میان {SECRETARIAT} و {parties} برای اجرای "
            f"پروژه «{p.title}» بسته می‌شود که در فراخوان «{call.title}» سال {_fa(call.year)} "
            f"در {_day(p.reviewed_on)} به دست کارگروه تخصصی برگزیده شد.",
            BODY.but(space_after=8),
        ),
        facts(
            [
                ("شماره توافق‌نامه", p.agreement_number),
                ("تاریخ توافق‌نامه", _day(p.agreement_on)),
                ("قطب مجری", p.centre),
                ("قطب‌های همکار", _partners(p)),
                ("عنوان پروژه", p.title),
                ("موضوع", p.topic or NONE),
                ("مبلغ توافق‌نامه", _money(p.agreement_amount, call)),
                ("شمار مرحله‌ها", _fa(len(p.stages))),
            ],
            width=width,
        ),
        Paragraph("زمان‌بندی، شرح خدمات و اعتبار هر مرحله", HEADING),
    ]
    unit = call.unit.title
    columns = [
        TableColumn("مرحله", 0.5, "center"),
        TableColumn("عنوان", 1.5),
        TableColumn("موعد", 0.75, "center"),
        TableColumn("شرح خدمات", 2.4),
        TableColumn(f"مبلغ ({unit})", 0.95, "center"),
    ]
    grid = _Grid(columns, width, [], [], header_rows=1)
    grid.add([c.title for c in columns], header=True)
    for s in p.stages:
        grid.add([str(s.position), s.title, _day(s.due_on), s.deliverables, format_amount(s.amount, unit=call.unit)], _CELL)
    at = grid.add(["", "", "", "جمع (مبلغ توافق‌نامه)", format_amount(sum(s.amount for s in p.stages), unit=call.unit)], _STRONG)
    grid.span(at, 0, 3)
    grid.fill(at, HEADER_FILL)
    directors = [Signer("رئیس قطب علمی مجری", p.centre), *(Signer("رئیس قطب علمی همکار", c) for c in p.partners)]
    closing = [
        Paragraph("شیوه پرداخت (بند ۱۲-۳-۷)", HEADING),
        Paragraph(
            "اعتبار هر مرحله پس از ارسال گزارش همان مرحله به دبیرخانه و در صورت تأیید آن به دست کارگروه تخصصی، "
            "از محل ردیف اعتبار قطب‌های علمی پرداخت می‌شود. پیش از تأیید گزارش مرحله چیزی از اعتبار آن پرداخت نمی‌شود "
            "و پرداخت‌های هر مرحله از مبلغ همان مرحله بیشتر نمی‌شود.",
            BODY,
        ),
        *_sign_rows([*directors, Signer(SECRETARY, SECRETARIAT)], width, per_row=2),
    ]
    story.append(closing_after(grid.table(), closing))
    return build(meta, story)


# -- the payment order of a stage -------------------------------------------------------


def payment_order(
    call: CallView, proposal: ProposalView, stage: StageView, payment: PaymentView, *, today: date | None = None
) -> bytes:
    """The order of one payment of ``stage`` (12-3-7), after its report was approved."""
    p, s = proposal, stage
    order = sorted(s.payments, key=lambda m: (m.paid_on, m.id))
    if payment.id not in {m.id for m in order}:
        raise DomainError(f"این پرداخت از مرحله {_fa(s.position)} پروژه «{p.title}» نیست.")
    at = next(i for i, m in enumerate(order) if m.id == payment.id)
    before = sum(m.amount for m in order[:at])
    left = s.amount - before - payment.amount
    meta = _meta(
        f"دستور پرداخت مرحله {_fa(s.position)} پروژه ستاپ قطب‌های علمی",
        "بند ۱۲-۳-۷",
        today,
        number=payment.order_number,
        on=payment.paid_on,
        about=p.title,
    )
    width = page_width(meta)
    approved = f"{_day(s.report_approved_on)}، به دست {s.approved_by or 'کارگروه تخصصی'}"
    story: list[Flowable] = [
        facts(
            [
                ("فراخوان", f"{call.title} (سال {_fa(call.year)})"),
                ("عنوان پروژه", p.title),
                ("قطب مجری", p.centre),
                ("قطب‌های همکار", _partners(p)),
                ("شماره توافق‌نامه", p.agreement_number or NONE),
                ("تاریخ توافق‌نامه", _day(p.agreement_on)),
                ("مرحله", f"{_fa(s.position)} از {_fa(len(p.stages))}: {s.title}"),
                ("موعد مرحله", _day(s.due_on)),
                ("مبلغ مرحله", _money(s.amount, call)),
                ("مبلغ توافق‌نامه", _money(p.agreement_amount, call)),
            ],
            width=width,
        ),
        Paragraph("گزارش مرحله", HEADING),
        facts([("دریافت گزارش", _day(s.report_received_on)), ("تأیید کارگروه", approved)], width=width, columns=1),
        Paragraph("پرداخت", HEADING),
        facts(
            [
                ("مبلغ این پرداخت", _money(payment.amount, call)),
                ("تاریخ پرداخت", _day(payment.paid_on)),
                ("شماره دستور پرداخت", payment.order_number or NONE),
                ("پرداخت چندم مرحله", f"{_fa(at + 1)} از {_fa(len(order))}"),
                ("پرداخت‌شده از این مرحله پیش از این", _money(before, call)),
                ("مانده مرحله پس از این پرداخت", _money(left, call)),
            ],
            width=width,
            columns=1,
        ),
        Paragraph(
            f"به استناد بند ۱۲-۳-۷ آیین‌نامه قطب‌های علمی، چون گزارش مرحله {_fa(s.position)} این پروژه در "
            f"{_day(s.report_received_on)} رسیده و در {_day(s.report_approved_on)} به تأیید کارگروه تخصصی رسیده است، "
            f"مبلغ {_money(payment.amount, call)} از محل ردیف اعتبار قطب‌های علمی در وجه {p.centre} پرداخت شود.",
            BODY.but(space_before=10, space_after=6),
        ),
        Paragraph(f"همه مبلغ‌ها به {call.unit.title} است.", SMALL),
    ]
    sign = _sign_rows([Signer("کارشناس دبیرخانه"), Signer(SECRETARY)], width, per_row=2)
    story.append(closing_after(story.pop(), sign))  # never the signatures alone on a page
    return build(meta, story)
