"""The beneficiary's rights over a case: withdrawing a consent, and anonymising a finished case.

Withdrawing the consent to publicity photos takes every document of the case out
of publicity use at once. Anonymising keeps what the union needs to account for
(steps, dates, amounts, the house's photos) and removes the person.
"""

from __future__ import annotations

import json

from cdtt_desktop.domain import housing_checks as checks
from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain import values as v
from cdtt_desktop.domain.housing import SENSITIVE_DOCUMENTS, CaseContent, CaseStep, ConsentUse
from cdtt_desktop.domain.messages import Problem, ValidationError
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.records import Row


def _content(row: Row) -> CaseContent:
    return CaseContent.from_json(json.loads(row["content"] or "{}"))


def withdraw_consent(ws: Workspace, case_id: str, use: str, *, on: str) -> None:
    """Record that the beneficiary withdrew a consent on `on`; publicity withdrawn → no document is public."""
    day, problem = v.parse_date(on, "withdrawn_on")
    if day is None:
        raise ValidationError([problem or Problem("withdrawn_on", m.REQUIRED)])
    with transaction(ws.db):
        row = ws.housing.get(case_id)
        content = _content(row)
        active = [c for c in content.consents if c.use == use and not c.withdrawn_on]
        if not active:
            raise ValidationError([Problem("consents", checks.NO_CONSENT_TO_WITHDRAW)])
        for consent in active:
            consent.withdrawn_on = day.isoformat()
        ws.housing.update(case_id, {"content": content.to_json()})
        if use == ConsentUse.PUBLICITY_PHOTOS.value:
            ws.housing.clear_publicity(case_id)


def anonymise_case(ws: Workspace, case_id: str) -> None:
    """Remove the person from a finished case: the name becomes 'Đoàn viên #N'; CCCD, phone, birth date,
    street, illness and the free texts are cleared, as are the timeline's notes; sensitive documents are
    unlinked. Only a closed or not-eligible case; audited (without the removed values)."""
    with transaction(ws.db):
        row = ws.housing.get(case_id)
        if CaseStep(row["step"]) not in (CaseStep.CLOSED, CaseStep.NOT_ELIGIBLE):
            raise ValidationError([Problem("step", checks.ANONYMISE_ONLY_FINISHED)])
        if row["anonymised"]:
            return
        content = _content(row)
        content.full_name = checks.ANONYMOUS_NAME.format(number=row["number"])
        for name in checks.ANONYMISED_FIELDS:
            setattr(content, name, "")
        ws.housing.update(case_id, {"beneficiary_name": content.full_name, "content": content.to_json(),
                                    "anonymised": 1})
        ws.housing.clear_step_texts(case_id)
        ws.housing.unlink_kinds(case_id, SENSITIVE_DOCUMENTS)
