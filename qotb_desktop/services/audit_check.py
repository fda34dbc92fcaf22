"""Is the audit trail as the program wrote it? (issue 19.8; domain/audit_chain.py)

``verify_audit`` reads the whole trail in id order with its seal and checks the chain;
``command`` is ``qotb verify-audit``: exit 0 when whole, 1 naming the first broken row
(in Persian), the rest listed after it.
"""

from __future__ import annotations

import argparse
import sys

from qotb_desktop.domain.audit_chain import ChainReport, verify
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork

SHOWN_BREAKS = 20  # problems listed by the command after the first


def verify_audit(*, uow: UnitOfWork) -> ChainReport:
    """The chain checked from the first row to the seal; reads only (any role)."""
    with uow:
        return verify(uow.accounts.chain_rows(), uow.accounts.seal())


def command(store, _args: argparse.Namespace | None = None) -> int:
    """``qotb verify-audit``: the trail of ``store`` checked. Prints the verdict (stdout
    when whole, stderr when not) and returns the exit code: 0 whole, 1 broken."""
    report = verify_audit(uow=store.uow)
    head = f"پایان زنجیر: {report.head_short}" if report.chained else ""
    if report.whole:
        print(f"{report.summary()} {head}".strip(), flush=True)
        return 0
    lines = [f"خطا: {report.summary()}"]
    for problem in report.breaks[1 : SHOWN_BREAKS + 1]:
        lines.append(f"  - {problem}")
    if report.problems > SHOWN_BREAKS + 1:
        lines.append(f"  … و {to_persian_digits(report.problems - SHOWN_BREAKS - 1)} نابسامانی دیگر")
    print("\n".join(lines), file=sys.stderr, flush=True)
    return 1
