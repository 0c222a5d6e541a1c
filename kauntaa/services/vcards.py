"""vCards from phones in, vCard 3.0 out, with the phonetic names that carry the readings.

Reads 2.1 (older Japanese phones: ``SOUND;X-IRMC-N``, ``CHARSET=SHIFT_JIS``,
``ENCODING=QUOTED-PRINTABLE``), 3.0 and 4.0 (iPhone and Android:
``X-PHONETIC-LAST-NAME`` / ``X-PHONETIC-FIRST-NAME``) through vobject. Writes
3.0 with ``X-PHONETIC-*`` so a reading survives a trip into a phone and back.

What address books need of a written card:

- a ``UID``, the customer's own UUID (khard refuses a card without one);
- ``N`` as family;given by the name's script: "John Smith" is ``N:Smith;John``,
  "田中 美咲" is ``N:田中;美咲`` (``domain.exchange.split_name``); reading a card,
  the name is built from ``N`` in that order, so a ``FN:真澄 髙木`` with
  ``N:髙木;真澄`` is stored as 髙木 真澄;
- lines folded at 75 octets (RFC 6350 §3.2, RFC 2426 §2.6), never inside a
  UTF-8 character.

Kauntaa's own fields travel as plain-text ``X-KAUNTAA-*`` properties, which
other programs keep and show as they are: the usual order, offers, looking for,
"do not introduce" and each consent answer with its date ("agreed 2024-03-01T10:00:00").
The usual order, offers and looking for are also written into ``NOTE`` for
phones that show no ``X-`` property; reading Kauntaa's own card back, that
note is recognised and not kept twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

import vobject

from kauntaa.domain.customers import Customer, CustomerFields
from kauntaa.domain.exchange import (
    ImportedCard,
    RowProblem,
    join_name,
    join_reading,
    looks_like_email,
    normalise_reading,
    parse_datetime,
    split_name,
    split_reading,
    valid_uid,
)
from kauntaa.domain.text import is_latin
from kauntaa.services.csv_files import file_error, first_line

_SJIS = re.compile(r"CHARSET=(?:SHIFT[_-]?JIS|SJIS|X-SJIS|MS_KANJI)", re.IGNORECASE)
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)


def looks_like_vcard(text: str) -> bool:
    return bool(_BEGIN.match(first_line(text).strip()))


def _check_structure(lines: Sequence[str]) -> None:
    """Every BEGIN:VCARD closed before the next one and before the end: else name the line."""
    opened: int | None = None
    for number, line in enumerate(lines, start=1):
        if _BEGIN.match(line.strip()):
            if opened is not None:
                raise _truncated(opened)
            opened = number
        elif _END.match(line.strip()):
            if opened is None:
                raise file_error(
                    "broken_vcard",
                    "END:VCARD の前に BEGIN:VCARD がありません。",
                    "END:VCARD without a BEGIN:VCARD before it.",
                    line=number,
                )
            opened = None
    if opened is not None:
        raise _truncated(opened)


def _truncated(line: int) -> Exception:
    return file_error(
        "truncated_vcard",
        "この連絡先が END:VCARD で終わっていません（ファイルが途中で切れていませんか）。",
        "This contact never ends with END:VCARD (is the file cut short?).",
        line=line,
    )


def read_vcards(text: str, today: date) -> tuple[list[ImportedCard], list[RowProblem]]:
    """The cards of a .vcf text, each with the line its BEGIN:VCARD is on."""
    lines = text.splitlines()
    _check_structure(lines)
    begins = [n for n, line in enumerate(lines, start=1) if _BEGIN.match(line.strip())]
    if not begins:
        raise file_error(
            "no_vcards",
            "vCard（BEGIN:VCARD）が見つかりません。",
            "No vCard (BEGIN:VCARD) was found in the file.",
        )
    try:
        components = list(vobject.readComponents(_SJIS.sub("CHARSET=CP932", text), allowQP=True))
    except Exception as exc:  # any parser failure becomes a message, never a crash
        line = getattr(exc, "lineNumber", None)
        raise file_error(
            "broken_vcard",
            f"vCard を読めませんでした（{_short(exc)}）。",
            f"The vCard could not be read ({_short(exc)}).",
            line=line if isinstance(line, int) else None,
        ) from exc
    cards: list[ImportedCard] = []
    problems: list[RowProblem] = []
    for index, component in enumerate(c for c in components if c.name.upper() == "VCARD"):
        line = begins[index] if index < len(begins) else 0
        try:
            card = _card(component, line, today)
        except Exception as exc:  # one odd contact is skipped, not the whole file
            problems.append(
                RowProblem(line, "", f"読めない項目があります（{_short(exc)}）", _short(exc))
            )
            continue
        if isinstance(card, RowProblem):
            problems.append(card)
        else:
            cards.append(card)
    return cards, problems


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " ".join(_text(v) for v in value if _text(v))
    return str(value).strip() if value is not None else ""


def _first(component: Any, name: str) -> Any:
    lines = component.contents.get(name.lower(), [])
    return lines[0] if lines else None


def _value(component: Any, name: str) -> str:
    line = _first(component, name)
    return _text(line.value) if line is not None else ""


def _phonetic(component: Any, given_first: bool) -> str:
    reading = join_reading(
        _value(component, "X-PHONETIC-LAST-NAME"),
        " ".join(
            p
            for p in (
                _value(component, "X-PHONETIC-FIRST-NAME"),
                _value(component, "X-PHONETIC-MIDDLE-NAME"),
            )
            if p
        ),
        given_first=given_first,
    )
    if reading:
        return reading
    for line in component.contents.get("sound", []):
        # SOUND;X-IRMC-N: the reading of N, in N's own family;given;… shape.
        if "X-IRMC-N" in [p.upper() for p in line.singletonparams] or ";" in _text(line.value):
            parts = str(line.value).split(";")
            return join_reading(
                parts[0], parts[1] if len(parts) > 1 else "", given_first=given_first
            )
    return ""


def _card(component: Any, line: int, today: date) -> ImportedCard | RowProblem:
    n = _first(component, "N")
    family = given = ""
    if n is not None and hasattr(n.value, "family"):
        family = _text(n.value.family)
        given = " ".join(p for p in (_text(n.value.given), _text(n.value.additional)) if p)
    # N says which part is the family name; FN's order is the writer's (khard writes
    # "真澄 髙木" for 髙木;真澄), so the name is built from N when N has both parts.
    # An N with one part (or none) says less than FN, which is then kept as written.
    if family and given:
        name = join_name(family, given)
    else:
        name = _value(component, "FN") or family or given
    if not name:
        return RowProblem(line, "", "名前がありません", "The contact has no name")
    notes: list[str] = []
    warnings: list[str] = []
    birthday: date | None = None
    if raw := _value(component, "BDAY"):
        parsed = parse_datetime(raw)
        if parsed is None or parsed.date() > today:
            notes.append(f"誕生日 / Birthday: {raw}")
            warnings.append("誕生日 / Birthday")
        else:
            birthday = parsed.date()
    occupation = " ".join(p for p in (_value(component, "ORG"), _value(component, "TITLE")) if p)
    email = _value(component, "EMAIL")
    if email and not looks_like_email(email):
        notes.append(f"メール / Email: {email}")
        warnings.append("メール / Email")
        email = ""
    address = ""
    adr = _first(component, "ADR")
    if adr is not None:
        v = adr.value
        parts = [getattr(v, a, "") for a in ("code", "region", "city", "street", "extended")]
        address = " ".join(_text(p) for p in parts if _text(p)) if hasattr(v, "city") else ""
        address = address or _text(v)
    usual_order = _value(component, USUAL_ORDER)
    offers = _value(component, OFFERS)
    looking_for = _value(component, LOOKING_FOR)
    note = _value(component, "NOTE")
    if note and note != _kauntaa_note(usual_order, offers, looking_for):
        notes.insert(0, note)
    categories = _first(component, "CATEGORIES")
    tags: tuple[str, ...] = ()
    if categories is not None:
        value = categories.value
        tags = tuple(_text(t) for t in (value if isinstance(value, list) else [value]) if _text(t))
    newsletter, newsletter_at = _consent(_value(component, NEWSLETTER_CONSENT))
    contact, contact_at = _consent(_value(component, CONTACT_CONSENT))
    introduction, introduction_at = _consent(_value(component, INTRODUCTION_CONSENT))
    fields = CustomerFields(
        name=name,
        reading=_phonetic(component, given_first=is_latin(name) and bool(family and given)),
        call_name=_value(component, "NICKNAME"),
        usual_order=usual_order,
        offers=offers,
        looking_for=looking_for,
        newsletter_consent=newsletter,
        contact_consent=contact,
        introduction_consent=introduction,
        do_not_introduce=_value(component, DO_NOT_INTRODUCE).lower() in ("yes", "true", "1"),
        occupation=occupation,
        phone=re.sub(r"^tel:", "", _value(component, "TEL"), flags=re.IGNORECASE),
        email=email,
        address=address,
        birthday=birthday,
        tags=tags,
    )
    return ImportedCard(
        line=line,
        fields=fields,
        note="\n".join(notes),
        warnings=tuple(warnings),
        uid=valid_uid(_value(component, "UID")),
        newsletter_consent_at=newsletter_at,
        contact_consent_at=contact_at,
        introduction_consent_at=introduction_at,
    )


# -- Kauntaa's own properties -----------------------------------------------------------

USUAL_ORDER = "X-KAUNTAA-USUAL-ORDER"
OFFERS = "X-KAUNTAA-OFFERS"
LOOKING_FOR = "X-KAUNTAA-LOOKING-FOR"
DO_NOT_INTRODUCE = "X-KAUNTAA-DO-NOT-INTRODUCE"
NEWSLETTER_CONSENT = "X-KAUNTAA-NEWSLETTER-CONSENT"
CONTACT_CONSENT = "X-KAUNTAA-CONTACT-CONSENT"
INTRODUCTION_CONSENT = "X-KAUNTAA-INTRODUCTION-CONSENT"

_AGREED, _DECLINED = "agreed", "declined"


def _kauntaa_note(usual_order: str, offers: str, looking_for: str) -> str:
    """The NOTE written for programs that show no X- property (and recognised on the way back)."""
    return "\n".join(
        f"{label}: {value}"
        for label, value in (
            ("いつもの / Usual", usual_order),
            ("できること / Offers", offers),
            ("探していること / Looking for", looking_for),
        )
        if value
    )


def _consent_value(agreed: bool, at: datetime | None) -> str:
    """ "agreed 2024-03-01T10:00:00", "declined …", or "" for a question never answered."""
    if at is None and not agreed:
        return ""
    word = _AGREED if agreed else _DECLINED
    return f"{word} {at.isoformat(timespec='seconds')}" if at is not None else word


def _consent(value: str) -> tuple[bool, datetime | None]:
    word, _, when = value.strip().partition(" ")
    at = parse_datetime(when) if when else None
    return word.lower() == _AGREED, at


# -- writing ------------------------------------------------------------------------------

#: RFC 6350 §3.2: lines SHOULD NOT be longer than 75 octets, excluding the line break.
LINE_OCTETS = 75


def fold_line(line: str) -> list[str]:
    """One content line as physical lines of at most 75 octets, each after the first
    starting with a space; a multi-byte UTF-8 character is never split."""
    physical: list[str] = []
    current, size = "", 0
    for ch in line:
        octets = len(ch.encode("utf-8"))
        if size + octets > LINE_OCTETS:
            physical.append(current)
            current, size = " ", 1
        current += ch
        size += octets
    physical.append(current)
    return physical


def fold_card(text: str) -> str:
    """A serialised card unfolded (vobject folds by characters) and folded again by octets."""
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    lines = [p for line in unfolded.split("\r\n") if line for p in fold_line(line)]
    return "".join(f"{line}\r\n" for line in lines)


def write_vcards(customers: Iterable[Customer]) -> str:
    """vCard 3.0 text of the customers, with X-PHONETIC-* readings, for a phone or a mail app."""
    out: list[str] = []
    for c in customers:
        card = vobject.vCard()
        card.add("uid").value = c.uid
        card.add("fn").value = c.name
        family, given = split_name(c.name)
        card.add("n").value = vobject.vcard.Name(family=family, given=given)
        if c.reading:
            family_reading, given_reading = split_reading(normalise_reading(c.reading), c.name)
            card.add("x-phonetic-last-name").value = family_reading
            if given_reading:
                card.add("x-phonetic-first-name").value = given_reading
        if c.call_name:
            card.add("nickname").value = c.call_name
        if c.occupation:
            card.add("title").value = c.occupation
        if c.phone:
            card.add("tel").value = c.phone
        if c.email:
            card.add("email").value = c.email
        if c.address:
            card.add("adr").value = vobject.vcard.Address(street=c.address)
        if c.birthday:
            card.add("bday").value = c.birthday.isoformat()
        if c.tags:
            card.add("categories").value = list(c.tags)
        for name, value in (
            (USUAL_ORDER, c.usual_order),
            (OFFERS, c.offers),
            (LOOKING_FOR, c.looking_for),
            (NEWSLETTER_CONSENT, _consent_value(c.newsletter_consent, c.newsletter_consent_at)),
            (CONTACT_CONSENT, _consent_value(c.contact_consent, c.contact_consent_at)),
            (
                INTRODUCTION_CONSENT,
                _consent_value(c.introduction_consent, c.introduction_consent_at),
            ),
            (DO_NOT_INTRODUCE, "yes" if c.do_not_introduce else ""),
        ):
            if value:
                card.add(name.lower()).value = value
        if note := _kauntaa_note(c.usual_order, c.offers, c.looking_for):
            card.add("note").value = note
        out.append(fold_card(card.serialize()))
    return "".join(out)
