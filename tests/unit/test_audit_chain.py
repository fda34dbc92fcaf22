"""The audit trail's chain in the domain (issue 19.8): the hashed form fixed, and every
kind of tampering named by its first broken row, in Persian."""

from __future__ import annotations

import hashlib
from datetime import datetime

from qotb_desktop.domain.audit_chain import GENESIS, Seal, canonical, row_hash, seal_of, verify


def content(n: int) -> dict[str, object]:
    return {
        "at": datetime(2026, 11, 25, 10, 0, n),
        "user_id": n % 3 or None,
        "username": "clerk" if n % 3 else "",
        "action": "insert",
        "table_name": "institution",
        "record_id": str(n),
        "before": "",
        "after": f'{{"name": "دانشگاه {n}"}}',
    }


def chained(count: int, *, legacy: int = 0, first_id: int = 1) -> tuple[list[dict[str, object]], Seal]:
    """``legacy`` rows of an older version, then ``count`` rows written by the program."""
    rows = [{"id": first_id + i, **content(i), "prev_hash": None, "row_hash": None} for i in range(legacy)]
    n, carried = seal_of(rows)
    legacy_hash = carried
    for i in range(legacy, legacy + count):
        row = {"id": first_id + i, **content(i), "prev_hash": carried}
        row["row_hash"] = carried = row_hash(row, carried)
        rows.append(row)
    head_id = rows[-1]["id"] if count else None
    return rows, Seal(n, legacy_hash, head_id, carried, count)


def test_the_hashed_form_is_fixed_and_documented():
    row = {**content(1), "after": '{"name": "قطب"}'}
    expected = (
        '["qotb-audit-1","2026-11-25 10:00:01.000000",1,"clerk","insert","institution","1","",'
        '"{\\"name\\": \\"\\u0642\\u0637\\u0628\\"}","' + GENESIS + '"]'
    )
    assert canonical(row, GENESIS) == expected.encode("ascii")
    assert row_hash(row, GENESIS) == hashlib.sha256(expected.encode("ascii")).hexdigest()
    assert row_hash({**row, "user_id": None}, GENESIS) != row_hash(row, GENESIS)


def test_a_whole_trail_verifies_and_says_from_which_row_it_is_chained():
    rows, seal = chained(5, legacy=3, first_id=10)
    report = verify(rows, seal)
    assert report.whole and (report.rows, report.legacy_rows, report.chained, report.chained_from) == (8, 3, 5, 13)
    assert "از ردیف ۱۳ به این سو" in report.summary() and "۳ ردیف پیش از آن" in report.summary()
    assert report.head_id == 17 and report.head_hash == seal.head_hash


def test_an_empty_trail_and_one_of_older_rows_only_are_whole():
    assert verify([], None).whole and "ردیفی ندارد" in verify([], None).summary()
    rows, seal = chained(0, legacy=4)
    assert verify(rows, seal).whole and verify(rows, seal).chained_from is None


def test_an_edited_row_is_named():
    rows, seal = chained(6)
    rows[2]["after"] = '{"name": "دانشگاه دیگر"}'
    report = verify(rows, seal)
    assert not report.whole and report.first.row_id == 3 and report.first.kind == "changed"
    assert report.problems == 1 and "ردیف ۳ پس از نوشته شدن تغییر کرده است" in report.summary()


def test_an_edited_row_whose_hash_was_made_again_breaks_the_next_link():
    rows, seal = chained(6)
    rows[2]["username"] = "admin"
    rows[2]["row_hash"] = row_hash(rows[2], rows[2]["prev_hash"])
    report = verify(rows, seal)
    assert (report.first.row_id, report.first.kind) == (4, "link")


def test_a_deleted_row_breaks_the_link_of_the_next():
    rows, seal = chained(6)
    del rows[3]
    report = verify(rows, seal)
    assert (report.first.row_id, report.first.kind) == (5, "link")
    assert "پیوند ردیف ۵" in str(report.first)


def test_a_row_deleted_from_the_end_is_found_by_the_seal():
    rows, seal = chained(6)
    report = verify(rows[:-1], seal)
    assert (report.first.kind, report.first.row_id) == ("seal", 6) and "پایان دفتر" in str(report.first)
    assert not verify(rows, None).whole  # a seal removed is said too


def test_a_forged_row_without_a_seal_or_with_a_wrong_one_is_named():
    rows, seal = chained(4)
    forged = {"id": 5, **content(9), "prev_hash": None, "row_hash": None}
    report = verify([*rows, forged], seal)
    assert (report.first.row_id, report.first.kind) == (5, "unsealed")
    guessed = {**forged, "prev_hash": seal.head_hash, "row_hash": "f" * 64}
    assert verify([*rows, guessed], seal).first.row_id == 5


def test_the_rows_after_a_break_are_still_checked_and_written_on():
    rows, seal = chained(4)
    forged = {"id": 5, **content(9), "prev_hash": None, "row_hash": None}
    carried = seal.head_hash  # the program goes on from its own last row
    after = {"id": 6, **content(10), "prev_hash": carried}
    after["row_hash"] = row_hash(after, carried)
    report = verify([*rows, forged, after], Seal(0, GENESIS, 6, after["row_hash"], 5))
    assert report.problems == 1 and report.broken_rows() == {5}


def test_older_rows_changed_after_the_upgrade_are_found():
    rows, seal = chained(3, legacy=4)
    rows[1]["record_id"] = "99"
    report = verify(rows, seal)
    assert report.first.kind == "legacy" and "ردیف‌های ۱ تا ۴" in str(report.first)
    rows, seal = chained(3, legacy=4)
    assert verify(rows[1:], seal).first.kind == "legacy"  # one removed
