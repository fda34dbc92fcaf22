"""Errors the domain raises, each carrying a Persian message that names the field."""

from __future__ import annotations

from dataclasses import dataclass

from qotb_desktop.domain.text import to_persian_digits


@dataclass(frozen=True)
class FieldError:
    field: str  # machine key, e.g. "national_code"
    label: str  # the field's Persian name, e.g. "کد ملی"
    message: str  # what is wrong, in Persian

    def __str__(self) -> str:
        return f"{self.label}: {self.message}"


class DomainError(Exception):
    """Base of every error whose message is meant for the clerk."""


class ValidationError(DomainError):
    """One or more fields are wrong; nothing was written."""

    def __init__(self, errors: list[FieldError] | FieldError):
        self.errors = [errors] if isinstance(errors, FieldError) else list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]


class NotFound(DomainError):
    def __init__(self, what: str, key: object):
        super().__init__(f"{what} با شناسه {to_persian_digits(key)} پیدا نشد.")


class Checker:
    """Collects field errors so a form reports all of them at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, field: str, label: str, message: str) -> None:
        self.errors.append(FieldError(field, label, message))

    def has(self, field: str) -> bool:
        return any(e.field == field for e in self.errors)

    def done(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


class Conflict(DomainError):
    """Someone else saved the record after this form was filled from it; nothing was
    written. The form shows what changed and offers to load the record again."""

    def __init__(self, what: str, by: str = "", at: str = ""):
        self.what = what
        self.by = by
        self.at = at
        who = f" ({'، '.join(p for p in (f'به دست {by}' if by else '', at) if p)})" if (by or at) else ""
        super().__init__(
            f"{what} پس از آنکه آن را باز کردید، در جای دیگری تغییر کرده و ذخیره شده است{who}. "
            "ذخیره شما انجام نشد تا تغییر دیگری از میان نرود. آن را دوباره بارگذاری کنید و تغییر خود را دوباره بنویسید."
        )
