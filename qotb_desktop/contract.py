"""The scripting contract (docs/scoring-contract.md): `qotb score`, `qotb centre-check`,
`qotb rules`. JSON in, one JSON object out on stdout, exit 0; invalid input exits 2
with a message on stderr naming the bad field (and item). Needs no database."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from qotb_desktop.domain import council_rules
from qotb_desktop.domain.centre_check import check_centre
from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.domain.rules import Readings, load_edition
from qotb_desktop.domain.scoring import score_member
from qotb_desktop.domain.scoring_io import centre_json, parse_centre, parse_member, readings_with, sheet_json

INVALID = 2


def _out(obj: dict[str, Any]) -> int:
    json.dump(obj, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _invalid(message: str) -> int:
    print(f"ورودی نادرست: {message}", file=sys.stderr)
    return INVALID


def _read(path: str) -> Any:
    text = sys.stdin.read() if path == "-" else Path(path).read_text("utf-8-sig")
    return json.loads(text)


def _load(args: argparse.Namespace) -> Any:
    try:
        return _read(args.file)
    except FileNotFoundError:
        raise ValueError(f"پرونده {args.file} پیدا نشد.") from None
    except OSError as exc:  # a folder, no permission
        raise ValueError(f"پرونده {args.file} خوانده نشد ({exc.strerror}).") from None
    except UnicodeDecodeError:
        raise ValueError("ورودی متن UTF-8 نیست.") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"JSON درست نیست (سطر {exc.lineno}، ستون {exc.colno}): {exc.msg}") from None
    except ValueError:  # a number of more than 4,300 digits
        raise ValueError("JSON درست نیست: عددی در آن بیش از اندازه بلند است.") from None
    except RecursionError:
        raise ValueError("JSON درست نیست: آرایه‌ها یا شیءهای تودرتوی آن بیش از اندازه ژرف‌اند.") from None


def _errors(exc: ValidationError) -> str:
    return "; ".join(f"{e.field}: {e.message}" for e in exc.errors)


def _readings(args: argparse.Namespace, edition) -> Readings:
    """The edition's readings with those the options give (every command takes all four)."""
    return readings_with(edition, **{name: getattr(args, name, None) for name in Readings.CHOICES})


def _checked(args: argparse.Namespace, parse, compute, serialize) -> int:
    """Read the input, check it, compute, print; invalid input exits 2 naming the field."""
    edition = load_edition()
    try:
        data = parse(_load(args), edition)
        readings = _readings(args, edition)
    except ValueError as exc:
        return _invalid(str(exc))
    except ValidationError as exc:
        return _invalid(_errors(exc))
    return _out(serialize(compute(data, edition=edition, readings=readings)))


def score(args: argparse.Namespace) -> int:
    return _checked(args, parse_member, score_member, sheet_json)


def centre_check(args: argparse.Namespace) -> int:
    return _checked(args, parse_centre, check_centre, centre_json)


def rules(args: argparse.Namespace) -> int:
    edition = load_edition()
    try:
        readings = _readings(args, edition)
        if args.rule == "quorum":
            outcome = council_rules.council_quorum(
                filled=args.seats, present=args.present, council=edition.council, readings=readings
            )
            result = {"quorum": outcome.ok, "required": outcome.required, "edition": edition.edition}
            result |= {"quorum_base": readings.quorum_base, "readings": readings.to_record()}
            return _out(result | ({"reason": outcome.reason} if outcome.reason else {}))
        outcome = council_rules.vote(present=args.present, yes=args.yes, readings=readings)
        return _out(
            {
                "passed": outcome.ok,
                "required": outcome.required,
                "edition": edition.edition,
                "majority": readings.majority,
                "readings": readings.to_record(),
            }
        )
    except ValueError as exc:
        return _invalid(str(exc))
    except ValidationError as exc:
        return _invalid(_errors(exc))
