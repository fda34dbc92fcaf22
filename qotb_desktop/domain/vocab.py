"""The registries' enumerations and their Persian labels."""

from __future__ import annotations

INSTITUTION_KINDS = {
    "university": "دانشگاه",
    "research_institute": "پژوهشگاه / مؤسسه پژوهشی",
}

RANKS = {
    "instructor": "مربی",
    "assistant_professor": "استادیار",
    "associate_professor": "دانشیار",
    "professor": "استاد",
}

FACULTY_STATUSES = {
    "active": "شاغل",
    "retired": "بازنشسته",
}

CENTRE_STATUSES = {
    "applicant": "متقاضی",
    "under_review": "در دست بررسی",
    "approved": "مصوب",
    "probation": "مشروط",
    "dissolution_advised": "پیشنهاد انحلال",
    "dissolved": "منحل",
}

# A centre in these states holds the council chair's decree (art. 8) and a period.
DECREED_STATUSES = frozenset({"approved", "probation", "dissolution_advised"})
# These follow from the annual evaluations (art. 10), never typed: see domain/evaluation.py.
COMPUTED_STATUSES = frozenset({"probation", "dissolution_advised"})

# A director is one of the members (art. 11); a collaborator is not a member (note 11).
MEMBERSHIP_ROLES = {
    "member": "عضو",
    "director": "مدیر",
    "collaborator": "همکار",
}
MEMBER_ROLES = frozenset({"member", "director"})


def label(table: dict[str, str], key: str | None) -> str:
    return table.get(key or "", key or "")
