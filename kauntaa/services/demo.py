"""The demo café behind ``kauntaa demo``: a believable shop to look around in, and to measure with.

An empty app shows nothing of what Kauntaa is for, and its speed only matters
at the size of a busy shop. So this fills an empty data file with a Japanese
neighbourhood café: regulars with real-looking names and readings, their
rhythms over the last six months, notes, circles and their workshops,
introductions and what came of them, reminders and day notes.

The same seed and the same clock give the same shop, byte for byte: names are
drawn once from Faker's ja_JP pools and every other choice comes from one
``random.Random(seed)``. Rows go in through the bulk helpers of the storage
layer, in one transaction, so a demo shop is either complete or not there.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta
from enum import Enum
from itertools import accumulate
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from kauntaa.domain.activity import VisitSource
from kauntaa.domain.introductions import IntroductionStatus, OutcomeKind
from kauntaa.domain.search import SearchTerm, customer_terms
from kauntaa.domain.text import fold, reading_romaji
from kauntaa.errors import Message, UserError
from kauntaa.services import demo_data
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.storage.repositories import bulk
from kauntaa.storage.repositories.visits import figures
from kauntaa.storage.schema import (
    TABLES_WITH_ROWS,
    CircleMemberRow,
    CircleRow,
    CustomerRow,
    CustomerTagRow,
    DayNoteRow,
    EventAttendeeRow,
    EventRow,
    IntroductionRow,
    NoteRow,
    ReminderRow,
    VisitRow,
)

MAX_CUSTOMERS = 200_000
#: How far back the visit history goes.
HISTORY_DAYS = 182
#: Customers generated and written per round; also the progress step.
BATCH = 2_000
#: Names drawn from Faker per pool; its weights (佐藤 is common) survive in the sample.
NAME_DRAWS = 2_000

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class DemoReport:
    """How many of each record the demo café holds."""

    customers: int
    visits: int
    notes: int
    introductions: int
    circles: int
    events: int
    reminders: int

    @classmethod
    def of(cls, counts: Counter[str]) -> DemoReport:
        return cls(**{f.name: counts[f.name] for f in fields(cls)})


class _Pattern(Enum):
    """How often someone comes."""

    WEEKLY = "weekly"  # the same weekday, most weeks
    FREQUENT = "frequent"  # every few days
    OCCASIONAL = "occasional"  # every couple of weeks or so
    RARE = "rare"  # once to three times
    OVERDUE = "overdue"  # had a rhythm, stopped coming some weeks ago
    NEW = "new"  # first visit today


_PATTERNS = tuple(_Pattern)
_PATTERN_WEIGHTS = tuple(accumulate((22, 6, 44, 22, 5, 1)))

# Time-of-day slots as (first minute, length in minutes): the lunch and after-work
# rushes carry most visits.
_SLOTS = ((8 * 60, 150), (11 * 60 + 30, 120), (14 * 60, 180), (17 * 60 + 30, 120))
_SLOT_WEIGHTS = tuple(accumulate((15, 45, 10, 30)))
#: Share of someone's visits in their own usual slot.
_OWN_SLOT = 0.8
#: Share of visits where they order their usual.
_USUAL_ORDER = 0.7

_TAG_COUNT_WEIGHTS = tuple(accumulate((15, 30, 30, 20, 5)))
_NEED_TO_OFFER = dict(demo_data.NEEDS)
_MENU = tuple(item for item, _ in demo_data.MENU)
_MENU_WEIGHTS = tuple(accumulate(weight for _, weight in demo_data.MENU))
_NOTES_WITHOUT_OCCUPATION = tuple(n for n in demo_data.NOTES if "{occupation}" not in n)
_OUTCOMES_BY_NEED = (
    (OutcomeKind.WORK, 40),
    (OutcomeKind.FRIENDSHIP, 15),
    (OutcomeKind.COLLABORATION, 10),
    (OutcomeKind.NONE_YET, 25),
    (OutcomeKind.OTHER, 10),
)
_OUTCOMES_BY_INTEREST = (
    (OutcomeKind.WORK, 5),
    (OutcomeKind.FRIENDSHIP, 40),
    (OutcomeKind.COLLABORATION, 20),
    (OutcomeKind.NONE_YET, 25),
    (OutcomeKind.OTHER, 10),
)


def _memo(cache: dict[K, V], key: K, make: Callable[[], V]) -> V:
    found = cache.get(key)
    if found is None:
        found = cache[key] = make()
    return found


@dataclass(frozen=True, slots=True)
class _NamePools:
    """(written, hiragana reading) pairs, drawn from Faker once per generation."""

    families: list[tuple[str, str]]
    women: list[tuple[str, str]]
    men: list[tuple[str, str]]
    jobs: list[str]
    email_domains: list[str]

    @classmethod
    def draw(cls, seed: int) -> _NamePools:
        from faker import Faker  # slow to import; only the demo needs it

        fake = Faker("ja_JP")
        fake.seed_instance(seed)

        def pairs(draw: Callable[[], tuple[str, str, str]]) -> list[tuple[str, str]]:
            return [(kanji, fold(kana)) for kanji, kana, _ in (draw() for _ in range(NAME_DRAWS))]

        return cls(
            families=pairs(fake.last_name_pair),
            women=pairs(fake.first_name_female_pair),
            men=pairs(fake.first_name_male_pair),
            jobs=[str(fake.job()) for _ in range(200)],
            email_domains=[str(fake.free_email_domain()) for _ in range(20)],
        )


class _Terms:
    """``customer_terms`` of a card, in three cached parts: names repeat, card texts repeat.

    ``customer_terms`` drops duplicates per (kind, term), and each part holds its
    own kinds (names; tags; occupation, offers and looking-for), so joining the
    parts gives exactly the terms of the whole card, at a fraction of the cost.
    """

    def __init__(self) -> None:
        self._names: dict[tuple[str, str, str], list[SearchTerm]] = {}
        self._tags: dict[tuple[str, ...], list[SearchTerm]] = {}
        self._profiles: dict[tuple[str, str, str], list[SearchTerm]] = {}

    def of(self, row: Row, tags: tuple[str, ...]) -> list[SearchTerm]:
        name, reading, call_name = row["name"], row["reading"], row["call_name"]
        profile = (row["occupation"], row["offers"], row["looking_for"])
        tag_set = tuple(sorted(tags))  # the order of tags does not change their terms
        return (
            _memo(
                self._names,
                (name, reading, call_name),
                lambda: customer_terms(name=name, reading=reading, call_name=call_name),
            )
            + _memo(self._tags, tag_set, lambda: customer_terms(name="", reading="", tags=tag_set))
            + _memo(
                self._profiles,
                profile,
                lambda: customer_terms(
                    name="",
                    reading="",
                    occupation=profile[0],
                    offers=profile[1],
                    looking_for=profile[2],
                ),
            )
        )


@dataclass(slots=True)
class _Batch:
    customers: list[Row] = field(default_factory=list)
    tags: list[Row] = field(default_factory=list)
    terms: list[tuple[int, list[SearchTerm]]] = field(default_factory=list)
    visits: list[Row] = field(default_factory=list)
    notes: list[Row] = field(default_factory=list)


class _Cafe:
    """One generation: the random source, the calendar, and what later steps need to know.

    Customers are made and written batch by batch; circles, introductions and
    reminders come last, from a few facts kept per customer (ids are 1..n).
    """

    def __init__(self, session: Session, now: datetime, seed: int) -> None:
        self.session = session
        self.now = now
        self.rng = random.Random(seed)
        # UIDs from their own stream: the same seed gives the same shop, uids included,
        # and the rest of the shop is what it was before customers had uids.
        self.uids = random.Random(f"{seed}:uid")
        self.names = _NamePools.draw(seed)
        self.terms = _Terms()
        self.counts: Counter[str] = Counter()
        self.today = now.date().toordinal()
        self.first_day = self.today - HISTORY_DAYS
        # Midnight of every day in the history, by ordinal - first_day.
        self.midnights = [
            datetime.combine(date.fromordinal(d), time.min)
            for d in range(self.first_day, self.today + 1)
        ]
        # Per customer, indexed by id - 1.
        self.display_names: list[str] = []
        self.first_visit: list[datetime] = []
        self.customer_tags: list[tuple[str, ...]] = []
        # Who could be introduced, and why.
        self.by_tag: dict[str, list[int]] = {tag: [] for tag in demo_data.TAGS}
        self.by_offer: dict[str, list[int]] = {}
        self.seekers: list[tuple[int, str]] = []
        self.no_introductions: list[bool] = []

    # -- customers --------------------------------------------------------

    def customers(self, total: int, progress: Callable[[int, int], None] | None) -> None:
        for start in range(1, total + 1, BATCH):
            batch = _Batch()
            for customer_id in range(start, min(start + BATCH, total + 1)):
                self._customer(customer_id, batch)
            self._write(batch)
            done = self.counts["customers"]
            if progress is not None and done < total:
                progress(done, total)

    def _write(self, batch: _Batch) -> None:
        s = self.session
        bulk.insert_rows(s, CustomerRow, batch.customers)
        bulk.insert_rows(s, CustomerTagRow, batch.tags)
        bulk.insert_terms(s, batch.terms)
        bulk.insert_rows(s, VisitRow, batch.visits)
        bulk.insert_rows(s, NoteRow, batch.notes)
        bulk.index_notes(s, ((n["id"], n["body"]) for n in batch.notes))
        self.counts.update(
            customers=len(batch.customers), visits=len(batch.visits), notes=len(batch.notes)
        )

    def _customer(self, customer_id: int, batch: _Batch) -> None:
        rng = self.rng
        row = self._card(customer_id)
        tags = tuple(rng.sample(demo_data.TAGS, self._pick_index(_TAG_COUNT_WEIGHTS)))
        times = self._visit_times(_PATTERNS[self._pick_index(_PATTERN_WEIGHTS)])
        row.update(figures(times, self.now.date()))
        row["created_at"] = row["updated_at"] = times[0]
        row["newsletter_consent_at"] = times[0] if row["newsletter_consent"] else None
        row["uid"] = str(uuid.UUID(int=self.uids.getrandbits(128), version=4))
        batch.customers.append(row)
        batch.tags += [
            {"customer_id": customer_id, "tag": tag, "position": i} for i, tag in enumerate(tags)
        ]
        batch.terms.append((customer_id, self.terms.of(row, tags)))
        usual = row["usual_order"]
        batch.visits += [
            {
                "customer_id": customer_id,
                "at": at,
                "order_text": usual if rng.random() < _USUAL_ORDER else self._menu_item(),
                "source": VisitSource.DEMO.value,
            }
            for at in times
        ]
        self._notes(customer_id, row, tags, times, batch)
        self._remember(customer_id, row, tags, times)

    def _card(self, customer_id: int) -> Row:
        rng = self.rng
        family, family_reading = rng.choice(self.names.families)
        given, given_reading = rng.choice(
            self.names.women if rng.random() < 0.55 else self.names.men
        )
        occupation, offers = self._persona()
        looking_for = rng.choice(demo_data.NEEDS)[0] if rng.random() < 0.25 else ""
        reading = f"{family_reading} {given_reading}"
        return {
            "id": customer_id,
            "name": f"{family} {given}",
            "reading": reading,
            "call_name": self._call_name(family, given_reading),
            "usual_order": self._menu_item(),
            "occupation": occupation,
            "offers": offers,
            "looking_for": looking_for,
            "phone": self._phone() if rng.random() < 0.25 else "",
            "email": self._email(reading) if rng.random() < 0.2 else "",
            "address": "",
            "birthday": self._birthday() if rng.random() < 0.15 else None,
            "newsletter_consent": rng.random() < 0.3,
            "do_not_introduce": rng.random() < 0.03,
            "archived_at": None,
            "source": VisitSource.DEMO.value,
        }

    def _persona(self) -> tuple[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.55:
            persona = rng.choice(demo_data.PERSONAS)
            return persona.occupation, persona.offers if rng.random() < 0.7 else ""
        if roll < 0.7:
            return rng.choice(demo_data.PLAIN_OCCUPATIONS), ""
        if roll < 0.85:
            return rng.choice(self.names.jobs), ""
        return "", ""

    def _call_name(self, family: str, given_reading: str) -> str:
        roll = self.rng.random()
        if roll < 0.4:
            return f"{given_reading}さん"
        if roll < 0.6:
            return f"{family}さん"
        # A short form ("ゆうさん" for ゆうき, "けんちゃん" for けんいち) only where it sounds right.
        short = given_reading[:2] if len(given_reading) > 2 and given_reading[1] in "うん" else ""
        if roll < 0.8 and short:
            return f"{short}さん" if roll < 0.7 else f"{short}ちゃん"
        if roll < 0.8:
            return f"{given_reading}さん"
        return ""

    def _phone(self) -> str:
        rng = self.rng
        return (
            f"0{rng.choice((90, 80, 70))}-{rng.randrange(10_000):04d}-{rng.randrange(10_000):04d}"
        )

    def _email(self, reading: str) -> str:
        family, given = reading_romaji(reading).lower().split()
        return (
            f"{given}.{family}{self.rng.randrange(100)}@{self.rng.choice(self.names.email_domains)}"
        )

    def _birthday(self) -> date:
        return date.fromordinal(
            self.rng.randint(date(1950, 1, 1).toordinal(), date(2006, 12, 31).toordinal())
        )

    def _menu_item(self) -> str:
        return self.rng.choices(_MENU, cum_weights=_MENU_WEIGHTS)[0]

    def _pick_index(self, cum_weights: Sequence[int]) -> int:
        return self.rng.choices(range(len(cum_weights)), cum_weights=cum_weights)[0]

    # -- visits -----------------------------------------------------------

    def _visit_days(self, pattern: _Pattern) -> list[int]:
        """Visit days as ordinals, ascending, up to today."""
        rng, today = self.rng, self.today
        # Most people have been coming since before the history starts.
        since = self.first_day + int(rng.random() ** 2 * (HISTORY_DAYS - 30))
        if pattern is _Pattern.WEEKLY:
            return self._weekly(since, today)
        if pattern is _Pattern.FREQUENT:
            return self._every(since, today, 2, 6)
        if pattern is _Pattern.OCCASIONAL:
            return self._every(since, today, 8, 35)
        if pattern is _Pattern.OVERDUE:
            # A clear rhythm (half of them on the same weekday) that stopped 3 to 10 weeks ago.
            stop = today - rng.randint(21, 70)
            since = min(since, stop - 8 * 7)
            return (
                self._weekly(since, stop) if rng.random() < 0.5 else self._every(since, stop, 3, 6)
            )
        if pattern is _Pattern.RARE:
            return sorted(rng.sample(range(self.first_day, today + 1), rng.randint(1, 3)))
        return [today]

    def _weekly(self, since: int, stop: int) -> list[int]:
        """Most weeks on one weekday, now and then a second visit in the same week."""
        rng = self.rng
        weekday = rng.randrange(7)
        day = since + (weekday - (since - 1) % 7) % 7  # ordinal 1 was a Monday
        days = []
        while day <= stop:
            if rng.random() < 0.85:
                days.append(day)
            if rng.random() < 0.08 and day + 3 <= stop:
                days.append(day + 3)
            day += 7
        return days

    def _every(self, since: int, stop: int, shortest: int, longest: int) -> list[int]:
        """Visits with gaps of ``shortest`` to ``longest`` days."""
        days = []
        day = since
        while day <= stop:
            days.append(day)
            day += self.rng.randint(shortest, longest)
        return days

    def _visit_times(self, pattern: _Pattern) -> list[datetime]:
        """Sorted visit times, none after now, at least one."""
        rng = self.rng
        own_slot = _SLOTS[self._pick_index(_SLOT_WEIGHTS)]
        times = []
        for day in self._visit_days(pattern):
            slot = own_slot if rng.random() < _OWN_SLOT else _SLOTS[self._pick_index(_SLOT_WEIGHTS)]
            at = self.midnights[day - self.first_day] + timedelta(
                minutes=slot[0] + rng.randrange(slot[1]), seconds=rng.randrange(60)
            )
            if at <= self.now:
                times.append(at)
        if pattern is _Pattern.NEW or not times:
            # Came in a little while ago (new faces), or the only visit drawn lay ahead today.
            midnight = self.midnights[-1]
            times = [max(midnight, self.now - timedelta(minutes=rng.randrange(1, 150)))]
        return times

    # -- notes ------------------------------------------------------------

    def _notes(
        self,
        customer_id: int,
        row: Row,
        tags: tuple[str, ...],
        times: list[datetime],
        batch: _Batch,
    ) -> None:
        rng = self.rng
        written: list[tuple[str, bool, bool, datetime]] = []
        if rng.random() < 0.06:
            written.append((rng.choice(demo_data.PINNED_NOTES), True, False, times[0]))
        if rng.random() < 0.04:
            written.append((rng.choice(demo_data.PRIVATE_NOTES), False, True, rng.choice(times)))
        if len(times) > 2 or rng.random() < 0.2:
            templates = demo_data.NOTES if row["occupation"] else _NOTES_WITHOUT_OCCUPATION
            for _ in range(rng.randint(0, min(2, len(times)))):
                body = rng.choice(templates).format(
                    tag=rng.choice(tags or demo_data.TAGS),
                    order=row["usual_order"],
                    occupation=row["occupation"],
                )
                written.append((body, False, rng.random() < 0.05, rng.choice(times)))
        for body, pinned, private, visit in written:
            at = min(self.now, visit + timedelta(minutes=rng.randint(1, 20)))
            batch.notes.append(
                {
                    "id": self.counts["notes"] + len(batch.notes) + 1,
                    "customer_id": customer_id,
                    "body": body,
                    "pinned": pinned,
                    "private": private,
                    "created_at": at,
                    "updated_at": at,
                }
            )

    def _remember(
        self, customer_id: int, row: Row, tags: tuple[str, ...], times: list[datetime]
    ) -> None:
        self.display_names.append(row["name"])
        self.first_visit.append(times[0])
        self.customer_tags.append(tags)
        self.no_introductions.append(row["do_not_introduce"])
        for tag in tags:
            self.by_tag[tag].append(customer_id)
        if row["do_not_introduce"]:
            return
        if row["offers"]:
            self.by_offer.setdefault(row["offers"], []).append(customer_id)
        if row["looking_for"]:
            self.seekers.append((customer_id, row["looking_for"]))

    # -- circles and events ----------------------------------------------

    def circles(self) -> None:
        rng, total = self.rng, self.counts["customers"]
        ideas = demo_data.CIRCLES[: min(len(demo_data.CIRCLES), max(1, total // 25))]
        circles: list[Row] = []
        members: list[Row] = []
        events: list[Row] = []
        attendees: list[Row] = []
        for circle_id, idea in enumerate(ideas, start=1):
            fans = self.by_tag[idea.tag]
            size = min(total, rng.randint(5, 24))
            chosen = rng.sample(fans, min(len(fans), size))
            chosen += self._others(size - len(chosen), exclude=chosen)
            roles = [demo_data.REPRESENTATIVE, *demo_data.CIRCLE_ROLES]
            created = self.midnights[0] - timedelta(days=rng.randint(30, 700)) + timedelta(hours=10)
            circles.append(
                {
                    "id": circle_id,
                    "name": idea.name,
                    "description": idea.description,
                    "contact_id": chosen[0],
                    "archived_at": None,
                    "created_at": created,
                }
            )
            members += [
                {
                    "circle_id": circle_id,
                    "customer_id": member,
                    "role": roles[i] if i < len(roles) and (i == 0 or rng.random() < 0.5) else "",
                    "joined_on": self.first_visit[member - 1].date(),
                }
                for i, member in enumerate(chosen)
            ]
            for _ in range(rng.randint(2, 5)):
                events.append(self._event(len(events) + 1, rng.choice(idea.events), circle_id))
                events[-1]["description"] = f"{idea.name}との共催。{idea.description}"
                attendees += self._attendees(events[-1], chosen)
        if total >= 20:
            for title in rng.sample(demo_data.SHOP_EVENTS, 2):
                events.append(self._event(len(events) + 1, title, None))
                attendees += self._attendees(events[-1], [])
        bulk.insert_rows(self.session, CircleRow, circles)
        bulk.insert_rows(self.session, CircleMemberRow, members)
        bulk.insert_rows(self.session, EventRow, events)
        bulk.insert_rows(self.session, EventAttendeeRow, attendees)
        self.counts.update(circles=len(circles), events=len(events))

    def _event(self, event_id: int, title: str, circle_id: int | None) -> Row:
        """One event, in the history or within the next month."""
        rng = self.rng
        day = rng.randint(self.first_day, self.today + 30)
        starts_at = datetime.combine(
            date.fromordinal(day), rng.choice((time(10), time(14), time(18, 30)))
        )
        return {
            "id": event_id,
            "title": title,
            "starts_at": starts_at,
            "circle_id": circle_id,
            "description": "",
            "announced_in_newsletter": rng.random() < 0.6,
            "created_at": min(self.now, starts_at - timedelta(days=rng.randint(7, 30))),
        }

    def _attendees(self, event: Row, members: list[int]) -> list[Row]:
        """Attendees by name: members come to their circle's workshops, a few others join."""
        rng = self.rng
        count = rng.randint(2, 5) if event["starts_at"] > self.now else rng.randint(3, 10)
        came = rng.sample(members, min(len(members), count))
        came += self._others(rng.randint(0, 3) if members else count, exclude=came)
        return [{"event_id": event["id"], "customer_id": c} for c in came]

    def _others(self, count: int, *, exclude: Sequence[int]) -> list[int]:
        """Up to ``count`` random customers not in ``exclude``."""
        taken = set(exclude)
        found: list[int] = []
        for _ in range(count * 4):
            if len(found) >= count or len(taken) >= self.counts["customers"]:
                break
            candidate = self.rng.randint(1, self.counts["customers"])
            if candidate not in taken:
                taken.add(candidate)
                found.append(candidate)
        return found

    # -- introductions and reminders --------------------------------------

    def network(self) -> None:
        """Introductions and reminders; follow-ups tie the two together, so they are made together."""
        introductions = self._introductions()
        reminders = self._reminders(introductions)
        bulk.insert_rows(self.session, IntroductionRow, introductions)
        bulk.insert_rows(self.session, ReminderRow, reminders)
        self.counts.update(introductions=len(introductions), reminders=len(reminders))

    def _introductions(self) -> list[Row]:
        """Introductions of people who need what another offers, or share an interest."""
        rng, total = self.rng, self.counts["customers"]
        # One in five regulars has been introduced: enough for the map to show lines, not dots.
        wanted = max(1, total // 5)
        shared_tags = [tag for tag, fans in self.by_tag.items() if len(fans) >= 2]
        pairs: dict[tuple[int, int], Row] = {}
        for _ in range(wanted * 5):
            if len(pairs) >= wanted:
                break
            found = self._needed_pair() if rng.random() < 0.6 else None
            by_need = found is not None
            if found is None and shared_tags:
                tag = rng.choice(shared_tags)
                a, b = rng.sample(self.by_tag[tag], 2)
                found = (a, b, demo_data.SHARED_INTEREST_CONTEXT.format(tag=tag))
            if found is None:
                continue
            a, b, context = found
            key = (min(a, b), max(a, b))
            if (
                a == b
                or key in pairs
                or self.no_introductions[a - 1]
                or self.no_introductions[b - 1]
            ):
                continue
            pairs[key] = self._introduction(len(pairs) + 1, key, context, by_need)
        return list(pairs.values())

    def _needed_pair(self) -> tuple[int, int, str] | None:
        if not self.seekers:
            return None
        seeker, need = self.rng.choice(self.seekers)
        offer = _NEED_TO_OFFER[need]
        helpers = self.by_offer.get(offer)
        if not helpers:
            return None
        return (
            seeker,
            self.rng.choice(helpers),
            demo_data.NEED_CONTEXT.format(need=need, offer=offer),
        )

    def _introduction(
        self, intro_id: int, pair: tuple[int, int], context: str, by_need: bool
    ) -> Row:
        rng = self.rng
        a, b = pair
        # The first is made today and the second is planned, so even a small demo shows both.
        today = intro_id == 1
        roll = 0.0 if intro_id == 2 else 1.0 if today else rng.random()
        status = (
            IntroductionStatus.PLANNED
            if roll < 0.1
            else IntroductionStatus.DROPPED
            if roll < 0.13
            else IntroductionStatus.DONE
        )
        met = max(self.first_visit[a - 1], self.first_visit[b - 1]).date().toordinal()
        if status is IntroductionStatus.PLANNED:
            met = max(met, self.today - 14)  # plans are for the coming visits, made lately
        day = self.today if today else rng.randint(met, self.today)
        introducer = None
        if rng.random() < 0.3:
            others = self._others(1, exclude=pair)
            introducer = others[0] if others else None
        outcome = OutcomeKind.NONE_YET
        outcome_on: date | None = None
        text = ""
        if status is IntroductionStatus.DONE and day < self.today:
            kinds = _OUTCOMES_BY_NEED if by_need else _OUTCOMES_BY_INTEREST
            outcome = rng.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
            if outcome is not OutcomeKind.NONE_YET:
                outcome_on = date.fromordinal(rng.randint(day, self.today))
                text = rng.choice(demo_data.OUTCOME_TEXTS[outcome.value])
        created = min(self.now, self.midnights[day - self.first_day] + timedelta(hours=15))
        return {
            "id": intro_id,
            "person_a_id": a,
            "person_b_id": b,
            "introducer_id": introducer,
            "introduced_on": date.fromordinal(day),
            "context": context,
            "status": status.value,
            "outcome_kind": outcome.value,
            "outcome_text": text,
            "outcome_on": outcome_on,
            "follow_up_on": None,
            "created_at": created,
        }

    def _reminders(self, introductions: list[Row]) -> list[Row]:
        """Follow-ups of introductions (set on them too), by date, and for someone's next visit."""
        rng, total = self.rng, self.counts["customers"]
        rows: list[Row] = []

        def add(text: str, customer: int | None, due: date | None, intro: int | None) -> None:
            created = self.now - timedelta(days=rng.randint(0, 10), hours=rng.randint(0, 3))
            done_at = None
            if due is not None and due.toordinal() < self.today:
                created = min(created, datetime.combine(due, time(9)))
                if rng.random() < 0.5:
                    done_at = datetime.combine(due, time(17))
            rows.append(
                {
                    "id": len(rows) + 1,
                    "text": text,
                    "customer_id": customer,
                    "due_on": due,
                    "on_next_visit": due is None,
                    "introduction_id": intro,
                    "created_at": created,
                    "done_at": done_at,
                }
            )

        for intro in introductions:
            if intro["status"] == IntroductionStatus.DONE.value and rng.random() < 0.3:
                soonest = intro["introduced_on"].toordinal() + 1
                intro["follow_up_on"] = date.fromordinal(
                    max(soonest, self.today + rng.randint(-3, 14))
                )
                names = (self.display_names[intro[k] - 1] for k in ("person_a_id", "person_b_id"))
                add(" ↔ ".join(names), None, intro["follow_up_on"], intro["id"])
        for _ in range(max(1, total // 60)):
            customer = rng.randint(1, total) if rng.random() < 0.5 else None
            due = date.fromordinal(self.today + rng.randint(-5, 14))
            add(rng.choice(demo_data.DATED_REMINDERS), customer, due, None)
        for _ in range(max(1, total // 40)):
            customer = rng.randint(1, total)
            tag = rng.choice(self.customer_tags[customer - 1] or demo_data.TAGS)
            add(rng.choice(demo_data.NEXT_VISIT_REMINDERS).format(tag=tag), customer, None, None)
        return rows

    def day_notes(self) -> None:
        rng = self.rng
        rows = [
            {
                "day": date.fromordinal(day),
                "body": rng.choice(demo_data.DAY_NOTES),
                "updated_at": min(
                    self.now, self.midnights[day - self.first_day] + timedelta(hours=20)
                ),
            }
            for day in range(self.today - 20, self.today + 1)
            if day == self.today or rng.random() < 0.6
        ]
        bulk.insert_rows(self.session, DayNoteRow, rows)


class DemoService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def generate(
        self,
        customers: int = 300,
        seed: int = 1,
        progress: Callable[[int, int], None] | None = None,
    ) -> DemoReport:
        """Fill an empty shop with a demo café; the same seed and clock give the same shop."""
        if not 1 <= customers <= MAX_CUSTOMERS:
            raise UserError(
                Message(
                    f"お客さまの人数は 1 から {MAX_CUSTOMERS:,} までで指定してください。",
                    f"Choose between 1 and {MAX_CUSTOMERS:,} customers.",
                ),
                code="out_of_range",
                field="customers",
            )
        now = self._clock()
        with self._sessions.begin() as s:
            if bulk.holds_anything(s, TABLES_WITH_ROWS):
                raise UserError(
                    Message(
                        "デモのお店は空のデータファイルにだけ作れます。このファイルにはもう記録があるので、"
                        "何も書き込みませんでした。別のデータフォルダ（--data-dir）で試してください。",
                        "A demo café can only be made in an empty data file. This one already "
                        "holds records, so nothing was written. Use another data folder "
                        "(--data-dir).",
                    ),
                    code="not_empty",
                )
            with bulk.loading(s):
                cafe = _Cafe(s, now, seed)
                cafe.customers(customers, progress)
                cafe.circles()
                cafe.network()
                cafe.day_notes()
        if progress is not None:
            progress(customers, customers)
        return DemoReport.of(cafe.counts)
