"""The audit trail chained and checked (issue 19.8), on SQLite and, with
QOTB_TEST_BACKEND=postgresql, on PostgreSQL: ``qotb verify-audit`` (services.audit_check)
finds a row forged with plain SQL, a row edited and a row deleted past the append-only
trigger (dropped and made again), and a row removed from the end; the program writes on
after a break, and the trail of a frozen release is sealed at the upgrade."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from qotb_desktop.services import accounts, audit_check, audit_events, audit_labels, institutions
from qotb_desktop.wiring import open_store

PASSWORD = "یک-گذرواژه-خوب"
RELEASES = sorted((Path(__file__).resolve().parents[2] / "db" / "releases").glob("*.sqlite"))


@pytest.fixture
def office(store):
    """A new database, an administrator and a clerk, and a few changes and events."""
    uow = store.uow
    accounts.create_first_administrator(uow=uow, username="admin", full_name="مدیر سامانه", password=PASSWORD)
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    accounts.add_user(uow=uow, username="clerk", full_name="کارشناس دبیرخانه", roles="clerk", password=PASSWORD)
    uow.actor = accounts.login(uow=uow, username="clerk", password=PASSWORD)
    for n, city in enumerate(("یزد", "قم", "کرمان", "بم")):
        institutions.add_institution(uow=uow, name=f"پژوهشگاه آزمون {n}", kind="research_institute", city=city)
    return store


def trail_ids(store) -> list[int]:
    with store.db.engine.connect() as conn:
        return list(conn.scalars(text("SELECT id FROM audit_log ORDER BY id")))


def triggers(engine) -> list[tuple]:
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            query = "SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal AND tgrelid = 'audit_log'::regclass"
        else:
            query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
        return sorted(tuple(r) for r in conn.execute(text(query)))


def tamper(store, *statements: str) -> None:
    """What someone with the database's own tools does: the append-only trigger dropped,
    the statements run, the trigger made again as it was (sqlite3 on a SQLite file, SQL
    on the server)."""
    engine = store.db.engine
    before = triggers(engine)
    if engine.dialect.name == "sqlite":
        engine.dispose()
        with closing(sqlite3.connect(store.db.path)) as conn:
            kept = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            ).fetchall()
            for name, _sql in kept:
                conn.execute(f'DROP TRIGGER "{name}"')
            for statement in statements:
                conn.execute(statement)
            for _name, sql in kept:
                conn.execute(sql)
            conn.commit()
    else:
        with engine.begin() as conn:
            made = conn.scalar(
                text("SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'trg_audit_log_lock' AND NOT tgisinternal")
            )
            conn.execute(text("DROP TRIGGER trg_audit_log_lock ON audit_log"))
            for statement in statements:
                conn.execute(text(statement))
            conn.execute(text(made))
    assert triggers(engine) == before  # nothing shows that the trigger was ever gone


def verdict(store, capsys) -> tuple[int, str]:
    code = audit_check.command(store)
    out = capsys.readouterr()
    return code, out.out + out.err


def test_the_trail_of_the_program_verifies_whole(office, capsys):
    code, said = verdict(office, capsys)
    assert code == 0 and said.startswith("دفتر تغییرات دست‌نخورده است") and "از ردیف ۱ به این سو" in said
    report = audit_check.verify_audit(uow=office.uow)
    assert report.whole and report.chained == len(trail_ids(office)) and report.legacy_rows == 0


def test_a_row_forged_with_plain_sql_is_found_and_named(office, capsys):
    tamper(
        office,
        "INSERT INTO audit_log (at, user_id, username, action, table_name, record_id, before, after) "
        "VALUES ('2026-11-25 10:00:00', NULL, 'admin', 'delete', 'institution', '1', '', '')",
    )
    forged = trail_ids(office)[-1]
    code, said = verdict(office, capsys)
    assert code == 1 and said.startswith("خطا: دفتر تغییرات دست‌کاری شده است")
    assert f"ردیف {forged}".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) + " مهر ندارد" in said


def test_an_edited_row_is_found_and_named(office, capsys):
    ids = trail_ids(office)
    middle = ids[len(ids) // 2]
    tamper(office, f"UPDATE audit_log SET username = 'someone' WHERE id = {middle}")
    code, said = verdict(office, capsys)
    report = audit_check.verify_audit(uow=office.uow)
    assert code == 1 and (report.first.row_id, report.first.kind) == (middle, "changed") and report.problems == 1


def test_a_deleted_row_is_found_by_the_row_after_it(office, capsys):
    ids = trail_ids(office)
    middle = ids[len(ids) // 2]
    tamper(office, f"DELETE FROM audit_log WHERE id = {middle}")
    code, _said = verdict(office, capsys)
    report = audit_check.verify_audit(uow=office.uow)
    assert code == 1 and (report.first.row_id, report.first.kind) == (ids[ids.index(middle) + 1], "link")


def test_a_row_deleted_from_the_end_is_found_by_the_seal(office, capsys):
    last = trail_ids(office)[-1]
    tamper(office, f"DELETE FROM audit_log WHERE id = {last}")
    code, said = verdict(office, capsys)
    assert code == 1 and "پایان دفتر با مهر آن نمی‌خواند" in said


def test_the_program_writes_on_after_a_break_and_still_names_it(office):
    ids = trail_ids(office)
    middle = ids[len(ids) // 2]
    tamper(office, f"UPDATE audit_log SET after = '{{}}' WHERE id = {middle}")
    institutions.add_institution(uow=office.uow, name="پژوهشگاه پس از دست‌کاری", kind="research_institute", city="یزد")
    report = audit_check.verify_audit(uow=office.uow)
    assert report.problems == 1 and report.first.row_id == middle  # the new rows chain on the program's own end
    assert trail_ids(office)[-1] > ids[-1]


def test_the_seal_cannot_be_removed_or_wound_back(office):
    engine = office.db.engine
    for statement in ("DELETE FROM audit_seal", "UPDATE audit_seal SET length = 0", "UPDATE audit_seal SET legacy_rows = 5"):
        with pytest.raises(Exception, match="audit_kept"), engine.begin() as conn:
            conn.execute(text(statement))


def test_desks_writing_at_once_keep_one_line(office, db_target):
    """Two desks, each its own program, add records at the same moment: the chain stays
    one line (each transaction chains where the last one ended)."""
    other = open_store(db_target)
    other.uow.actor = office.uow.actor
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def desk(store, tag: str) -> None:
        start.wait()
        try:
            for n in range(8):
                institutions.add_institution(uow=store.uow, name=f"مؤسسه {tag} {n}", kind="university", city="یزد")
        except BaseException as exc:  # noqa: BLE001 - looked at below
            failures.append(exc)

    try:
        threads = [threading.Thread(target=desk, args=(s, t)) for s, t in ((office, "الف"), (other, "ب"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    finally:
        other.close()
    assert not failures
    report = audit_check.verify_audit(uow=office.uow)
    assert report.whole, report.summary()


def test_logins_both_outcomes_and_events_are_in_the_trail_in_persian(office):
    uow = office.uow
    with pytest.raises(accounts.LoginRefused):
        accounts.login(uow=uow, username="clerk", password="نادرست-است-این")
    with pytest.raises(accounts.LoginRefused):
        accounts.login(uow=uow, username="nobody.here", password=PASSWORD)
    uow.actor = accounts.login(uow=uow, username="clerk", password=PASSWORD)
    assert audit_events.record_event(uow=uow, kind="export", detail={"what": "خلاصه ارزیابی", "file": "/tmp/x.pdf"})
    rows = [r for r in audit_labels.labelled_trail(uow=uow, limit=6) if r.action != "update"]  # (failed logins counted)
    export, login, unknown, wrong = rows[:4]
    assert (export.action, export.username, export.action_label) == ("export", "clerk", "خروجی")
    assert [(c.label, c.after) for c in export.changes] == [("چه چیزی", "خلاصه ارزیابی"), ("پرونده", "/tmp/x.pdf")]
    assert (login.action, login.username, login.action_label, login.who) == ("login", "clerk", "ورود", "کارشناس دبیرخانه")
    assert (unknown.action, unknown.action_label, unknown.who) == ("login_fail", "ورود ناموفق", "ناشناس (nobody.here)")
    assert ("علت", "نام کاربری ناشناخته") in [(c.label, c.after) for c in unknown.changes]
    assert ("نام کاربری نوشته‌شده", "nobody.here") in [(c.label, c.after) for c in unknown.changes]
    assert (wrong.action, wrong.username) == ("login_fail", "clerk")
    assert ("علت", "گذرواژه نادرست") in [(c.label, c.after) for c in wrong.changes]
    assert PASSWORD not in str([r.after for r in rows]) and "نادرست-است-این" not in str([r.after for r in rows])
    assert audit_check.verify_audit(uow=uow).whole
    with pytest.raises(ValueError):
        audit_events.record_event(uow=uow, kind="login", detail={})  # logins are the login's own


def test_a_viewer_s_export_is_recorded_and_a_restore_is_recorded_after_it(office):
    uow = office.uow
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    accounts.add_user(uow=uow, username="viewer", full_name="بیننده دفتر", roles="viewer", password=PASSWORD)
    uow.actor = accounts.login(uow=uow, username="viewer", password=PASSWORD)
    assert audit_events.record_event(uow=uow, kind="export", detail={"what": "دفتر تغییرات", "rows": 3})
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    assert audit_events.record_event(uow=uow, kind="restore", detail={"source": "/backups/a.sqlite", "saved": "/b.sqlite"})
    restore, _login, export = accounts.audit_trail(uow=uow, limit=3)
    assert (export.action, export.username, export.after["rows"]) == ("export", "viewer", 3)
    assert (restore.action, restore.username, restore.action_label) == ("restore", "admin", "بازگردانی پشتیبان")


def test_role_changes_are_in_the_trail(office):
    uow = office.uow
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    clerk = next(u for u in accounts.list_users(uow=uow) if u.username == "clerk")
    accounts.update_user(uow=uow, user_id=clerk.id, full_name=clerk.full_name, roles=["clerk", "secretary"])
    change = accounts.audit_trail(uow=uow, table="app_user", limit=1)[0]
    assert (change.action, change.username, change.record_id) == ("update", "admin", str(clerk.id))
    assert (change.before, change.after) == ({"roles": "clerk"}, {"roles": "clerk,secretary"})
    labelled = audit_labels.labelled_trail(uow=uow, table="app_user", limit=1)[0]
    assert [(c.label, c.before, c.after) for c in labelled.changes] == [("نقش‌ها", "کارشناس", "دبیر، کارشناس")]


UNCHAINED = [p for p in RELEASES if tuple(map(int, p.stem.split("."))) < (0, 6, 0)]  # made before the chain


@pytest.mark.sqlite_only
@pytest.mark.parametrize("frozen", UNCHAINED[-1:], ids=[p.stem for p in UNCHAINED[-1:]])
def test_a_trail_from_an_older_version_is_sealed_at_the_upgrade(frozen, tmp_path, capsys):
    path = tmp_path / frozen.name
    shutil.copy(frozen, path)
    with closing(sqlite3.connect(path)) as conn:
        older = conn.execute("SELECT COUNT(*), MAX(id) FROM audit_log").fetchone()
    store = open_store(str(path))
    try:
        report = audit_check.verify_audit(uow=store.uow)
        assert report.whole and report.legacy_rows == older[0] and report.chained_from is None
        institutions.add_institution(uow=store.uow, name="پژوهشگاه پس از به‌روزرسانی", kind="research_institute", city="یزد")
        report = audit_check.verify_audit(uow=store.uow)
        assert report.whole and report.chained_from == older[1] + 1
        code, said = verdict(store, capsys)
        assert code == 0 and f"{older[0]} ردیف پیش از آن".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) in said
        tamper(store, "UPDATE audit_log SET username = 'x' WHERE id = 2")
        code, said = verdict(store, capsys)
        assert code == 1 and "ردیف‌های نگارش‌های پیشین" in said
    finally:
        store.close()
