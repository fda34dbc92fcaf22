"""Every frozen release database in db/releases opens with today's code, records intact."""

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
