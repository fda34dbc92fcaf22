"""The domain: rules, validation, Persian text and Jalali dates.

Standard library only, plus jdatetime for calendar arithmetic (see
docs/architecture.md). No Qt, no SQLAlchemy: the import-linter contracts in
pyproject.toml hold that line.
"""
