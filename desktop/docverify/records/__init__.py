"""The audit trail and the repeat-use registry: ``open_records(path).record(result, ...)``."""

from __future__ import annotations

from docverify.records.model import AuditRecord, ChainReport, RecordId, RepeatUse
from docverify.records.store import RecordStore, open_records

__all__ = ["AuditRecord", "ChainReport", "RecordId", "RecordStore", "RepeatUse", "open_records"]
