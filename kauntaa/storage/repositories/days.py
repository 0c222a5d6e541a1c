"""Read-only queries behind the day summary, written for a busy day at a big shop.

They use Core tables on the session's connection rather than ORM entities (the
ORM layer doubles the cost per row), and read names once per person rather
than once per visit, so a day with thousands of visits stays quick.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Row, String, Table, and_, case, func, select, type_coerce, union
from sqlalchemy.orm import Session

from kauntaa.domain.activity import Note, Reminder
from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.introductions import IntroductionStatus
from kauntaa.domain.summary import NoteLine, OverdueLine, VisitorLine
from kauntaa.storage.repositories import introductions
from kauntaa.storage.schema import CustomerRow, IntroductionRow, NoteRow, ReminderRow, VisitRow


def _table(row_type: Any) -> Table:
    table = row_type.__table__
    assert isinstance(table, Table)
    return table


customer = _table(CustomerRow)
visit = _table(VisitRow)
note = _table(NoteRow)
reminder = _table(ReminderRow)

_NAME_COLUMNS = (customer.c.id, customer.c.name, customer.c.reading, customer.c.call_name)


def _ref(row: Sequence[Any]) -> CustomerRef:
    """A name from the first four columns (``_NAME_COLUMNS``)."""
    return CustomerRef._make(row[:4])


def _text(column: Any) -> Any:
    """A date or time column as its stored ISO text: parsing thousands of them through
    SQLAlchemy's type layer costs more than the query itself."""
    return type_coerce(column, String)


#: The visitors query, written out: run on the driver's own cursor, its 5,700 rows on
#: the busiest demo day come back as plain tuples, at a third of the cost of result rows.
_VISITORS_SQL = (
    "SELECT c.id, c.name, c.reading, c.call_name, v.at, v.order_text, c.first_seen"
    " FROM visit AS v JOIN customer AS c ON c.id = v.customer_id"
    " WHERE v.at >= ? AND v.at < ? ORDER BY v.at"
)


def _stored(moment: datetime) -> str:
    """A time as SQLAlchemy stores it in SQLite, so text comparison orders it right."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def visitors(session: Session, start: datetime, end: datetime) -> list[VisitorLine]:
    """Visits in [start, end) in order of arrival; someone first seen that day is a new face.

    One join over the covering visit index, each name read with its visit: on
    the busiest demo day this is the bulk of the day summary.
    """
    day = start.date().isoformat()
    parse = datetime.fromisoformat
    ref = CustomerRef
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        rows = cursor.execute(_VISITORS_SQL, (_stored(start), _stored(end))).fetchall()
    finally:
        cursor.close()
    return [VisitorLine(ref(r[0], r[1], r[2], r[3]), parse(r[4]), r[5], r[6] == day) for r in rows]


def notes(session: Session, start: datetime, end: datetime) -> list[NoteLine]:
    """Notes written in [start, end), with their authors' subjects, oldest first."""
    parse = datetime.fromisoformat
    rows = (
        session.connection()
        .execute(
            select(
                *_NAME_COLUMNS,
                note.c.id,
                note.c.body,
                note.c.pinned,
                note.c.private,
                _text(note.c.created_at),
                _text(note.c.updated_at),
            )
            .select_from(note.join(customer, customer.c.id == note.c.customer_id))
            .where(note.c.created_at >= start, note.c.created_at < end)
            .order_by(note.c.created_at, note.c.id)
        )
        .all()
    )
    return [
        NoteLine(_ref(r), Note(r[4], r[0], r[5], r[6], r[7], parse(r[8]), parse(r[9])))
        for r in rows
    ]


_REMINDER_COLUMNS = (
    reminder.c.id,
    reminder.c.text,
    reminder.c.customer_id,
    reminder.c.due_on,
    reminder.c.on_next_visit,
    reminder.c.introduction_id,
    reminder.c.created_at,
    reminder.c.done_at,
    # Sort key, after the Reminder fields: dated promises first.
    reminder.c.due_on.is_(None).label("undated"),
)


def open_reminders(session: Session, day: date, start: datetime, end: datetime) -> list[Reminder]:
    """Dated reminders due by ``day``, and next-visit ones for people who came that day.

    Two indexed look-ups (by due date, by the day's visitors) rather than one OR
    that would test every open reminder against the visits.
    """
    still_open = and_(reminder.c.done_at.is_(None), reminder.c.created_at < end)
    visitors_of_day = select(visit.c.customer_id).where(visit.c.at >= start, visit.c.at < end)
    rows = (
        session.connection()
        .execute(
            union(
                select(*_REMINDER_COLUMNS).where(still_open, reminder.c.due_on <= day),
                select(*_REMINDER_COLUMNS).where(
                    still_open,
                    reminder.c.on_next_visit.is_(True),
                    reminder.c.customer_id.in_(visitors_of_day),
                ),
            )
            # Dated promises first, by date; then the ones waiting for today's visitors.
            .order_by("undated", "due_on", "id")
        )
        .all()
    )
    return [Reminder(*r[:-1]) for r in rows]


def overdue(session: Session, day: date, *, window_days: int, limit: int) -> list[OverdueLine]:
    """Regulars past their own allowance (``overdue_from``), most overdue for their rhythm first.

    ``overdue_from`` is kept by the visit repository from the domain's rhythm
    rule, so the filter and the ranking both run inside SQLite.
    """
    days_since = (day.toordinal() - customer.c.last_visit_day).label("days_since")
    ratio = (days_since / customer.c.rhythm_days).label("ratio")
    # Ranked from the covering index alone; names are read for the few shown.
    ranked = (
        session.connection()
        .execute(
            select(customer.c.id, customer.c.rhythm_days, days_since, ratio)
            .where(
                customer.c.overdue_from <= day,
                customer.c.overdue_from > day - timedelta(days=window_days),
                customer.c.archived_at.is_(None),
                customer.c.rhythm_days > 0,
            )
            .order_by(ratio.desc(), customer.c.id)
            .limit(limit)
        )
        .all()
    )
    details = {
        r[0]: r
        for r in session.connection().execute(
            select(*_NAME_COLUMNS, customer.c.usual_weekday).where(
                customer.c.id.in_([r[0] for r in ranked])
            )
        )
    }
    return [
        OverdueLine(
            customer=_ref(details[r[0]]),
            typical_gap_days=float(r[1]),
            usual_weekday=details[r[0]][4],
            days_since=int(r[2]),
            ratio=float(r[3]),
        )
        for r in ranked
    ]


# -- the rest of the day's records ------------------------------------------------


def reminders_done(session: Session, start: datetime, end: datetime) -> list[Reminder]:
    rows = (
        session.connection()
        .execute(
            select(*_REMINDER_COLUMNS)
            .where(reminder.c.done_at >= start, reminder.c.done_at < end)
            .order_by(reminder.c.done_at, reminder.c.id)
        )
        .all()
    )
    return [Reminder(*r[:-1]) for r in rows]


def with_open_reminder(session: Session, customer_ids: Sequence[int]) -> set[int]:
    """Those among ``customer_ids`` who already have an open reminder about them."""
    if not customer_ids:
        return set()
    rows = session.connection().execute(
        select(reminder.c.customer_id).where(
            reminder.c.customer_id.in_(list(customer_ids)), reminder.c.done_at.is_(None)
        )
    )
    return {r[0] for r in rows}


def first_visit(session: Session) -> date | None:
    """The day of the first visit the shop recorded (read from the end of an index)."""
    at = session.connection().execute(select(_text(visit.c.at)).order_by(visit.c.at).limit(1))
    first = at.scalar()
    return date.fromisoformat(first[:10]) if first else None


def planned_pairs_who_both_came(session: Session, came: set[int]) -> list[IntroductionRow]:
    """Planned introductions whose two people are both among ``came`` (the day's visitors).

    The planned pairs are few: their ids are read with Core and matched here,
    and only the matching ones are loaded as rows. (An IN over the day's visits
    for each side made SQLite rescan the visits per row.)
    """
    intro = _table(IntroductionRow)
    pairs = session.connection().execute(
        select(intro.c.id, intro.c.person_a_id, intro.c.person_b_id).where(
            intro.c.status == IntroductionStatus.PLANNED.value
        )
    )
    wanted = [r[0] for r in pairs if r[1] in came and r[2] in came]
    if not wanted:
        return []
    return list(
        session.scalars(
            select(IntroductionRow)
            .where(IntroductionRow.id.in_(wanted))
            .order_by(IntroductionRow.id)
        )
    )


def _made(start: date, end: date) -> Any:
    return and_(
        IntroductionRow.introduced_on >= start,
        IntroductionRow.introduced_on < end,
        IntroductionRow.status == IntroductionStatus.DONE.value,
    )


def _outcome(start: date, end: date) -> Any:
    return and_(
        IntroductionRow.outcome_on >= start,
        IntroductionRow.outcome_on < end,
        IntroductionRow.introduced_on < start,
    )


def introductions_made(
    session: Session, start: date, end: date, *, limit: int | None = None
) -> list[IntroductionRow]:
    """Introductions made in [start, end), in the order they were made."""
    return list(
        session.scalars(
            select(IntroductionRow)
            .where(_made(start, end))
            .order_by(IntroductionRow.introduced_on, IntroductionRow.created_at)
            .limit(limit)
        )
    )


def outcomes_recorded(
    session: Session, start: date, end: date, *, limit: int | None = None
) -> Sequence[Row[Any]]:
    """Earlier introductions whose outcome was written down in [start, end)."""
    return session.execute(
        select(*introductions.FIELDS)
        .where(_outcome(start, end))
        .order_by(IntroductionRow.outcome_on, IntroductionRow.id)
        .limit(limit)
    ).all()


def introduction_counts(session: Session, start: date, end: date) -> tuple[int, int]:
    """How many introductions were made in [start, end), and how many earlier ones had an outcome."""
    made = select(func.count()).where(_made(start, end)).scalar_subquery()
    outcomes = select(func.count()).where(_outcome(start, end)).scalar_subquery()
    row = session.connection().execute(select(made, outcomes)).one()
    return int(row[0]), int(row[1])


# -- figures for the charts -------------------------------------------------------


def _midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def visits_by_hour(session: Session, day: date) -> list[int]:
    """24 counts: the visits of ``day`` by hour of arrival (read from the covering index)."""
    hour = func.substr(_text(visit.c.at), 12, 2)
    counts = [0] * 24
    for h, n in session.connection().execute(
        select(hour, func.count())
        .where(visit.c.at >= _midnight(day), visit.c.at < _midnight(day + timedelta(days=1)))
        .group_by(hour)
    ):
        counts[int(h)] = n
    return counts


def visits_per_day(session: Session, first: date, last: date) -> list[tuple[date, int]]:
    """Visits on each day from ``first`` to ``last`` (inclusive), oldest first.

    One counted index range per day: grouping the whole range by a text
    expression costs several times more on a busy shop.
    """
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    if not days:
        return []
    counts = [
        select(func.count())
        .where(visit.c.at >= _midnight(d), visit.c.at < _midnight(d + timedelta(days=1)))
        .scalar_subquery()
        for d in days
    ]
    row = session.connection().execute(select(*counts)).one()
    return list(zip(days, (int(n) for n in row), strict=True))


def new_faces_per_day(session: Session, first: date, last: date) -> dict[date, int]:
    """How many people were first seen on each day from ``first`` to ``last``."""
    seen = _text(customer.c.first_seen)
    rows = session.connection().execute(
        select(seen, func.count())
        .where(customer.c.first_seen >= first, customer.c.first_seen <= last)
        .group_by(seen)
    )
    return {date.fromisoformat(d[:10]): n for d, n in rows}


def new_faces(session: Session, first: date, end: date, *, limit: int | None) -> list[CustomerRef]:
    """People first seen in [first, end), earliest first (at most ``limit``)."""
    rows = session.connection().execute(
        select(*_NAME_COLUMNS)
        .where(customer.c.first_seen >= first, customer.c.first_seen < end)
        .order_by(customer.c.first_seen, customer.c.id)
        .limit(limit)
    )
    return [_ref(r) for r in rows]


# -- a week or a month ------------------------------------------------------------


#: Stands in for "no rhythm" in comparisons, so they are false rather than NULL.
_NO_RHYTHM = 1e9


class Attendance(NamedTuple):
    visitors: int
    regulars_seen: int
    regulars_missed: int


def _came(start: datetime, end: datetime) -> Any:
    """1 when a customer came in [start, end), else 0: from the cached last visit where it tells.

    Only customers whose last visit lies after the range need the visits
    themselves; SQLite then builds the set of the range's visitors once. For the
    running week or month that is nobody, so the visit table is not read.
    """
    in_range = select(visit.c.customer_id).where(visit.c.at >= start, visit.c.at < end)
    # The last visit's day number, not its time: with the rhythm and the archive
    # flag it is in ix_customer_overdue, so the pass reads that index alone.
    # NULL (never came) falls through to the visits, which have none.
    last_day = customer.c.last_visit_day
    return case(
        (last_day < start.toordinal(), 0),
        (last_day < end.toordinal(), 1),
        (customer.c.id.in_(in_range), 1),
        else_=0,
    )


def _period_columns(
    start: date, end: date, previous: date, regular_gap: float
) -> tuple[Any, Any, Any]:
    came = _came(_midnight(start), _midnight(end))
    came_before = _came(_midnight(previous), _midnight(start))
    # Never NULL (no rhythm yet is "not a regular"): NOT over a NULL would count them.
    regular = and_(
        func.coalesce(customer.c.rhythm_days, _NO_RHYTHM) <= regular_gap,
        customer.c.archived_at.is_(None),
    )
    # Missed: a regular who came before and not now (each test only when still needed).
    missed = case((came == 1, 0), (~regular, 0), else_=came_before)
    return came, regular, missed


def attendance(
    session: Session, start: date, end: date, previous: date, *, regular_gap: float
) -> Attendance:
    """Different visitors in [start, end); regulars who came, and who came only in [previous, start).

    One plain pass over the customer table: most rows of a busy shop qualify,
    and reading them in order is several times cheaper than through an index.
    """
    came, regular, missed = _period_columns(start, end, previous, regular_gap)
    row = (
        session.connection()
        .execute(
            select(
                func.coalesce(func.sum(came), 0),
                func.coalesce(func.sum(case((regular, came), else_=0)), 0),
                func.coalesce(func.sum(missed), 0),
            )
        )
        .one()
    )
    return Attendance(int(row[0]), int(row[1]), int(row[2]))


def regulars(
    session: Session,
    start: date,
    end: date,
    previous: date,
    *,
    regular_gap: float,
    seen: bool,
    limit: int,
) -> list[CustomerRef]:
    """Regulars who came in [start, end) (``seen``), or who came only before it.

    The most regular first: the shortest usual gap (read from the same index).
    """
    came, regular, missed = _period_columns(start, end, previous, regular_gap)
    wanted = and_(regular, came == 1) if seen else missed == 1
    rows = session.connection().execute(
        select(*_NAME_COLUMNS)
        .where(wanted)
        .order_by(customer.c.rhythm_days, customer.c.id)
        .limit(limit)
    )
    return [_ref(r) for r in rows]


class PeriodPeople(NamedTuple):
    visitors: int
    regulars_seen: int
    regulars_missed: int
    seen: list[CustomerRef]  # at most ``limit``, the most regular (shortest gap) first
    missed: list[CustomerRef]


def _visitor_ids(session: Session, start: date, end: date) -> set[int]:
    rows = session.connection().execute(
        select(visit.c.customer_id)
        .where(visit.c.at >= _midnight(start), visit.c.at < _midnight(end))
        .distinct()
    )
    return {r[0] for r in rows}


def period_people(
    session: Session, start: date, end: date, previous: date, *, regular_gap: float, limit: int
) -> PeriodPeople:
    """Different visitors in [start, end), and the regulars who came or came only before it.

    While the period runs, everyone's cached last visit answers whether they
    came (``attendance``/``regulars``, inside SQLite). Once later visits exist,
    each range's visitors are read once from the visit index as a set, and the
    regulars are matched against the two sets here: asking the visit table per
    customer costs several times more on a busy shop.
    """
    latest = session.connection().execute(select(func.max(visit.c.at))).scalar()
    if latest is None or latest < _midnight(end):
        counts = attendance(session, start, end, previous, regular_gap=regular_gap)
        return PeriodPeople(
            counts.visitors,
            counts.regulars_seen,
            counts.regulars_missed,
            regulars(
                session, start, end, previous, regular_gap=regular_gap, seen=True, limit=limit
            ),
            regulars(
                session, start, end, previous, regular_gap=regular_gap, seen=False, limit=limit
            ),
        )
    came = _visitor_ids(session, start, end)
    came_before = _visitor_ids(session, previous, start)
    loyal = session.connection().execute(
        select(customer.c.id, customer.c.rhythm_days).where(
            customer.c.rhythm_days <= regular_gap, customer.c.archived_at.is_(None)
        )
    )
    seen: list[tuple[float, int]] = []
    missed: list[tuple[float, int]] = []
    for customer_id, gap in loyal:
        if customer_id in came:
            seen.append((gap, customer_id))
        elif customer_id in came_before:
            missed.append((gap, customer_id))
    top_seen = [i for _n, i in sorted(seen)[:limit]]
    top_missed = [i for _n, i in sorted(missed)[:limit]]
    names = {
        r[0]: _ref(r)
        for r in session.connection().execute(
            select(*_NAME_COLUMNS).where(customer.c.id.in_(top_seen + top_missed))
        )
    }
    return PeriodPeople(
        len(came),
        len(seen),
        len(missed),
        [names[i] for i in top_seen],
        [names[i] for i in top_missed],
    )
