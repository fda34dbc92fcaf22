"""Article 12's money, as the secretariat handles it: a year's line and its supplements,
the organisations' money (note 13), the allocation worksheet of the programs' half
(12-2-1) computed by the funding scheme, adjusted with reasons, approved by a secretary,
the institutions' matching (12-2-2), and the year closed.

Each verb is one transaction; bad input raises a ValidationError naming the field and
nothing is written. The limits are the database's too (migration 0012)."""

from __future__ import annotations

from datetime import datetime
from fractions import Fraction

from qotb_desktop.domain import funding
from qotb_desktop.domain.accounts import authorize
from qotb_desktop.domain.errors import Checker, Conflict, DomainError, FieldError, ValidationError
from qotb_desktop.domain.fields import read_date, read_text
from qotb_desktop.domain.funding_views import BudgetEntryView, BudgetView, ShareView, SheetView
from qotb_desktop.domain.money import format_amount, read_amount
from qotb_desktop.domain.rules.funding_schemes import FundingScheme, funding_scheme_for_year, load_funding_scheme
from qotb_desktop.domain.text import to_persian_number
from qotb_desktop.store.funding_models import AllocationSheet, BudgetEntry, CentreAllocation
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


def scheme_of(year: int) -> FundingScheme:
    return funding_scheme_for_year(year)


def open_year(uow: UnitOfWork, year: int):
    row = uow.funding.year_or_new(year, programs_percent=scheme_of(year).programs_percent)
    if row.closed_at is not None:
        raise DomainError(f"سال اعتبار {to_persian_number(year)} بسته شده است و چیزی در آن تغییر نمی‌کند.")
    return row


def line_of(entries) -> tuple[int, int]:
    line = sum(e.amount for e in entries if e.kind in ("line", "supplement"))
    organisations = sum(e.amount for e in entries if e.kind == "organisation")
    return line, organisations


# -- the year's money ---------------------------------------------------------------------


def budget_year(*, uow: UnitOfWork, year: object) -> BudgetView:
    y = funding.clean_year(year)
    scheme = scheme_of(y)
    with uow:
        row = uow.funding.year(y)
        entries = uow.funding.entries(y)
        sheet = uow.funding.sheet(y)
        line, organisations = line_of(entries)
        programs, calls = funding.split_line(line, scheme.programs_percent)
        state = "none" if sheet is None else "approved" if sheet.approved_at else "stale" if sheet.line != line else "draft"
        return BudgetView(
            year=y,
            entries=tuple(BudgetEntryView(e.id, e.kind, e.amount, e.recorded_on, e.reference, e.source, e.note) for e in entries),
            line=line,
            programs=programs,
            calls=calls + organisations,
            organisations=organisations,
            unit=scheme.display_unit,
            scheme=sheet.scheme if sheet else scheme.scheme,
            closed_at=row.closed_at if row else None,
            closed_by=row.closed_by if row else "",
            sheet_state=state,
        )


def funding_years(*, uow: UnitOfWork) -> list[int]:
    with uow:
        return uow.funding.years()


def add_budget_entry(
    *,
    uow: UnitOfWork,
    year: object,
    kind: object,
    amount: object,
    recorded_on: object,
    reference: object = "",
    source: object = "",
    note: object = "",
) -> int:
    """The line of the budget law, a supplement, or an organisation's money (note 13)."""
    y = funding.clean_year(year)
    record = funding.clean_entry(
        kind=kind,
        amount=amount,
        recorded_on=recorded_on,
        reference=reference,
        source=source,
        note=note,
        unit=scheme_of(y).display_unit,
    )
    with uow:
        open_year(uow, y)
        if record.kind == "line" and any(e.kind == "line" for e in uow.funding.entries(y)):
            raise ValidationError(
                FieldError("kind", "گونه", "ردیف بودجه این سال پیش‌تر ثبت شده است؛ افزایش در میانه سال را «متمم» ثبت کنید.")
            )
        row = BudgetEntry(
            year=y,
            kind=record.kind,
            amount=record.amount,
            recorded_on=record.recorded_on,
            reference=record.reference,
            source=record.source,
            note=record.note,
        )
        uow.funding.add(row)
        uow.commit()
        return row.id


def remove_budget_entry(*, uow: UnitOfWork, entry_id: int) -> None:
    """An entry recorded by mistake. Refused in a closed year, and where an approved
    worksheet was computed from a line it would lower."""
    with uow:
        row = uow.funding.entry(entry_id)
        if row is None:
            raise DomainError("این ردیف اعتبار پیدا نشد؛ شاید پیش‌تر پاک شده است.")
        open_year(uow, row.year)
        sheet = uow.funding.sheet(row.year)
        if sheet is not None and sheet.approved_at is not None and row.kind in ("line", "supplement"):
            line, _ = line_of(e for e in uow.funding.entries(row.year) if e.id != row.id)
            if line < sheet.line:
                raise DomainError("جدول تخصیص این سال بر پایه این مبلغ تأیید شده است؛ آن را نمی‌توان پاک کرد.")
        uow.funding.delete(row)
        uow.commit()


# -- the worksheet of the programs' half ------------------------------------------------------


def _latest(evaluations, year: int, lookback: int) -> dict[int, object]:
    """Each centre's latest closed annual evaluation in the ``lookback`` years before ``year``
    (``evaluations``: oldest first)."""
    latest: dict[int, object] = {}
    for e in evaluations:
        if year - lookback <= e.year < year:
            latest[e.centre_id] = e
    return latest


def compute_allocation(*, uow: UnitOfWork, year: object, now: datetime | None = None) -> SheetView:
    """The worksheet of ``year``, computed again from the line, the entitled centres and
    their evaluations by the scheme in force (a draft; the shares adjusted by hand are
    computed again too). Refused once approved."""
    y = funding.clean_year(year)
    scheme = scheme_of(y)
    with uow:
        open_year(uow, y)
        line, _ = line_of(uow.funding.entries(y))
        if line <= 0:
            raise DomainError(f"ردیف بودجه سال {to_persian_number(y)} هنوز ثبت نشده است؛ نخست آن را ثبت کنید.")
        sheet = uow.funding.sheet(y)
        if sheet is not None and sheet.approved_at is not None:
            raise DomainError("جدول تخصیص این سال تأیید شده است و دوباره محاسبه نمی‌شود.")
        half, _calls = funding.split_line(line, scheme.programs_percent)
        centres = uow.funding.centres_in(scheme.entitled_statuses)
        evaluations = uow.evaluations.closed_annual([c.id for c in centres], up_to=y - 1)
        latest = _latest(evaluations, y, scheme.evaluation_lookback_years)
        bases = {c.id: latest.get(c.id) for c in centres}
        claims = [funding.Claim(f"{c.id:09d}", Fraction(bases[c.id].total) if bases[c.id] is not None else None) for c in centres]
        result = funding.allocate(half, claims, scheme)
        if sheet is None:
            sheet = AllocationSheet(year=y, approved_by="")
        sheet.scheme, sheet.line, sheet.half = scheme.scheme, line, half
        sheet.computed_at = (now or datetime.now()).replace(microsecond=0)
        sheet.notes = "\n".join(result.notes)
        shares = []
        for centre, claim in zip(centres, claims, strict=True):
            share = result.share(claim.key)
            basis = bases[centre.id]
            shares.append(
                CentreAllocation(
                    centre_id=centre.id,
                    institution_id=centre.host_institution_id,
                    status=centre.status,
                    basis_year=basis.year if basis else None,
                    basis_total=str(basis.total) if basis else "",
                    rule=share.rule,
                    computed=share.rials,
                    amount=share.rials,
                    reason="",
                    provided_note="",
                )
            )
        uow.funding.replace_shares(sheet, shares)
        uow.commit()
    return allocation_sheet(uow=uow, year=y)


def _share_view(a: CentreAllocation) -> ShareView:
    return ShareView(
        id=a.id,
        version=a.version,
        centre_id=a.centre_id,
        centre=a.centre.title,
        institution=a.institution.name,
        institution_id=a.institution_id,
        status=a.status,
        basis_year=a.basis_year,
        basis_total=a.basis_total,
        rule=a.rule,
        computed=a.computed,
        amount=a.amount,
        reason=a.reason,
        provided=a.provided,
        provided_on=a.provided_on,
        provided_note=a.provided_note,
    )


def _sheet_view(sheet: AllocationSheet, line_now: int, closed: bool) -> SheetView:
    scheme = load_funding_scheme(sheet.scheme)
    shares = tuple(_share_view(a) for a in sheet.shares)
    return SheetView(
        year=sheet.year,
        version=sheet.version,
        scheme=sheet.scheme,
        scheme_title=scheme.title,
        line=sheet.line,
        half=sheet.half,
        computed_at=sheet.computed_at,
        approved_at=sheet.approved_at,
        approved_by=sheet.approved_by,
        notes=tuple(n for n in sheet.notes.splitlines() if n),
        shares=shares,
        unit=scheme.display_unit,
        stale=sheet.approved_at is None and sheet.line != line_now,
        closed=closed,
    )


def allocation_sheet(*, uow: UnitOfWork, year: object) -> SheetView | None:
    """The worksheet of ``year`` (None before it is first computed)."""
    y = funding.clean_year(year)
    with uow:
        sheet = uow.funding.sheet(y)
        if sheet is None:
            return None
        row = uow.funding.year(y)
        line, _ = line_of(uow.funding.entries(y))
        return _sheet_view(sheet, line, bool(row and row.closed_at))


def _share(uow: UnitOfWork, allocation_id: int, version: int | None) -> CentreAllocation:
    row = uow.funding.share(allocation_id)
    if row is None:
        raise DomainError("این سهم پیدا نشد؛ شاید جدول دوباره محاسبه شده است.")
    if version is not None and row.version != version:
        raise Conflict(f"سهم {row.centre.title}")
    open_year(uow, row.year)
    return row


def adjust_share(*, uow: UnitOfWork, allocation_id: int, amount: object, reason: object, version: int | None = None) -> None:
    """A share set by hand: an amount other than the computed one needs its reason. The
    shares never add up past the half (lower another first); an approved sheet's shares
    do not change."""
    with uow:
        row = _share(uow, allocation_id, version)
        unit = load_funding_scheme(row.sheet.scheme).display_unit
        check = Checker()
        rials = read_amount(check, "amount", f"سهم ({unit.title})", amount, unit=unit, positive=False)
        why = read_text(check, "reason", "دلیل تغییر", reason, required=False, max_len=1000)
        if not check.errors and rials != row.computed and not why:
            check.fail("reason", "دلیل تغییر", "سهمی جز سهم محاسبه‌شده دلیل می‌خواهد؛ دلیل را بنویسید.")
        check.done()
        if row.sheet.approved_at is not None:
            raise DomainError("جدول تخصیص این سال تأیید شده است و سهم‌ها تغییر نمی‌کنند.")
        total = uow.funding.allocated_total(row.year) - row.amount + rials
        if total > row.sheet.half:
            over = format_amount(total - row.sheet.half, unit=unit)
            raise ValidationError(
                FieldError(
                    "amount",
                    f"سهم ({unit.title})",
                    f"با این سهم جمع سهم‌ها {over} {unit.title} از نیمه برنامه‌ها بیشتر می‌شود؛ نخست سهم دیگری را کم کنید.",
                )
            )
        row.amount, row.reason = rials, why if rials != row.computed else ""
        uow.commit()


def approve_allocation(*, uow: UnitOfWork, year: object, now: datetime | None = None) -> None:
    """A secretary approves the worksheet: its shares add up to the half to the rial and
    it was computed from the year's line as it stands. Then the shares are fixed."""
    y = funding.clean_year(year)
    with uow:
        authorize(uow.actor, "approve_allocation")
        open_year(uow, y)
        sheet = uow.funding.sheet(y)
        if sheet is None:
            raise DomainError("جدول تخصیص این سال هنوز محاسبه نشده است.")
        if sheet.approved_at is not None:
            raise DomainError("جدول تخصیص این سال پیش‌تر تأیید شده است.")
        line, _ = line_of(uow.funding.entries(y))
        if sheet.line != line:
            raise DomainError("ردیف بودجه پس از محاسبه جدول تغییر کرده است؛ نخست جدول را دوباره محاسبه کنید.")
        unit = load_funding_scheme(sheet.scheme).display_unit
        difference = sheet.half - uow.funding.allocated_total(y)
        if difference:
            raise DomainError(
                f"جمع سهم‌ها با نیمه برنامه‌ها یکی نیست: {format_amount(difference, unit=unit)} {unit.title} "
                "بی‌تخصیص مانده است. سهم‌ها را چنان کنید که جمعشان درست برابر نیمه شود."
            )
        sheet.approved_at = (now or datetime.now()).replace(microsecond=0)
        sheet.approved_by = uow.actor.username if uow.actor else ""
        uow.commit()


def record_matching(
    *,
    uow: UnitOfWork,
    allocation_id: int,
    provided: object,
    provided_on: object,
    note: object = "",
    version: int | None = None,
) -> None:
    """What the institution actually provided of its matching (12-2-2) for a share of an
    approved worksheet; an empty amount clears it."""
    with uow:
        row = _share(uow, allocation_id, version)
        if row.sheet.approved_at is None:
            raise DomainError("تعهد مؤسسه پس از تأیید جدول تخصیص پدید می‌آید؛ نخست جدول را تأیید کنید.")
        unit = load_funding_scheme(row.sheet.scheme).display_unit
        check = Checker()
        empty = provided is None or (isinstance(provided, str) and not provided.strip())
        rials = None if empty else read_amount(check, "provided", f"تأمین‌شده ({unit.title})", provided, unit=unit, positive=False)
        day = read_date(check, "provided_on", "تاریخ تأمین", provided_on, required=not empty)
        text = read_text(check, "provided_note", "یادداشت", note, required=False, max_len=1000)
        check.done()
        row.provided, row.provided_on, row.provided_note = rials, day, text
        uow.commit()


def close_year(*, uow: UnitOfWork, year: object, now: datetime | None = None) -> None:
    """The year closed by a secretary: its entries, worksheet and shares (the matching
    too) change no more. Its worksheet must be approved first."""
    y = funding.clean_year(year)
    with uow:
        authorize(uow.actor, "approve_allocation")
        row = open_year(uow, y)
        sheet = uow.funding.sheet(y)
        if sheet is None or sheet.approved_at is None:
            raise DomainError("سال اعتبار پیش از تأیید جدول تخصیص آن بسته نمی‌شود.")
        row.closed_at = (now or datetime.now()).replace(microsecond=0)
        row.closed_by = uow.actor.username if uow.actor else ""
        uow.commit()


def matching_shortfalls(*, uow: UnitOfWork, year: int | None = None) -> list[tuple[int, ShareView]]:
    """(year, share) of every approved share whose institution has not yet provided the
    same amount (12-2-2), for the dashboard and the yearly summary."""
    with uow.reading():
        out = []
        for row in uow.funding.approved_shares(year):
            share = _share_view(row)
            if share.shortfall > 0:
                out.append((row.year, share))
        return out
