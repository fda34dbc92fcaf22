"""The scripting contract of `qotb score`, `qotb centre-check` and `qotb rules`
(docs/scoring-contract.md): JSON in, one JSON object out; invalid input exits 2."""

import io
import json
import subprocess
import sys

import pytest

from qotb_desktop.cli import main


def run(capsys, *args, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(stdin, ensure_ascii=False)))
    code = main(list(args))
    out = capsys.readouterr()
    return code, (json.loads(out.out) if code == 0 else None), out.err


def member(**extra):
    base = {
        "group": "physics",
        "period_start": "۱۴۰۳/۰۷/۰۱",
        "rank": "professor",
        "items": [{"row": 2, "date": "1401/05/01", "points": 7, "corresponding_author": True} for _ in range(9)]
        + [{"row": 9, "date": "1400/01/01", "points": 20} for _ in range(2)]
        + [{"row": 7, "citations": 300}]
        + [{"row": 14, "date": "1402/02/02", "points": 20}, {"row": 14, "date": "1402/03/02", "points": 20}],
    }
    base.update(extra)
    return base


def test_score_from_a_file(tmp_path, capsys):
    path = tmp_path / "m.json"
    path.write_text(json.dumps(member(), ensure_ascii=False), "utf-8")
    code, result, _ = run(capsys, "score", str(path))
    assert code == 0
    assert result["edition"] == "1397"
    assert set(result["rows"]) == {str(n) for n in range(1, 27)}
    assert (result["rows"]["1"], result["row2"], result["rows_2_8_9"]) == (20, 63, 103)
    assert result["total"] == 20 + 63 + 40 + 20 + 40
    assert result["eligible"] is True and result["failures"] == [] and result["excluded"] == []


def test_score_from_stdin_with_exclusions_and_failures(capsys, monkeypatch):
    board = {"row": 21, "date": "1401/01/01", "end": "1403/06/31"}  # 30 months inside the window
    data = member(items=[{"row": 2, "date": "1396/01/01", "points": 7}, board])
    code, result, _ = run(capsys, "score", "-", stdin=data, monkeypatch=monkeypatch)
    assert code == 0
    assert result["rows"]["21"] == 0.5
    assert result["excluded"][0]["item"] == 0 and "بیرون از بازه" in result["excluded"][0]["reason"]
    codes = [f["code"] for f in result["failures"]]
    assert codes == ["row2_below_min", "rows_2_8_9_below_min", "total_below_min", "corresponding_author_papers_below_8"]
    assert result["failures"][0] == {
        "code": "row2_below_min",
        "required": 60,
        "actual": 0,
        "message": result["failures"][0]["message"],
    }


def test_the_row_8_reading_is_selectable(capsys, monkeypatch):
    projects = [{"row": 8, "date": "1400/01/01", "amount_toman": 200_000_000} for _ in range(2)]
    _, per_item, _ = run(capsys, "score", "-", stdin=member(items=projects), monkeypatch=monkeypatch)
    _, row_total, _ = run(capsys, "score", "-", "--row8-cap", "row_total", stdin=member(items=projects), monkeypatch=monkeypatch)
    assert (per_item["rows"]["8"], row_total["rows"]["8"]) == (30, 15)
    assert row_total["readings"]["row8_cap"] == "row_total"


@pytest.mark.parametrize(
    "change, names",
    [
        ({"group": "astrology"}, "group"),
        ({"rank": "lecturer"}, "rank"),
        ({"period_start": "1403/12/31"}, "period_start"),
        ({"period_start": 14030701}, "period_start"),
        ({"items": [{"row": 27}]}, "items[0].row"),
        ({"items": [{"row": "2"}]}, "items[0].row"),
        ({"items": [{"row": 2, "points": 8}]}, "items[0].points"),
        ({"items": [{"row": 2, "points": -1}]}, "items[0].points"),
        ({"items": [{"row": 2, "points": "7"}]}, "items[0].points"),
        ({"items": [{"row": 7, "citations": -10}]}, "items[0].citations"),
        ({"items": [{"row": 7, "citations": 1.5}]}, "items[0].citations"),
        ({"items": [{"row": 8, "amount_toman": -5}]}, "items[0].amount_toman"),
        ({"items": [{"row": 8}]}, "items[0].amount_toman"),
        ({"items": [{"row": 11, "scope": "galactic"}]}, "items[0].scope"),
        ({"items": [{"row": 20, "award": "nobel"}]}, "items[0].award"),
        ({"items": [{"row": 24, "academy": "emeritus"}]}, "items[0].academy"),
        ({"items": [{"row": 25, "role": "treasurer"}]}, "items[0].role"),
        ({"items": [{"row": 21, "journal_years": 1}]}, "items[0].journal_years"),  # counted from its dates now
        ({"items": [{"row": 21, "date": "1400/01/01", "end": "1399/01/01"}]}, "items[0].end"),
        ({"items": [{"row": 26, "date": "1400/01/01", "as_director": "yes"}]}, "items[0].as_director"),
        ({"items": [{"row": 2, "date": "1401/01/01"}]}, "items[0].points"),  # required: never the maximum
        ({"items": [{"row": 18, "date": "1401/01/01"}]}, "items[0].points"),
        ({"items": [{"row": 19, "date": "1401/01/01", "points": 6}]}, "items[0].points"),
        ({"items": [{"row": 2, "points": 7, "evidence": "x"}]}, "items[0].evidence"),  # only rows 9 and 20
        ({"items": [{"row": 2, "date": "1401/02/32"}]}, "items[0].date"),
        ({"items": [{"row": 2, "citations": 5}]}, "items[0].citations"),
        ({"items": [{}, {"row": 2, "keynote": True}]}, "items[1].keynote"),
    ],
)
def test_invalid_input_exits_2_naming_the_field(capsys, monkeypatch, change, names):
    code, _, err = run(capsys, "score", "-", stdin=member(**change), monkeypatch=monkeypatch)
    assert code == 2
    assert names in err
    assert "ورودی نادرست" in err


def test_not_json_and_missing_file_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert run(capsys, "score", str(bad))[0] == 2
    assert run(capsys, "score", str(tmp_path / "none.json"))[0] == 2


def centre(members, **extra):
    base = {"group": "physics", "period_start": "1403/07/01", "host_institution": "دانشگاه تهران",
            "equipment_confirmed": True, "program_confirmed": True, "members": members}  # fmt: skip
    base.update(extra)
    return base


def strong(name, institution="دانشگاه تهران", **extra):
    m = member()
    m.pop("group"), m.pop("period_start")
    return {"name": name, "institution": institution, **m, **extra}


def test_centre_check_passes_a_good_centre(capsys, monkeypatch):
    members = [strong(f"عضو {i}") for i in range(10)]
    code, result, _ = run(capsys, "centre-check", "-", stdin=centre(members), monkeypatch=monkeypatch)
    assert code == 0
    assert result["eligible"] is True and result["failures"] == []
    assert result["total"] == 10 * 183 and len(result["members"]) == 10
    assert result["members"][0] == {"name": "عضو 0", "group": "physics", "total": 183, "eligible": True}


def test_centre_check_failure_codes(capsys, monkeypatch):
    weak = {"name": "ضعیف", "institution": "دانشگاه تهران", "rank": "instructor", "items": []}
    members = [strong("الف"), strong("ب", "دانشگاه شیراز"), strong("پ", "دانشگاه شیراز", in_other_active_centre=True), weak]
    data = centre(members, equipment_confirmed=False, program_confirmed=False)
    code, result, _ = run(capsys, "centre-check", "-", stdin=data, monkeypatch=monkeypatch)
    assert code == 0 and result["eligible"] is False
    codes = [f["code"] for f in result["failures"]]
    assert codes == [
        "too_few_members",
        "host_not_majority",
        "member_not_eligible",
        "member_in_other_centre",
        "centre_total_below_min",
        "equipment_not_confirmed",
        "program_not_confirmed",
    ]
    few = result["failures"][0]
    assert (few["required"], few["actual"]) == (7, 4)
    assert "ضعیف" in result["failures"][2]["message"]
    # a member's failure carries the numbers of the condition they did not meet
    assert (result["failures"][2]["required"], result["failures"][2]["actual"]) == (60, 0)


def test_centre_check_refuses_a_per_member_period_and_an_unknown_group(capsys, monkeypatch):
    bad = strong("الف", period_start="1403/07/01")
    code, _, err = run(capsys, "centre-check", "-", stdin=centre([bad]), monkeypatch=monkeypatch)
    assert code == 2 and "members[0].period_start" in err
    code, _, err = run(capsys, "centre-check", "-", stdin=centre([strong("ب", group="astrology")]), monkeypatch=monkeypatch)
    assert code == 2 and "members[0].group" in err


@pytest.mark.parametrize(
    "seats, present, quorum, required", [(9, 6, True, 6), (9, 5, False, 6), (10, 7, True, 7), (8, 6, True, 6)]
)
def test_rules_quorum(capsys, seats, present, quorum, required):
    code, result, _ = run(capsys, "rules", "quorum", "--seats", str(seats), "--present", str(present))
    assert code == 0 and (result["quorum"], result["required"]) == (quorum, required)


@pytest.mark.parametrize(
    "present, yes, majority, passed, required",
    [(6, 4, None, True, 4), (7, 4, None, True, 4), (8, 4, None, False, 5), (7, 4, "strict", False, 5), (6, 4, "strict", True, 4)],
)
def test_rules_vote(capsys, present, yes, majority, passed, required):
    args = ["rules", "vote", "--present", str(present), "--yes", str(yes)] + (["--majority", majority] if majority else [])
    code, result, _ = run(capsys, *args)
    assert code == 0 and (result["passed"], result["required"]) == (passed, required)


def test_rules_refuse_impossible_counts(capsys):
    assert run(capsys, "rules", "vote", "--present", "5", "--yes", "6")[0] == 2
    assert run(capsys, "rules", "quorum", "--seats", "9", "--present", "-1")[0] == 2


def test_the_installed_command_speaks_the_contract(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps(member()), "utf-8")
    done = subprocess.run([sys.executable, "-m", "qotb_desktop", "score", str(path)], capture_output=True, text=True)
    assert done.returncode == 0 and json.loads(done.stdout)["eligible"] is True


HEAD = '{"group": "physics", "period_start": "1403/07/01", "rank": "professor", '


@pytest.mark.parametrize(
    "raw, field",
    [
        (HEAD + '"items": [{"row": 2, "points": NaN}]}', "items[0].points"),
        (HEAD + '"items": [{"row": 2, "points": Infinity}]}', "items[0].points"),
        (HEAD + '"itmes": []}', "itmes"),
    ],
)
def test_not_a_number_and_misspelt_keys_are_refused(capsys, monkeypatch, raw, field):
    monkeypatch.setattr(sys, "stdin", io.StringIO(raw))
    assert main(["score", "-"]) == 2
    err = capsys.readouterr().err
    assert field in err and "ورودی نادرست" in err


def test_rules_refusals_are_persian_and_name_the_option(capsys):
    assert main(["rules", "vote", "--present", "5", "--yes", "6"]) == 2
    assert "--yes" in capsys.readouterr().err


# -- issue 17: rules fidelity -----------------------------------------------------------


def test_theses_are_dated_and_judged_up_to_their_maximum(capsys, monkeypatch):
    items = [
        {"row": 19, "date": "1401/01/01", "points": 5},
        {"row": 19, "date": "1401/02/01", "points": 2.5},  # a co-supervisor's share
        {"row": 19, "date": "1390/01/01", "points": 5},  # defended before the window
        {"row": 18, "date": "1402/01/01", "points": 1},
    ]
    code, result, _ = run(capsys, "score", "-", stdin=member(items=items), monkeypatch=monkeypatch)
    assert code == 0
    assert (result["rows"]["19"], result["rows"]["18"]) == (7.5, 1)
    assert [e["item"] for e in result["excluded"]] == [2]


def test_row_8_under_the_row_total_reading_pools_the_amounts(capsys, monkeypatch):
    projects = [{"row": 8, "date": "1400/01/01", "amount_toman": 15_000_000} for _ in range(2)]
    args = ("score", "-", "--row8-cap", "row_total")
    _, result, _ = run(capsys, *args, stdin=member(items=projects), monkeypatch=monkeypatch)
    assert result["rows"]["8"] == 3


def test_every_reading_is_an_option_and_is_reported(capsys, monkeypatch):
    critique = [{"row": 12, "date": "1401/01/01", "points": 2}]
    data = member(group="art", items=critique)
    _, narrow, _ = run(capsys, "score", "-", stdin=data, monkeypatch=monkeypatch)
    _, wide, _ = run(capsys, "score", "-", "--humanities-rows", "humanities_and_art", stdin=data, monkeypatch=monkeypatch)
    assert (narrow["rows"]["12"], wide["rows"]["12"]) == (0, 2)
    assert wide["readings"] == {
        "majority": "floor",
        "row8_cap": "per_item",
        "quorum_base": "filled_seats",
        "humanities_rows": "humanities_and_art",
        "revision": 2,
    }
    _, vote, _ = run(capsys, "rules", "vote", "--present", "7", "--yes", "4", "--quorum-base", "all_seats")
    assert vote["readings"]["quorum_base"] == "all_seats"


@pytest.mark.parametrize(
    "seats, present, base, quorum, required",
    [
        (7, 5, "filled_seats", True, 5),
        (7, 5, "all_seats", False, 6),
        (7, 6, "all_seats", True, 6),
        (0, 0, "filled_seats", False, 0),
    ],
)
def test_the_quorum_base_reading_and_a_council_with_no_seat_filled(capsys, seats, present, base, quorum, required):
    args = ("rules", "quorum", "--seats", str(seats), "--present", str(present), "--quorum-base", base)
    code, result, _ = run(capsys, *args)
    assert code == 0 and (result["quorum"], result["required"]) == (quorum, required)
    assert result["quorum_base"] == base
    if seats == 0:
        assert "پر نیست" in result["reason"]


def test_one_person_listed_twice_is_refused(capsys, monkeypatch):
    same_code = [strong(f"عضو {i}", national_code="0012345678") if i in (0, 6) else strong(f"عضو {i}") for i in range(7)]
    code, _, err = run(capsys, "centre-check", "-", stdin=centre(same_code), monkeypatch=monkeypatch)
    assert code == 2 and "members[6]" in err and "members[0]" in err
    same_name = [strong("علی رضایی"), *[strong(f"عضو {i}") for i in range(5)], strong("علي رضايي")]  # ي typed
    code, _, err = run(capsys, "centre-check", "-", stdin=centre(same_name), monkeypatch=monkeypatch)
    assert code == 2 and "members[6]" in err
    seven_times = [strong("یک نفر") for _ in range(7)]
    code, _, _ = run(capsys, "centre-check", "-", stdin=centre(seven_times), monkeypatch=monkeypatch)
    assert code == 2


def test_a_members_verdict_is_by_their_own_field_and_the_centre_minimum_by_the_centres(capsys, monkeypatch):
    chemist = strong("شیمی‌دان", group="chemistry")  # 183 passes physics (130) but not chemistry (240)
    members = [strong(f"عضو {i}") for i in range(6)] + [chemist]
    code, result, _ = run(capsys, "centre-check", "-", stdin=centre(members), monkeypatch=monkeypatch)
    assert code == 0
    assert result["group"] == "physics"
    assert result["members"][6] == {"name": "شیمی‌دان", "group": "chemistry", "total": 183, "eligible": False}
    failure = next(f for f in result["failures"] if f["code"] == "member_not_eligible")
    assert "شیمی" in failure["message"]
    # the same person scored alone under their own field gives the same verdict
    alone = member(group="chemistry")
    _, sheet, _ = run(capsys, "score", "-", stdin=alone, monkeypatch=monkeypatch)
    assert sheet["eligible"] is False and sheet["group"] == "chemistry"
