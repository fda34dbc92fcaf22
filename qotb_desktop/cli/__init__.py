"""The command line: ``qotb`` (or ``python -m qotb_desktop``).

    qotb [--db PATH] [gui]          open the window
    qotb [--db PATH] init           create or migrate the database
    qotb [--db PATH] demo [--keep]  fill an empty database with the demo
    qotb [--db PATH] backup FILE [--force]   copy the database to FILE
    qotb [--db PATH] restore FILE   replace the database with FILE
    qotb migrate-data --from SQLITE_FILE --to POSTGRES_URL
                                    move a desk's database to an empty PostgreSQL database, verified
    qotb [--db PATH] print-samples DIR   every form the database has data for, as PDFs
    qotb [--db PATH] print minutes (--meeting NUMBER | --id N) -o FILE.pdf [--force]
                                    one meeting's minutes as PDF (the number as shown: ۱۴۰۵/۰۳ or 1405/03)
    qotb [--db PATH] import FILE [--sheet S] [--report OUT]   faculty members from XLSX or CSV
    qotb [--db PATH] activities import FILE... --member CODE [--period-start D] [--latin-name N]
                     [--decisions P.json] [--report OUT.csv] [--dry-run] [--json]
                                    a member's publications from Scopus, Web of Science, BibTeX or RIS exports
    qotb [--db PATH] export evaluations --year Y [--format pdf|xlsx|csv] -o FILE [--force]
                                    the yearly evaluation summary of Jalali year Y; the format is
                                    FILE's extension, and --format, when given, must agree with it
    qotb score FILE.json            a member's score sheet as JSON (the scripting contract)
    qotb centre-check FILE.json     article 5's check of a proposed centre, as JSON
    qotb rules quorum|vote ...      note 3's quorum and majority, as JSON
    qotb [--db PATH] verify-audit   is the audit trail as the program wrote it? exit 1 naming the first broken row
    qotb [--db PATH] [--user NAME] user add NAME --role ROLE [--role ROLE] --name "..."
                                    an account with one role or several (repeat --role, or
                                    a comma list: --role administrator,secretary)
    qotb --self-test                is this installation whole? (no display needed; touches no user data)
    qotb --version

Commands that change an existing database (import, restore, demo, user) act as an
account once the database has accounts: --user NAME, the password from the
QOTB_PASSWORD variable or asked. Reading commands need none.

Exit codes: 0 done, 1 refused (the message says why, in Persian), 2 bad usage, 130
stopped by Ctrl-C (what it was writing left out, one Persian line, no traceback).

The package: this module is the entry point (Ctrl-C); commands.py runs the commands,
parser.py has their arguments, files.py the commands that write files (backup,
print-samples, import's report, export), printing.py one paper (print), talk.py what they say.
"""

from __future__ import annotations

import _thread
import contextlib
import gc
import logging
import signal
import sys
import threading
from collections.abc import Iterator, Sequence

# Nothing heavy is imported here: Ctrl-C is handled from the first moment of ``main``, the
# program's own modules (SQLAlchemy, the services) included, which cli/commands.py loads.

INTERRUPTED = 130  # the exit code of a command stopped by Ctrl-C (128 + SIGINT)
COMMAND_NAMES = (
    "gui", "init", "demo", "backup", "restore", "migrate-data", "print-samples", "print", "activities", "import", "export",
    "verify-audit", "score", "centre-check", "rules", "user",
)  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    """The command line. Ctrl-C stops a command cleanly: what it was writing is rolled
    back or removed (one transaction; files written whole), one Persian line says so,
    no traceback, exit 130; a second Ctrl-C does not cut that clean-up short."""
    quiet = logging.getLogger("sqlalchemy")  # its own error lines (a cursor closed on Ctrl-C) are not the clerk's
    if not any(isinstance(h, logging.NullHandler) for h in quiet.handlers):
        quiet.addHandler(logging.NullHandler())
    whole_process = argv is None  # the program itself, not a test calling main
    try:
        with _interruptible(to_the_end=whole_process):
            with _loading(whole_process):
                from qotb_desktop.cli import commands

            return commands.run(argv)
    except KeyboardInterrupt:
        words = list(sys.argv[1:] if argv is None else argv)
        command = next((w for w in words if w in COMMAND_NAMES), "gui")
        print(
            f"«qotb {command}» با Ctrl+C بازایستاد؛ کاری که نیمه‌تمام بود نوشته نشد و آنچه پیش‌تر ثبت شده بود سالم است.",
            file=sys.stderr,
            flush=True,
        )
        return INTERRUPTED
    finally:
        if whole_process:
            # The process ends next: Python's last collection need not walk every object of
            # SQLAlchemy, reportlab and Qt (about 0.2 s of a command's 1 s; issue 21). Files are
            # closed and the database let go by then; what is frozen is freed with the process.
            gc.freeze()


@contextlib.contextmanager
def _loading(whole_process: bool) -> Iterator[None]:
    """While the program's modules load (SQLAlchemy, the models, the services: most of a
    start), the collector runs less often: nothing freed then is a cycle worth looking for
    (issue 21). Its thresholds are as they were before the command runs."""
    if not whole_process:
        yield
        return
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], 50_000), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def hold_interrupts() -> None:
    """From here to the end of the command Ctrl-C no longer stops it: the work is done and
    about to be committed, and is then whole (a demo made is said to be made)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def _interruptible(*, to_the_end: bool = False) -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt once; then further Ctrl-C are ignored until the
    command has cleaned up. One that lands in a finalizer (a garbage collection, where
    Python drops an exception with «Exception ignored in ...») is raised again at the next
    step of the program instead, and what finalizers cut short by it raise afterwards is not
    printed (the work is rolled back whole). Afterwards the handler is put back, unless
    ``to_the_end`` (the program itself: nothing is left to stop while Python shuts down)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    in_hook = threading.Event()
    interrupted = threading.Event()  # Ctrl-C was pressed: the command is being stopped

    def again() -> None:
        """Ctrl-C once more, from another thread, once the hook has returned: raised by
        ``stop`` at the main thread's next step, where it is not dropped."""
        threading.Timer(0.01, _thread.interrupt_main, args=(signal.SIGINT,)).start()

    def stop(_signum, _frame) -> None:
        if in_hook.is_set():  # never raised inside the hook itself: Python would drop it there too
            again()
            return
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        interrupted.set()
        raise KeyboardInterrupt

    def dropped(unraisable) -> None:
        if not isinstance(unraisable.exc_value, KeyboardInterrupt):
            if not interrupted.is_set():
                hook(unraisable)
            # else: a finalizer cut short by the Ctrl-C (a session's bookkeeping of an object
            # being freed) fails after it; the work is rolled back whole, so it is not shown.
            return
        in_hook.set()
        try:
            signal.signal(signal.SIGINT, stop)
            again()
        finally:
            in_hook.clear()

    previous, hook = signal.signal(signal.SIGINT, stop), sys.unraisablehook
    sys.unraisablehook = dropped
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN if to_the_end else previous)
        sys.unraisablehook = hook
