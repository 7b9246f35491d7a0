"""The life of an application, as an explicit state machine.

draft -> submitted -> in review -> (revision requested -> resubmitted)*
      -> approved -> issued -> completed
any open state -> rejected (with reason) | cancelled (by the resident, until approved)
"""

from enum import StrEnum

from adminduk.i18n import N_


class Status(StrEnum):
    DRAFT = "draf"
    SUBMITTED = "diajukan"
    IN_REVIEW = "diperiksa"
    REVISION_REQUESTED = "perlu_perbaikan"
    RESUBMITTED = "diajukan_ulang"
    APPROVED = "disetujui"
    ISSUED = "terbit"
    COMPLETED = "selesai"
    REJECTED = "ditolak"
    CANCELLED = "dibatalkan"


TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.SUBMITTED, Status.CANCELLED}),
    Status.SUBMITTED: frozenset({Status.IN_REVIEW, Status.REJECTED, Status.CANCELLED}),
    # Back to submitted/resubmitted: the officer's claim was released.
    Status.IN_REVIEW: frozenset(
        {
            Status.REVISION_REQUESTED,
            Status.APPROVED,
            Status.REJECTED,
            Status.CANCELLED,
            Status.SUBMITTED,
            Status.RESUBMITTED,
        }
    ),
    Status.REVISION_REQUESTED: frozenset({Status.RESUBMITTED, Status.REJECTED, Status.CANCELLED}),
    Status.RESUBMITTED: frozenset({Status.IN_REVIEW, Status.REJECTED, Status.CANCELLED}),
    Status.APPROVED: frozenset({Status.ISSUED, Status.REJECTED}),
    Status.ISSUED: frozenset({Status.COMPLETED}),
    Status.COMPLETED: frozenset(),
    Status.REJECTED: frozenset(),
    Status.CANCELLED: frozenset(),
}

OPEN = frozenset(
    {
        Status.DRAFT,
        Status.SUBMITTED,
        Status.IN_REVIEW,
        Status.REVISION_REQUESTED,
        Status.RESUBMITTED,
    }
)
WAITING_FOR_OFFICER = frozenset({Status.SUBMITTED, Status.RESUBMITTED})
RESIDENT_EDITABLE = frozenset({Status.DRAFT, Status.REVISION_REQUESTED})

LABELS = {
    Status.DRAFT: N_("Draf"),
    Status.SUBMITTED: N_("Diajukan"),
    Status.IN_REVIEW: N_("Sedang diperiksa"),
    Status.REVISION_REQUESTED: N_("Perlu perbaikan"),
    Status.RESUBMITTED: N_("Diajukan ulang"),
    Status.APPROVED: N_("Disetujui"),
    Status.ISSUED: N_("Dokumen terbit"),
    Status.COMPLETED: N_("Selesai"),
    Status.REJECTED: N_("Ditolak"),
    Status.CANCELLED: N_("Dibatalkan"),
}


class IllegalTransition(Exception):
    def __init__(self, current: Status, target: Status) -> None:
        super().__init__(f"{current.value} -> {target.value}")
        self.current = current
        self.target = target


def check_transition(current: Status, target: Status) -> None:
    if target not in TRANSITIONS[current]:
        raise IllegalTransition(current, target)
