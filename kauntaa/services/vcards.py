"""vCards from phones in, vCard 3.0 out, with the phonetic names that carry the readings.

Reads 2.1 (older Japanese phones: ``SOUND;X-IRMC-N``, ``CHARSET=SHIFT_JIS``,
``ENCODING=QUOTED-PRINTABLE``), 3.0 and 4.0 (iPhone and Android:
``X-PHONETIC-LAST-NAME`` / ``X-PHONETIC-FIRST-NAME``) through vobject. Writes
3.0 with ``X-PHONETIC-*`` so a reading survives a trip into a phone and back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
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
)
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


def _phonetic(component: Any) -> str:
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
    )
    if reading:
        return reading
    for line in component.contents.get("sound", []):
        # SOUND;X-IRMC-N: the reading of N, in N's own family;given;… shape.
        if "X-IRMC-N" in [p.upper() for p in line.singletonparams] or ";" in _text(line.value):
            parts = str(line.value).split(";")
            return join_reading(parts[0], parts[1] if len(parts) > 1 else "")
    return ""


def _card(component: Any, line: int, today: date) -> ImportedCard | RowProblem:
    n = _first(component, "N")
    family = given = ""
    if n is not None and hasattr(n.value, "family"):
        family, given = _text(n.value.family), _text(n.value.given)
    name = _value(component, "FN") or join_name(family, given)
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
    if note := _value(component, "NOTE"):
        notes.insert(0, note)
    categories = _first(component, "CATEGORIES")
    tags: tuple[str, ...] = ()
    if categories is not None:
        value = categories.value
        tags = tuple(_text(t) for t in (value if isinstance(value, list) else [value]) if _text(t))
    fields = CustomerFields(
        name=name,
        reading=_phonetic(component),
        call_name=_value(component, "NICKNAME"),
        occupation=occupation,
        phone=re.sub(r"^tel:", "", _value(component, "TEL"), flags=re.IGNORECASE),
        email=email,
        address=address,
        birthday=birthday,
        tags=tags,
    )
    return ImportedCard(line=line, fields=fields, note="\n".join(notes), warnings=tuple(warnings))


def _split(text: str) -> tuple[str, str]:
    head, _, tail = text.strip().partition(" ")
    return head, tail.strip()


def write_vcards(customers: Iterable[Customer]) -> str:
    """vCard 3.0 text of the customers, with X-PHONETIC-* readings, for a phone or a mail app."""
    out: list[str] = []
    for c in customers:
        card = vobject.vCard()
        card.add("fn").value = c.name
        family, given = _split(c.name)
        card.add("n").value = vobject.vcard.Name(family=family, given=given)
        if c.reading:
            family_reading, given_reading = _split(normalise_reading(c.reading))
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
        extra = [
            f"{label}: {value}"
            for label, value in (
                ("いつもの / Usual", c.usual_order),
                ("できること / Offers", c.offers),
                ("探していること / Looking for", c.looking_for),
            )
            if value
        ]
        if extra:
            card.add("note").value = "\n".join(extra)
        out.append(card.serialize())
    return "".join(out)
