"""The council's minutes (صورت‌جلسه) and the letter that communicates a decision (ابلاغ).

From a meeting's plain view (services.meetings.MeetingView, read by attribute).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.platypus import KeepTogether

from qotb_desktop.domain import meetings as rules
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.reports.document import DRAFT, FormMeta, Letterhead, build, page_width
from qotb_desktop.reports.flowables import (
    BODY,
    HEADING,
    SMALL,
    Paragraph,
    Signer,
    TableColumn,
    facts,
    signatures,
    table,
)


def _seat_titles() -> dict[str, str]:
    return {s.key: s.title for s in load_edition().council.seats}


def _vote_line(decision: Any) -> str:
    outcome = rules.DECISION_STATES.get(decision.outcome, decision.outcome)
    return (
        f"رأی: موافق {decision.yes}، مخالف {decision.no}، ممتنع {decision.abstain} از {decision.present} عضو حاضر "
        f"(دست‌کم {decision.required_yes} موافق لازم) — {outcome}."
    )


def minutes(meeting: Any, *, today: date | None = None) -> bytes:
    """The minutes of a meeting: particulars, attendance, the quorum sentence, each agenda
    item with its decision and votes, amendments, signatures of those present, and the
    fingerprint of the finalised text."""
    number = rules.meeting_number(*map(int, meeting.number.split("/")))
    draft = meeting.state == "draft"  # not finalised: marked on every page, no number, nobody signs
    meta = FormMeta(
        title=f"{DRAFT + ' ' if draft else ''}صورت‌جلسه شورای قطب‌های علمی، جلسه {number}",
        letterhead=Letterhead(number=number, date=meeting.held_on),
        draft=draft,
        **({"printed_on": today} if today else {}),
    )
    width = page_width(meta)
    seats = _seat_titles()
    members = [a for a in meeting.attendees if not a.guest]
    present_members = [a for a in members if a.status in rules.PRESENT]
    chair = rules.CHAIRED_BY.get(meeting.chaired_by, meeting.chaired_by)
    if meeting.delegation:
        chair += f"؛ تفویض: {meeting.delegation}"
    story: list = [
        facts(
            [
                ("تاریخ", format_jalali(meeting.held_on)),
                ("ساعت", f"{meeting.starts_at or '—'} تا {meeting.ends_at or '—'}"),
                ("مکان", meeting.place or "—"),
                ("رئیس جلسه", chair),
                ("دبیر", meeting.secretary or "—"),
                ("وضعیت صورت‌جلسه", rules.MINUTES_STATES.get(meeting.state, meeting.state)),
            ],
            width=width,
        ),
        Paragraph("حاضران و غایبان", HEADING),
        table(
            [
                TableColumn("ردیف", 0.5, "center"),
                TableColumn("نام", 2.2),
                TableColumn("کرسی", 3.0),
                TableColumn("حضور", 1.1, "center"),
                TableColumn("ساعت رسیدن", 1.0, "center"),
            ],
            [
                [
                    str(i),
                    a.name,
                    seats.get(a.seat_key or "", "مهمان" if a.guest else "—"),
                    rules.ATTENDANCE.get(a.status, a.status),
                    a.arrived_at or "",
                ]
                for i, a in enumerate(meeting.attendees, 1)
            ],
            width=width,
        ),  # fmt: skip
    ]
    # The quorum, the votes and the readings they were decided under, as the meeting's view
    # carries them (services.meetings): nothing recomputed here, a finalised meeting's
    # decisions keep the readings stored with them whatever the office chooses later.
    first = meeting.items[0].verdict if meeting.items else meeting.quorum_now
    story.append(Paragraph(rules.verdict_sentence(first), BODY.but(bold=True, space_before=6)))
    if meeting.readings_line:  # every item decided (or to be) under the same readings: said once
        story.append(Paragraph(meeting.readings_line, SMALL))
    story.append(Paragraph("دستور جلسه و مصوبات", HEADING))
    specs = load_edition().reading_specs
    last_item = len(story)
    for item in meeting.items:
        kind = rules.AGENDA_KINDS.get(item.kind, item.kind)
        last_item = len(story)
        story.append(Paragraph(f"بند {item.position}: {item.title} ({kind})", BODY.but(bold=True, keep_with_next=True)))
        if item.change and item.change.institution_approval:
            story.append(Paragraph(f"تأیید مؤسسه (تبصره ۱۰): {item.change.institution_approval}", SMALL))
        if not item.quorum:
            why = f" ({item.reason})" if item.reason else ""
            story.append(Paragraph(f"در این بند {item.present} عضو حاضر بودند و جلسه رسمیت نداشت{why}؛ تصمیمی گرفته نشد.", BODY))
        elif item.decision is None:
            story.append(Paragraph("تصمیمی ثبت نشد.", BODY))
        else:
            story.append(Paragraph(f"مصوبه: {item.decision.text}", BODY))
            story.append(Paragraph(_vote_line(item.decision), SMALL))
        if not meeting.readings_line and (item.decision is not None or not item.quorum):
            story.append(Paragraph(rules.readings_line(item.readings, specs, council=meeting.council), SMALL))
    if meeting.amendments:
        story.append(Paragraph("اصلاحیه‌ها", HEADING))
        for a in meeting.amendments:
            story.append(
                Paragraph(
                    f"{format_jalali(a.made_at.date())}: «{a.corrects}» اصلاح شد به «{a.correction}»؛ دلیل: {a.reason}", BODY
                )
            )
    if meeting.fingerprint:
        story.append(Paragraph(f"اثر متن صورت‌جلسه نهایی: {meeting.fingerprint}", SMALL.but(space_before=6)))
    signers = [Signer(seats.get(a.seat_key or "", ""), a.name) for a in present_members]
    rows = [signers[i : i + 3] for i in range(0, len(signers), 3)]
    closing = [Paragraph("امضای حاضران", HEADING)] + [signatures(r, width=width * len(r) / 3) for r in rows]
    if draft:
        closing = [Paragraph(f"این صورت‌جلسه {DRAFT} است و هنوز نهایی نشده است؛ امضا پس از نهایی شدن.", SMALL.but(space_before=8))]
    # The signatures go over with the last item (its decision and votes), the amendments
    # and the fingerprint: never a page of signatures alone.
    tail = story[last_item:]
    del story[last_item:]
    story.append(KeepTogether([*tail, *closing]))
    return build(meta, story)


def notification(meeting: Any, decision: Any, *, recipient: str, subject: str, today: date | None = None) -> bytes:
    """The letter that communicates an endorsed decision (ابلاغ)."""
    meta = FormMeta(
        title=f"ابلاغ مصوبه جلسه {meeting.number}",
        about=subject,
        letterhead=Letterhead(number=decision.letter_number, date=decision.communicated_on or today),
        **({"printed_on": today} if today else {}),
    )
    width = page_width(meta)
    story: Sequence = [
        Paragraph(recipient, BODY.but(bold=True)),
        Paragraph(f"موضوع: {subject}", BODY.but(bold=True, space_after=8)),
        Paragraph("با سلام و احترام،", BODY),
        Paragraph(
            f"به استحضار می‌رساند شورای قطب‌های علمی در جلسه {meeting.number} مورخ {format_jalali(meeting.held_on)} "
            f"چنین تصویب کرد و این مصوبه در {format_jalali(decision.endorsed_on)} تنفیذ شد (تبصره ۴ ماده ۳):",
            BODY,
        ),
        Paragraph(f"«{decision.text}»", BODY.but(bold=True, space_before=4, space_after=8)),
        Paragraph("خواهشمند است دستور فرمایید اقدام لازم به عمل آید.", BODY),
        signatures([Signer("دبیر شورای قطب‌های علمی", meeting.secretary)], width=width * 0.4),
    ]
    return build(meta, list(story), with_title=False)
