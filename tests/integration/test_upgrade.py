"""Every frozen release database in db/releases opens with today's code, records intact:
every row of every table as it was (new columns may join), the stored results
reproducible, finalised minutes verifying, the audit trail whole (as Electrum tests its
upgrades: on frozen old files, their contents checked)."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from qotb_desktop.services import centres, council, faculty, institutions
from qotb_desktop.store import migrate
from qotb_desktop.wiring import open_store

pytestmark = pytest.mark.sqlite_only  # the frozen release files are SQLite

RELEASES = sorted((Path(__file__).resolve().parents[2] / "db" / "releases").glob("*.sqlite"))


def test_there_is_a_frozen_database_for_this_release():
    from qotb_desktop import __version__

    assert any(p.stem == __version__ for p in RELEASES)


@pytest.mark.parametrize("frozen", RELEASES, ids=[p.stem for p in RELEASES])
def test_release_database_upgrades_without_loss(frozen, tmp_path):
    path = tmp_path / frozen.name
    shutil.copy(frozen, path)
    with sqlite3.connect(path) as conn:
        before = {
            t: conn.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("institution", "faculty_member", "centre", "membership", "council_term")
        }
    store = open_store(str(path))
    assert migrate.current_revision(store.db.engine) == migrate.head_revision()
    assert len(institutions.list_institutions(uow=store.uow)) == before["institution"]
    assert len(faculty.list_faculty(uow=store.uow)) == before["faculty_member"]
    listed = centres.list_centres(uow=store.uow)
    assert len(listed) == before["centre"]
    assert sum(len(centres.list_memberships(uow=store.uow, centre_id=c.id)) for c in listed) == before["membership"]
    assert len(council.list_terms(uow=store.uow)) == before["council_term"]
    store.close()


@pytest.mark.parametrize("frozen", RELEASES, ids=[p.stem for p in RELEASES])
def test_stored_results_and_finalised_minutes_hold_after_the_upgrade(frozen, tmp_path):
    """Issue 17: a result is computed again under the edition, revision and readings it
    recorded, whatever the program's rules are now; finalised minutes keep their fingerprint."""
    import json

    from qotb_desktop.domain.centre_check import check_centre
    from qotb_desktop.domain.rules import Readings, load_edition
    from qotb_desktop.domain.scoring_io import centre_json, parse_centre, reproduces
    from qotb_desktop.services import meetings, scoring
    from qotb_desktop.store.models import CentreCheckRecord, Meeting, ScoreRecord

    path = tmp_path / frozen.name
    shutil.copy(frozen, path)
    store = open_store(str(path))
    with store.uow as uow:
        sheets = [r.id for r in uow.session.query(ScoreRecord)]
        checks = [(r.edition, r.readings, r.inputs, r.result) for r in uow.session.query(CentreCheckRecord)]
        finalised = [m.id for m in uow.session.query(Meeting) if m.fingerprint]
    for sheet_id in sheets:
        assert scoring.reproduce_sheet(uow=store.uow, sheet_id=sheet_id)[1], sheet_id
    for edition, readings, inputs, result in checks:
        chosen = Readings.from_record(json.loads(readings))
        data = parse_centre(json.loads(inputs), load_edition(edition), revision=chosen.revision)
        again = check_centre(data, edition=load_edition(edition), readings=chosen)
        assert reproduces(json.loads(result), centre_json(again))
    for meeting_id in finalised:
        assert meetings.verify_minutes(uow=store.uow, meeting_id=meeting_id), meeting_id
    store.close()


# What an upgrade moved on purpose: (table, old column) -> (new column, the old value as the new column holds it).
MOVED = {("app_user", "role"): ("roles", lambda role: role)}  # 0008: one role is a list of one


def _every_row(path: Path) -> dict[str, tuple[list[str], dict[tuple, dict]]]:
    """Each table's columns and its rows by primary key (rowid where it has none)."""
    out = {}
    with sqlite3.connect(path) as conn:
        tables = [t for (t,) in conn.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")]
        for table in tables:
            info = list(conn.execute(f"pragma table_info('{table}')"))
            columns = [c[1] for c in info]
            key = [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5]] or ["rowid"]
            rows = {}
            for values in conn.execute(f"select {', '.join(['rowid', *columns])} from '{table}'"):
                row = dict(zip(["rowid", *columns], values, strict=True))
                rows[tuple(row[k] for k in key)] = row
            out[table] = (columns, rows)
    return out


@pytest.mark.parametrize("frozen", RELEASES, ids=[p.stem for p in RELEASES])
def test_every_row_of_every_table_is_kept_by_the_upgrade(frozen, tmp_path):
    """Meetings, decisions, evaluations, accounts, the audit trail and the rest: every row
    that was there is there after the upgrade, each value of each column it had unchanged
    (the upgrade may add columns and tables, and moves alembic's version on)."""
    path = tmp_path / frozen.name
    shutil.copy(frozen, path)
    before = _every_row(path)
    assert sum(len(rows) for _columns, rows in before.values()) > 100  # a release file with records to lose
    open_store(str(path)).close()
    after = _every_row(path)
    for table, (columns, rows) in before.items():
        if table == "alembic_version":
            continue
        assert table in after, f"{frozen.stem}: table {table} is gone"
        now_columns, now_rows = after[table]
        lost = {c for c in columns if c not in now_columns and (table, c) not in MOVED}
        assert not lost, f"{frozen.stem}: {table} lost {lost}"
        assert set(now_rows) == set(rows), f"{frozen.stem}: {table} has {len(now_rows)} rows, had {len(rows)}"
        changed = []
        for key, row in rows.items():
            for c in columns:
                new, held = MOVED.get((table, c), (c, lambda value: value))
                if now_rows[key][new] != held(row[c]):
                    changed.append((key, c))
        assert not changed, f"{frozen.stem}: {table} changed {changed[:5]}"


@pytest.mark.parametrize("frozen", RELEASES, ids=[p.stem for p in RELEASES])
def test_the_audit_trail_verifies_after_the_upgrade_and_the_views_read_every_record(frozen, tmp_path):
    from qotb_desktop.services import accounts, audit_check, evaluations, meeting_views

    path = tmp_path / frozen.name
    shutil.copy(frozen, path)
    with sqlite3.connect(path) as conn:
        tables = {t for (t,) in conn.execute("select name from sqlite_master where type = 'table'")}
        count = {
            t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("meeting", "evaluation", "user") if t in tables
        }
    store = open_store(str(path))
    report = audit_check.verify_audit(uow=store.uow)
    assert report.whole, report.summary()
    if "meeting" in count:
        assert len(meeting_views.list_meetings(uow=store.uow)) == count["meeting"]
    if "evaluation" in count:
        ids = [c.id for c in centres.list_centres(uow=store.uow)]
        assert sum(len(evaluations.list_evaluations(uow=store.uow, centre_id=i)) for i in ids) == count["evaluation"]
    if "user" in count:
        assert len(accounts.list_users(uow=store.uow)) == count["user"]
    store.close()
