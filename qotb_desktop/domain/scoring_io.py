"""The scoring contract's JSON (README, "Scoring contract"): reading and checking
the input, writing the result. Every refusal names the field (and item) in
Persian; nothing is guessed."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from qotb_desktop.domain import vocab
from qotb_desktop.domain.dates import BadDate, parse_jalali
from qotb_desktop.domain.errors import Checker, ValidationError
from qotb_desktop.domain.rules import Edition, Readings
from qotb_desktop.domain.scoring import Item, MemberInput, ScoreSheet, number
from qotb_desktop.domain.text import normalize_text, search_key, to_latin_digits, to_persian_digits

_COMMON = {"row", "date", "description"}


def allowed_fields(rule, edition: Edition) -> set[str]:
    """Which item fields a row takes, beyond row, date and description (``edition`` at
    the revision the item is read for)."""
    fields = set(_COMMON)
    if rule.measure == "years_in_window":
        fields.add("end")
    if edition.scoring.evidence_of(rule.row):
        fields.add("evidence")
    if rule.row == edition.scoring.corresponding_row:
        fields.add("corresponding_author")
    if rule.rule == "judged":
        fields.add("points")
        if rule.scopes:
            fields.add("scope")
        if rule.keynote_bonus:
            fields.add("keynote")
    if rule.field:
        fields.add(rule.field)
    if rule.director_points:
        fields.add("as_director")
    return fields


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))  # isfinite(10**400) overflows


def _is_key(value: Any, table) -> bool:
    """``value in table`` for JSON of any type (a list or an object as a key is unhashable)."""
    return isinstance(value, str) and value in table


def _known_keys(check: Checker, data: dict, allowed: set[str], where: str = "") -> None:
    """A misspelt key would otherwise be ignored without a word."""
    for key in data:
        if key not in allowed:
            check.fail(f"{where}{key}", "ورودی", f"فیلد «{key}» شناخته نیست؛ فیلدها: {', '.join(sorted(allowed))}.")


def parse_member(data: Any, edition: Edition, *, with_context: bool = True, revision: int | None = None) -> MemberInput:
    """``{"group", "period_start", "rank", "items": [...]}`` -> MemberInput, or ValidationError.

    ``with_context=False`` reads a centre's member, whose period comes from the centre (and
    whose group, when not given, too). ``revision``: the scoring revision the input is read
    for (a stored result's; None: the current one)."""
    if revision is not None:
        edition = edition.at_revision(revision)
    check = Checker()
    if not isinstance(data, dict):
        check.fail("input", "ورودی", "باید یک شیء JSON باشد.")
        check.done()
    _known_keys(check, data, {"group", "period_start", "rank", "items"} if with_context else {"group", "rank", "items"})
    field_key, period = "", None
    if with_context or "group" in data:
        field_key = read_group(check, data.get("group"), edition)
    if with_context:
        period = read_period(check, data.get("period_start"))
    rank = data.get("rank")
    if not _is_key(rank, vocab.RANKS):
        check.fail("rank", "مرتبه علمی", f"«{rank}» شناخته نیست؛ یکی از {', '.join(vocab.RANKS)}.")
    raw_items = data.get("items", [])
    items: list[Item] = []
    if not isinstance(raw_items, list):
        check.fail("items", "فعالیت‌ها", "باید فهرست (آرایه JSON) باشد.")
        raw_items = []
    for index, raw in enumerate(raw_items):
        item = _item(check, raw, edition, f"items[{index}].", f"فعالیت {to_persian_digits(index + 1)}")
        if item is not None:
            items.append(item)
    check.done()
    return MemberInput(field_key=field_key, period_start=period, rank=rank, items=tuple(items))  # type: ignore[arg-type]


def read_group(check: Checker, value: Any, edition: Edition) -> str:
    keys = [f.key for f in edition.fields]
    if not _is_key(value, keys):
        check.fail("group", "گروه / رشته", f"«{value}» شناخته نیست؛ یکی از {', '.join(keys)}.")
        return ""
    return value


def read_period(check: Checker, value: Any):
    if not isinstance(value, str):
        check.fail("period_start", "آغاز دوره", "تاریخ جلالی به شکل متن لازم است، مانند «1403/07/01».")
        return None
    try:
        return parse_jalali(value)
    except BadDate as exc:
        check.fail("period_start", "آغاز دوره", str(exc))
        return None


def parse_item(raw: Any, edition: Edition) -> Item:
    """One activity (a form's values, already typed: numbers, booleans, Jalali text),
    or ValidationError whose fields are the item's own keys ("points", "date")."""
    check = Checker()
    item = _item(check, raw, edition, "", "فعالیت")
    check.done()
    assert item is not None
    return item


def _item(check: Checker, raw: Any, edition: Edition, where: str, label: str) -> Item | None:
    def fail(name: str, message: str) -> None:
        check.fail(f"{where}{name}" if name else where.rstrip(".") or "item", label, message)

    if not isinstance(raw, dict):
        fail("", "باید یک شیء JSON باشد.")
        return None
    row = raw.get("row")
    if not isinstance(row, int) or isinstance(row, bool) or not 1 <= row <= len(edition.scoring.rows):
        fail("row", f"ردیف «{row}» شناخته نیست؛ ردیف‌ها ۱ تا {to_persian_digits(len(edition.scoring.rows))} هستند.")
        return None
    rule = edition.scoring.row(row)
    if rule.rule == "rank":
        fail("row", "ردیف ۱ از مرتبه علمی (rank) به دست می‌آید و فعالیت ندارد.")
        return None
    allowed = allowed_fields(rule, edition)
    for name in raw:
        if name not in allowed:
            fail(name, f"ردیف {to_persian_digits(row)} فیلد «{name}» ندارد؛ فیلدهای آن: {', '.join(sorted(allowed))}.")
    values: dict[str, Any] = {"row": row}
    if "date" in raw:
        if not isinstance(raw["date"], str):
            fail("date", "تاریخ جلالی به شکل متن لازم است.")
        else:
            try:
                values["date"] = parse_jalali(raw["date"])
            except BadDate as exc:
                fail("date", str(exc))
    if "end" in raw and "end" in allowed:
        if not isinstance(raw["end"], str):
            fail("end", "تاریخ جلالی به شکل متن لازم است.")
        else:
            try:
                values["end"] = parse_jalali(raw["end"])
            except BadDate as exc:
                fail("end", str(exc))
            else:
                if values.get("date") and values["end"] < values["date"]:
                    fail("end", "تاریخ پایان پیش از تاریخ آغاز است.")
    for name in ("description", "evidence"):
        if name in raw and name in allowed:
            if not isinstance(raw[name], str):
                fail(name, "باید متن باشد.")
            else:
                values[name] = normalize_text(raw[name])
    if "scope" in allowed:
        scope = raw.get("scope")
        if not _is_key(scope, rule.scopes or {}):
            fail("scope", f"«{scope}» شناخته نیست؛ یکی از {', '.join(rule.scopes or {})}.")
        else:
            values["scope"] = scope
    if "points" not in raw and "points" in allowed and edition.scoring.points_required:
        fail("points", f"لازم است: ردیف {to_persian_digits(row)} داوری می‌شود و بیشینه آن فرض نمی‌شود.")
    if "points" in raw and "points" in allowed and (not rule.scopes or "scope" in values):  # a scope's maximum needs the scope
        top = Fraction(rule.scopes.get(values.get("scope", ""), 0)) if rule.scopes else Fraction(rule.max or 0)
        points = raw["points"]
        if not _is_number(points):
            fail("points", "باید عدد باشد.")
        elif points < 0 or Fraction(str(points)) > top:
            fail("points", f"باید میان ۰ و {to_persian_digits(number(top))} باشد (بیشینه هر مورد در این ردیف).")
        else:
            values["points"] = Fraction(str(points))
    for flag in ("corresponding_author", "keynote", "as_director"):
        if flag in raw:
            if not isinstance(raw[flag], bool):
                fail(flag, "باید true یا false باشد.")
            else:
                values[flag] = raw[flag]
    if rule.field:
        _field_value(fail, rule, raw, values)
    return Item(**values)


# Row-specific fields: whole counts, amounts, years, and choices.
_WHOLE = {"citations", "amount_toman", "conferences"}
_DEFAULTS = {"conferences": 1}


def _field_value(fail, rule, raw: dict, values: dict) -> None:
    name = rule.field
    value = raw.get(name, _DEFAULTS.get(name))
    if value is None:
        fail(name, f"ردیف {to_persian_digits(rule.row)} به «{name}» نیاز دارد.")
    elif rule.values is not None:
        if not _is_key(value, rule.values):
            fail(name, f"«{value}» شناخته نیست؛ یکی از {', '.join(rule.values)}.")
        else:
            values[name] = value
    elif name in _WHOLE:
        if not isinstance(value, int) or isinstance(value, bool):
            fail(name, "باید عدد درست باشد.")
        elif value < 0:
            fail(name, "نمی‌تواند منفی باشد.")
        else:
            values[name] = value
    else:
        if not _is_number(value):
            fail(name, "باید عدد باشد.")
        elif value < 0:
            fail(name, "نمی‌تواند منفی باشد.")
        else:
            values[name] = Fraction(str(value))


def readings_with(edition: Edition, base: Readings | None = None, **chosen: str | None) -> Readings:
    """``base`` (default: the edition's readings), with the ones given replaced (checked
    against the choices)."""
    base = base or edition.readings
    current: dict[str, Any] = {f: getattr(base, f) for f in ("majority", "row8_cap", "quorum_base", "humanities_rows")}
    current["revision"] = base.revision
    check = Checker()
    for name, value in chosen.items():
        if value is None:
            continue
        if not _is_key(value, Readings.CHOICES[name]):
            check.fail(name, "خوانش", f"«{value}» برای {name} نیست؛ یکی از {', '.join(Readings.CHOICES[name])}.")
        else:
            current[name] = value
    check.done()
    return Readings(**current)


def sheet_json(sheet: ScoreSheet) -> dict[str, Any]:
    return {
        "edition": sheet.edition,
        "readings": sheet.readings.to_record(),
        "group": sheet.field_key,
        "rows": {str(r.row): number(r.points) for r in sheet.rows},
        "row2": number(sheet.row2),
        "rows_2_8_9": number(sheet.rows_2_8_9),
        "total": number(sheet.total),
        "corresponding_papers": sheet.corresponding_papers,
        "eligible": sheet.eligible,
        "failures": [failure_json(f) for f in sheet.failures],
        "excluded": [{"item": e.item, "reason": e.reason} for e in sheet.excluded],
        "notes": {str(r.row): r.note for r in sheet.rows if r.note},
    }


def reproduces(stored: Any, again: Any) -> bool:
    """Whether a result computed again gives everything the stored one holds (a newer
    program may add fields to the output; it never changes one that was there)."""
    if isinstance(stored, dict):
        return isinstance(again, dict) and all(k in again and reproduces(v, again[k]) for k, v in stored.items())
    if isinstance(stored, list):
        return isinstance(again, list) and len(stored) == len(again) and all(map(reproduces, stored, again))
    return stored == again


def failure_json(f) -> dict[str, Any]:
    return {"code": f.code, "required": number(f.required), "actual": number(f.actual), "message": f.message}


def parse_centre(data: Any, edition: Edition, *, revision: int | None = None):
    """The centre-check contract's input -> CentreInput, or ValidationError (``revision``: as
    in ``parse_member``)."""
    from qotb_desktop.domain.centre_check import CentreInput, ProposedMember

    check = Checker()
    if not isinstance(data, dict):
        check.fail("input", "ورودی", "باید یک شیء JSON باشد.")
        check.done()
    _known_keys(check, data, {"group", "period_start", "host_institution", "equipment_confirmed", "program_confirmed", "members"})
    field_key = read_group(check, data.get("group"), edition)
    period = read_period(check, data.get("period_start"))
    host = data.get("host_institution")
    if not isinstance(host, str) or not normalize_text(host):
        check.fail("host_institution", "مؤسسه متقاضی", "نام مؤسسه متقاضی لازم است.")
    flags = {}
    for name, label in (("equipment_confirmed", "تأیید تجهیزات"), ("program_confirmed", "تأیید برنامه")):
        value = data.get(name)
        if not isinstance(value, bool):
            check.fail(name, label, "باید true یا false باشد.")
        flags[name] = value is True
    members = []
    seen: dict[str, str] = {}
    raw_members = data.get("members")
    if not isinstance(raw_members, list):
        check.fail("members", "اعضا", "باید فهرست (آرایه JSON) باشد.")
        raw_members = []
    for index, raw in enumerate(raw_members):
        where, label = f"members[{index}]", f"عضو {to_persian_digits(index + 1)}"
        if not isinstance(raw, dict):
            check.fail(where, label, "باید یک شیء JSON باشد.")
            continue
        own = ("name", "institution", "in_other_active_centre", "national_code")
        extra = {k: v for k, v in raw.items() if k not in own}
        if "period_start" in extra:
            check.fail(f"{where}.period_start", label, "«period_start» از خود قطب می‌آید، نه از عضو.")
            extra.pop("period_start")
        name = raw.get("name")
        if not isinstance(name, str) or not normalize_text(name):
            check.fail(f"{where}.name", label, "نام عضو لازم است.")
        institution = raw.get("institution")
        if not isinstance(institution, str) or not normalize_text(institution):
            check.fail(f"{where}.institution", label, "مؤسسه عضو لازم است.")
        other = raw.get("in_other_active_centre", False)
        if not isinstance(other, bool):
            check.fail(f"{where}.in_other_active_centre", label, "باید true یا false باشد.")
        code = raw.get("national_code")
        if code is not None and (not isinstance(code, str) or not to_latin_digits(normalize_text(code)).isdigit()):
            check.fail(f"{where}.national_code", label, "کد ملی باید متنی از رقم‌ها باشد.")
            code = None
        _once(check, seen, where, label, code, name)
        try:
            member = parse_member(extra, edition, with_context=False, revision=revision)
        except ValidationError as exc:
            for e in exc.errors:
                check.fail(f"{where}.{e.field}", f"{label}، {e.label}", e.message)
            continue
        members.append(
            ProposedMember(
                normalize_text(str(name)),
                normalize_text(str(institution)),
                other is True,
                MemberInput(
                    field_key=member.field_key or field_key,  # the member's own field (note 8), else the centre's
                    period_start=period,  # type: ignore[arg-type]
                    rank=member.rank,
                    items=member.items,
                ),
            )
        )
    check.done()
    return CentreInput(
        field_key=field_key,
        period_start=period,  # type: ignore[arg-type]
        host_institution=normalize_text(host),
        equipment_confirmed=flags["equipment_confirmed"],
        program_confirmed=flags["program_confirmed"],
        members=tuple(members),
    )


def _once(check: Checker, seen: dict[str, str], where: str, label: str, code: Any, name: Any) -> None:
    """Issue 17.5: one person is one member: the same national code, or where no code is
    given the same name however typed (ی/ي, half-space), listed twice is refused."""
    key = f"code:{to_latin_digits(normalize_text(code))}" if code else ""
    if not key and isinstance(name, str) and normalize_text(name):
        key = f"name:{search_key(name)}"
    if not key:
        return
    if key in seen:
        what = "همان کد ملی" if key.startswith("code:") else "همان نام"
        check.fail(where, label, f"با {what} پیش‌تر در {seen[key]} آمده است؛ هر کس یک بار عضو شمرده می‌شود.")
    else:
        seen[key] = where


def centre_json(result) -> dict[str, Any]:
    return {
        "edition": result.edition,
        "readings": result.readings.to_record(),
        "group": result.field_key,
        "eligible": result.eligible,
        "total": number(result.total),
        "members": [
            {"name": m.name, "group": m.sheet.field_key, "total": number(m.sheet.total), "eligible": m.sheet.eligible}
            for m in result.members
        ],
        "failures": [failure_json(f) for f in result.failures],
    }
