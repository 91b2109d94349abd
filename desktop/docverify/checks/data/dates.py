"""Date checks: birth in the future, implausible ages, expiry before birth, expired, validity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from docverify import config
from docverify.checks import tables
from docverify.checks.context import Run, finding
from docverify.checks.dateutil import age_on, describe_days, years_between
from docverify.checks.registry import rule
from docverify.checks.where import field_box, position
from docverify.model import Finding, Severity

C, W = Severity.CRITICAL, Severity.WARNING
# Validity counts from the issue date, a few weeks before the holder gets the document.
_VALIDITY_SLACK_YEARS = 0.1


@rule({"date.birth_in_future": (C, "The birth date lies after today.")})
def birth_in_future(run: Run) -> Iterator[Finding]:
    birth = run.doc.birth_date
    if birth is not None and birth > run.today:
        yield finding(
            "date.birth_in_future", C, "The birth date {birth_date} is in the future.",
            {"birth_date": birth.isoformat()},
            field="birth_date", evidence={"birth_date": birth, "today": run.today},
            position=position(run, "birth"), region=field_box(run, "birth"),
        )


@rule({
    "date.age_over_max": (C, "The holder would be older than any plausible holder "
                             "(ChecksTunables.max_age_years)."),
    "date.age_under_min": (W, "The holder is younger than the youngest holder this kind of "
                              "document is issued to (resources/data/checks/min_ages.json)."),
})
def age_bounds(run: Run) -> Iterator[Finding]:
    doc, birth = run.doc, run.doc.birth_date
    if birth is None or birth > run.today:
        return
    age = age_on(birth, run.today)
    if age > config.CHECKS.max_age_years:
        yield finding(
            "date.age_over_max", C,
            "The holder would be {age} years old (born {birth_date}).",
            {"age": age, "birth_date": birth.isoformat()},
            field="birth_date", evidence={"birth_date": birth, "age": age,
                                          "max_age": config.CHECKS.max_age_years},
            position=position(run, "birth"), region=field_box(run, "birth"),
        )
    youngest = tables.min_age(doc.document_code)
    if age < youngest:
        yield finding(
            "date.age_under_min", W,
            "The holder is {age}; a {document_code} document is issued from age {min_age}.",
            {"age": age, "document_code": doc.document_code, "min_age": youngest},
            field="birth_date", evidence={"birth_date": birth, "age": age, "min_age": youngest,
                                          "document_code": doc.document_code},
            position=position(run, "birth"), region=field_box(run, "birth"),
        )


@rule({"date.expiry_before_birth": (C, "The expiry date is on or before the birth date.")})
def expiry_before_birth(run: Run) -> Iterator[Finding]:
    doc = run.doc
    if doc.birth_date is not None and doc.expiry_date is not None \
            and doc.expiry_date <= doc.birth_date:
        yield finding(
            "date.expiry_before_birth", C,
            "The document expires ({expiry_date}) before the holder was born ({birth_date}).",
            {"expiry_date": doc.expiry_date.isoformat(), "birth_date": doc.birth_date.isoformat()},
            field="expiry_date",
            evidence={"birth_date": doc.birth_date, "expiry_date": doc.expiry_date},
            position=position(run, "expiry"), region=field_box(run, "expiry"),
        )


@rule({"date.expired": (W, "The document has expired (the message says how long ago).")})
def expired(run: Run) -> Iterator[Finding]:
    expiry = run.doc.expiry_date
    if expiry is not None and expiry < run.today:
        days = (run.today - expiry).days
        yield finding(
            "date.expired", W, "The document expired on {expiry_date}, {ago} ago.",
            {"expiry_date": expiry.isoformat(), "ago": describe_days(days), "days": days},
            field="expiry_date", evidence={"expiry_date": expiry, "today": run.today,
                                           "days_ago": (run.today - expiry).days},
            position=position(run, "expiry"), region=field_box(run, "expiry"),
        )


def _default_max_years(code: str) -> float | None:
    return dict(config.CHECKS.max_validity_years).get(code[:1])


@rule({"date.validity_implausible": (W, "The expiry date is further ahead than this kind of "
                                        "document is ever issued for (validity per state and "
                                        "holder age, resources/data/checks/validity.json).")})
def validity_from_today(run: Run) -> Iterator[Finding]:
    """A document issued today at the latest cannot expire later than today + its validity."""
    doc = run.doc
    expiry = doc.expiry_date
    if expiry is None or expiry <= run.today:
        return
    ahead = years_between(run.today, expiry)
    entry = tables.validity(doc.document_code, doc.issuing_state)
    limit = float(entry["adult"]) if entry else _default_max_years(doc.document_code)
    minor = False
    if entry and doc.birth_date is not None:
        age = age_on(doc.birth_date, run.today)
        if 0 <= age < int(entry["minor_under"]):
            limit, minor = float(entry["minor"]), True
    if limit is None or ahead <= limit + _VALIDITY_SLACK_YEARS:
        return
    yield finding(
        "date.validity_implausible", W,
        ("The document expires {ahead:.1f} years from today; a {document_code} document of"
         " {state} issued to a holder under {minor_under} is valid for at most {limit:g} years.")
        if minor else
        ("The document expires {ahead:.1f} years from today; a {document_code} document of"
         " {state} is valid for at most {limit:g} years.") if entry else
        ("The document expires {ahead:.1f} years from today; a {document_code} document is"
         " valid for at most {limit:g} years."),
        {"ahead": ahead, "document_code": doc.document_code, "state": doc.issuing_state,
         "minor_under": entry["minor_under"] if entry else "", "limit": limit},
        field="expiry_date",
        evidence={"expiry_date": expiry, "today": run.today, "years_ahead": f"{ahead:.1f}",
                  "max_validity_years": f"{limit:g}",
                  "source": entry["source"] if entry else "ChecksTunables.max_validity_years"},
        position=position(run, "expiry"), region=field_box(run, "expiry"),
    )


def issue_date_findings(run: Run, issue: dt.date, region: object = None) -> Iterator[Finding]:
    """Checks of an issue date read from the visual zone (used by the visual-zone rules)."""
    doc = run.doc
    from docverify.model import Region

    box = region if isinstance(region, Region) else None
    if doc.expiry_date is not None and issue >= doc.expiry_date:
        yield finding(
            "date.issue_after_expiry", W,
            "The printed issue date {issue_date} is not before the expiry date {expiry_date}.",
            {"issue_date": issue.isoformat(), "expiry_date": doc.expiry_date.isoformat()},
            field="issue_date", evidence={"issue_date": issue, "expiry_date": doc.expiry_date},
            region=box,
        )
    if doc.birth_date is not None and issue < doc.birth_date:
        yield finding(
            "date.issue_before_birth", W,
            "The printed issue date {issue_date} is before the birth date {birth_date}.",
            {"issue_date": issue.isoformat(), "birth_date": doc.birth_date.isoformat()},
            field="issue_date", evidence={"issue_date": issue, "birth_date": doc.birth_date},
            region=box,
        )
    if issue > run.today:
        yield finding(
            "date.issue_in_future", W,
            "The printed issue date {issue_date} is in the future.",
            {"issue_date": issue.isoformat()},
            field="issue_date", evidence={"issue_date": issue, "today": run.today}, region=box,
        )
    if doc.expiry_date is not None and issue < doc.expiry_date:
        span = years_between(issue, doc.expiry_date)
        entry = tables.validity(doc.document_code, doc.issuing_state)
        limit = float(entry["adult"]) if entry else _default_max_years(doc.document_code)
        if limit is not None and span > limit + _VALIDITY_SLACK_YEARS:
            yield finding(
                "date.validity_implausible", W,
                "Issued {issue_date} and expiring {expiry_date}: {span:.1f} years, more than"
                " the {limit:g} years such a document is valid for.",
                {"issue_date": issue.isoformat(), "expiry_date": doc.expiry_date.isoformat(),
                 "span": span, "limit": limit},
                field="issue_date",
                evidence={"issue_date": issue, "expiry_date": doc.expiry_date,
                          "validity_years": f"{span:.1f}", "max_validity_years": f"{limit:g}"},
                region=box,
            )
