"""Bringing regulars in from other lists: column presets, readings, values and duplicate keys.

Pure rules only. Reading files (encodings, CSV dialects, vCards) happens in the
services; what a column means, how a kana reading is stored, how a date in a
point-of-sale export is read and when two rows are the same person is decided
here, so the command line, the wizard and the tests agree.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import NamedTuple

import jaconv

from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.dates import in_range
from kauntaa.domain.text import fold, is_latin, nfkc

#: Imported visits spread over the known first and last visit never exceed this per person.
MAX_IMPORTED_VISITS = 1000
#: When a file gives no time of day, imported visits are put at noon.
IMPORTED_VISIT_TIME = time(12, 0)


class CardField(StrEnum):
    """Where a column of a file goes on the card."""

    NAME = "name"
    FAMILY_NAME = "family_name"
    GIVEN_NAME = "given_name"
    READING = "reading"
    FAMILY_READING = "family_reading"
    GIVEN_READING = "given_reading"
    CALL_NAME = "call_name"
    USUAL_ORDER = "usual_order"
    OCCUPATION = "occupation"
    OFFERS = "offers"
    LOOKING_FOR = "looking_for"
    TAGS = "tags"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    BIRTHDAY = "birthday"
    NEWSLETTER = "newsletter"
    NOTE = "note"
    FIRST_VISIT = "first_visit"
    LAST_VISIT = "last_visit"
    VISIT_COUNT = "visit_count"
    #: Dropped on purpose (an id from the other system, a total in yen…).
    IGNORE = "ignore"


#: Labels for the mapping page and the command line, in both languages.
FIELD_LABELS: dict[CardField, tuple[str, str]] = {
    CardField.NAME: ("名前", "Name"),
    CardField.FAMILY_NAME: ("姓", "Family name"),
    CardField.GIVEN_NAME: ("名", "Given name"),
    CardField.READING: ("よみがな", "Reading"),
    CardField.FAMILY_READING: ("よみがな（姓）", "Reading (family)"),
    CardField.GIVEN_READING: ("よみがな（名）", "Reading (given)"),
    CardField.CALL_NAME: ("呼び方", "What to call them"),
    CardField.USUAL_ORDER: ("いつもの", "Usual order"),
    CardField.OCCUPATION: ("仕事・活動", "Occupation"),
    CardField.OFFERS: ("できること", "Offers"),
    CardField.LOOKING_FOR: ("探していること", "Looking for"),
    CardField.TAGS: ("タグ", "Tags"),
    CardField.PHONE: ("電話番号", "Phone"),
    CardField.EMAIL: ("メール", "Email"),
    CardField.ADDRESS: ("住所", "Address"),
    CardField.BIRTHDAY: ("誕生日", "Birthday"),
    CardField.NEWSLETTER: ("ニュースレター", "Newsletter"),
    CardField.NOTE: ("メモ", "Note"),
    CardField.FIRST_VISIT: ("初回来店日", "First visit"),
    CardField.LAST_VISIT: ("最終来店日", "Last visit"),
    CardField.VISIT_COUNT: ("来店回数", "Visit count"),
    CardField.IGNORE: ("取り込まない", "Leave out"),
}


class PresetKind(StrEnum):
    SQUARE = "square"
    JAPANESE = "japanese"
    GENERIC = "generic"


@dataclass(frozen=True, slots=True)
class Preset:
    """Known column headings of one kind of file, per card field."""

    kind: PresetKind
    label_ja: str
    label_en: str
    headers: Mapping[CardField, tuple[str, ...]]

    def field_for(self, header: str) -> CardField | None:
        key = header_key(header)
        for card_field, names in self.headers.items():
            if any(header_key(n) == key for n in names):
                return card_field
        return None


_SQUARE_HEADERS: dict[CardField, tuple[str, ...]] = {
    CardField.GIVEN_NAME: ("First Name", "名"),
    CardField.FAMILY_NAME: ("Last Name", "姓"),
    CardField.CALL_NAME: ("Nickname", "ニックネーム"),
    CardField.EMAIL: ("Email Address", "メールアドレス"),
    CardField.PHONE: ("Phone Number", "電話番号"),
    CardField.OCCUPATION: ("Company Name", "会社名"),
    CardField.ADDRESS: (
        "Street Address 1",
        "Street Address 2",
        "City",
        "State",
        "Postal Code",
        "住所1",
        "住所2",
        "市区町村",
        "都道府県",
        "郵便番号",
    ),
    CardField.BIRTHDAY: ("Birthday", "誕生日"),
    CardField.NOTE: ("Memo", "メモ"),
    CardField.TAGS: ("Groups", "グループ"),
    CardField.NEWSLETTER: ("Email Subscription Status", "メール配信ステータス"),
    CardField.FIRST_VISIT: ("First Visit", "初回来店日"),
    CardField.LAST_VISIT: ("Last Visit", "最終来店日"),
    CardField.VISIT_COUNT: ("Transaction Count", "取引数"),
    CardField.IGNORE: (
        "Square Customer ID",
        "Reference ID",
        "Creation Source",
        "Instant Profile",
        "Square顧客ID",
        "参照ID",
        "作成元",
    ),
}

_JAPANESE_HEADERS: dict[CardField, tuple[str, ...]] = {
    CardField.NAME: ("氏名", "名前", "お名前", "顧客名", "お客様名", "お客さま名"),
    CardField.FAMILY_NAME: ("姓", "苗字", "名字"),
    CardField.GIVEN_NAME: ("名",),
    CardField.READING: (
        "フリガナ",
        "ふりがな",
        "よみがな",
        "ヨミガナ",
        "よみ",
        "ヨミ",
        "読み",
        "読み仮名",
        "カナ",
        "氏名カナ",
        "氏名（カナ）",
        "氏名(カナ)",
        "名前カナ",
    ),
    CardField.FAMILY_READING: ("セイ", "せい", "姓カナ", "姓（カナ）", "姓(フリガナ)"),
    CardField.GIVEN_READING: ("メイ", "めい", "名カナ", "名（カナ）", "名(フリガナ)"),
    CardField.CALL_NAME: ("呼び方", "呼び名", "愛称", "ニックネーム", "あだ名"),
    CardField.USUAL_ORDER: ("いつもの", "いつもの注文", "好きなメニュー", "よく頼むもの"),
    CardField.OCCUPATION: ("職業", "仕事", "仕事・活動", "会社名", "勤務先", "所属"),
    CardField.OFFERS: ("できること",),
    CardField.LOOKING_FOR: ("探していること",),
    CardField.TAGS: ("タグ", "趣味", "興味", "関心"),
    CardField.PHONE: ("電話番号", "電話", "TEL", "携帯", "携帯電話", "携帯番号", "連絡先"),
    CardField.EMAIL: ("メール", "メールアドレス", "Eメール", "E-mail", "mail"),
    CardField.ADDRESS: ("住所", "郵便番号", "〒", "都道府県", "市区町村", "番地"),
    CardField.BIRTHDAY: ("誕生日", "生年月日"),
    CardField.NEWSLETTER: ("ニュースレター", "メルマガ", "DM可", "案内可"),
    CardField.NOTE: ("メモ", "備考", "特記事項", "コメント"),
    CardField.FIRST_VISIT: ("初回来店日", "初来店日", "初回来店", "登録日"),
    CardField.LAST_VISIT: ("最終来店日", "最終来店", "前回来店日"),
    CardField.VISIT_COUNT: ("来店回数", "来店数"),
    CardField.IGNORE: ("ID", "No", "No.", "番号", "顧客番号", "アーカイブ"),
}

_ENGLISH_HEADERS: dict[CardField, tuple[str, ...]] = {
    CardField.NAME: ("Name", "Full Name", "Customer Name", "Display Name"),
    CardField.FAMILY_NAME: ("Last Name", "Family Name", "Surname"),
    CardField.GIVEN_NAME: ("First Name", "Given Name"),
    CardField.READING: ("Reading", "Furigana", "Kana", "Phonetic Name", "Yomi"),
    CardField.FAMILY_READING: ("Phonetic Last Name", "Last Name Reading"),
    CardField.GIVEN_READING: ("Phonetic First Name", "First Name Reading"),
    CardField.CALL_NAME: ("Nickname", "Call Name", "Preferred Name"),
    CardField.USUAL_ORDER: ("Usual Order", "Usual", "Favourite", "Favorite"),
    CardField.OCCUPATION: ("Occupation", "Job", "Company", "Company Name", "Organization"),
    CardField.OFFERS: ("Offers",),
    CardField.LOOKING_FOR: ("Looking For",),
    CardField.TAGS: ("Tags", "Groups", "Interests"),
    CardField.PHONE: ("Phone", "Phone Number", "Mobile", "Tel", "Telephone"),
    CardField.EMAIL: ("Email", "Email Address", "E-mail"),
    CardField.ADDRESS: ("Address", "Street", "City", "Postal Code", "Zip"),
    CardField.BIRTHDAY: ("Birthday", "Date of Birth", "DOB"),
    CardField.NEWSLETTER: ("Newsletter", "Subscribed", "Email Subscription Status"),
    CardField.NOTE: ("Note", "Notes", "Memo", "Comment", "Comments"),
    CardField.FIRST_VISIT: ("First Visit", "First Seen", "Customer Since"),
    CardField.LAST_VISIT: ("Last Visit", "Last Seen"),
    CardField.VISIT_COUNT: ("Visit Count", "Visits", "Transaction Count"),
    CardField.IGNORE: ("ID", "Customer ID"),
}


def _union(*tables: Mapping[CardField, tuple[str, ...]]) -> dict[CardField, tuple[str, ...]]:
    merged: dict[CardField, tuple[str, ...]] = {}
    for table in tables:
        for card_field, names in table.items():
            merged[card_field] = merged.get(card_field, ()) + names
    return merged


PRESETS: dict[PresetKind, Preset] = {
    PresetKind.SQUARE: Preset(
        PresetKind.SQUARE, "Square の顧客エクスポート", "Square customer export", _SQUARE_HEADERS
    ),
    PresetKind.JAPANESE: Preset(
        PresetKind.JAPANESE,
        "日本語の顧客名簿（Excel など）",
        "Japanese customer sheet (Excel etc.)",
        _union(_JAPANESE_HEADERS, _ENGLISH_HEADERS),
    ),
    PresetKind.GENERIC: Preset(
        PresetKind.GENERIC,
        "その他（見出しから推測）",
        "Other (guessed from the headings)",
        _union(_ENGLISH_HEADERS, _JAPANESE_HEADERS),
    ),
}

_SQUARE_MARKERS = {"squarecustomerid", "transactioncount", "creationsource", "emailaddress"}


def header_key(header: str) -> str:
    """A heading compared without width, case, spaces or punctuation around it."""
    return re.sub(r"[\s_\-:：・]", "", nfkc(header).casefold().strip("\ufeff"))


def detect_preset(headers: Sequence[str]) -> PresetKind:
    """Square's export by its own headings, a Japanese sheet by Japanese headings, else generic."""
    keys = {header_key(h) for h in headers}
    if len(keys & _SQUARE_MARKERS) >= 2:
        return PresetKind.SQUARE
    if any(_has_japanese(h) for h in headers):
        return PresetKind.JAPANESE
    return PresetKind.GENERIC


def _has_japanese(text: str) -> bool:
    return any(
        "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\uff66" <= ch <= "\uff9f"
        for ch in text
    )


def map_headers(headers: Sequence[str], preset: Preset) -> tuple[CardField | None, ...]:
    """The card field of each column; None for a column the preset does not know."""
    return tuple(preset.field_for(h) for h in headers)


# -- values ---------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def normalise_reading(text: str) -> str:
    """A reading as Kauntaa stores it: hiragana, full width, single spaces.

    'ﾀﾅｶ ﾐｻｷ', 'タナカ　ミサキ' and 'たなか みさき' are all stored as 'たなか みさき'.
    Latin letters (a romaji reading) are kept as written.
    """
    if not text:
        return ""
    text = nfkc(text).replace("\u3000", " ")
    # NFKC leaves a half-width voiced mark that followed a space-less letter composed;
    # jaconv turns the remaining katakana (including ヴ) into hiragana.
    return _SPACES.sub(" ", jaconv.kata2hira(text)).strip()


def join_name(family: str, given: str) -> str:
    """Family then given for Japanese names; given then family for names in Latin letters."""
    family, given = family.strip(), given.strip()
    if not family or not given:
        return family or given
    if is_latin(family) and is_latin(given):
        return f"{given} {family}"
    return f"{family} {given}"


def split_name(name: str) -> tuple[str, str]:
    """(family, given) of a name as Kauntaa stores it, the inverse of ``join_name``.

    A name in Latin letters is written given first: the last word is the family
    name ("Mary Ann Smith" → Smith; Mary Ann). Any other name (Japanese, or mixed
    scripts) is written family first: the first word is the family name
    ("田中 美咲" → 田中; 美咲). A single word is the family name.
    """
    words = name.replace("\u3000", " ").split()
    if len(words) < 2:
        return (words[0] if words else ""), ""
    if is_latin(name):
        return words[-1], " ".join(words[:-1])
    return words[0], " ".join(words[1:])


def split_reading(reading: str, name: str) -> tuple[str, str]:
    """(family, given) of a reading, whose words follow the name's order."""
    words = reading.split()
    if len(words) < 2:
        return (words[0] if words else ""), ""
    if is_latin(name) and len(name.split()) >= 2:
        return words[-1], " ".join(words[:-1])
    return words[0], " ".join(words[1:])


def join_reading(family: str, given: str, *, given_first: bool = False) -> str:
    """A reading from its parts, in the order of the name it reads (given first for Latin)."""
    parts = (normalise_reading(given), normalise_reading(family))
    return " ".join(p for p in (parts if given_first else parts[::-1]) if p)


def valid_uid(text: str) -> str:
    """A card's UID as Kauntaa keeps it (a lower-case UUID), or "" when it is not a UUID."""
    text = text.strip()
    if text.lower().startswith("urn:uuid:"):
        text = text[9:]
    try:
        return str(uuid.UUID(text)) if len(text) in (32, 36) else ""
    except ValueError:
        return ""


_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?")


def parse_datetime(text: str) -> datetime | None:
    """A date (and maybe a time) as point-of-sale exports and sheets write it; None if unreadable.

    Accepts 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301, ISO times with
    a zone (the zone is dropped: the shop lives in one), and Square's US form 3/1/2024.
    A day outside the range Kauntaa accepts (``domain.dates``, e.g. year 1) is unreadable.
    """
    parsed = _parse_datetime(text)
    return parsed if parsed is not None and in_range(parsed.date()) else None


def _parse_datetime(text: str) -> datetime | None:
    text = nfkc(text).strip()
    if not text:
        return None
    if ":" in text:
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
        except ValueError:
            pass
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            return _make(int(m[1]), int(m[2]), int(m[3]), *_clock_of(m, 4))
    m = _US_DATE.match(text)
    if m:
        return _make(int(m[3]), int(m[1]), int(m[2]), *_clock_of(m, 4))
    return None


def _clock_of(m: re.Match[str], first: int) -> tuple[int | None, int | None]:
    groups = m.groups()
    if len(groups) >= first + 1 and groups[first - 1] is not None:
        return int(groups[first - 1]), int(groups[first])
    return None, None


def _make(year: int, month: int, day: int, hour: int | None, minute: int | None) -> datetime | None:
    try:
        if hour is None or minute is None:
            return datetime.combine(date(year, month, day), IMPORTED_VISIT_TIME)
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None


_TRUE = {
    "1",
    "yes",
    "y",
    "true",
    "subscribed",
    "optedin",
    "はい",
    "可",
    "○",
    "〇",
    "◯",
    "有",
    "あり",
    "済",
}


def parse_flag(text: str) -> bool:
    return header_key(text) in _TRUE


def parse_count(text: str) -> int | None:
    digits = nfkc(text).replace(",", "").strip()
    return int(digits) if digits.isdigit() else None


def split_tags(text: str) -> tuple[str, ...]:
    return tuple(t for t in (p.strip() for p in re.split(r"[,、，;；/／|]", nfkc(text))) if t)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def looks_like_email(text: str) -> bool:
    return len(text) <= 254 and bool(_EMAIL.match(text))


# -- duplicate keys ---------------------------------------------------------------


_NOT_DIGIT = re.compile(r"\D")


def phone_key(phone: str) -> str:
    """Digits of a phone number, with Japan's +81 written as a leading 0; empty if too short."""
    if not phone.isascii():
        phone = nfkc(phone)
    digits = _NOT_DIGIT.sub("", phone)
    if phone.strip().startswith("+81") or (digits.startswith("81") and len(digits) >= 11):
        digits = "0" + digits[2:]
    return digits if len(digits) >= 6 else ""


def email_key(email: str) -> str:
    return nfkc(email).strip().casefold()


def name_key(name: str) -> str:
    return fold(name)


def readings_agree(a: str, b: str) -> bool:
    """Two readings of one name agree unless both are known and differ."""
    if not a or not b:
        return True
    ka, kb = fold(a), fold(b)
    return not ka or not kb or ka == kb


# -- what one row becomes -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportedCard:
    """One row of a file, as it will be stored: the card, a note, and its visit history."""

    line: int
    fields: CustomerFields
    note: str = ""
    first_visit: datetime | None = None
    last_visit: datetime | None = None
    visit_count: int = 0
    #: Values that could not go where the file put them, kept in the note instead.
    warnings: tuple[str, ...] = ()
    #: The card's own UID (a vCard's), kept by a new customer when it is free.
    uid: str = ""
    #: When each consent answer was given, when the file says (Kauntaa's own vCards).
    newsletter_consent_at: datetime | None = None
    contact_consent_at: datetime | None = None
    introduction_consent_at: datetime | None = None

    def visit_times(self, now: datetime) -> list[datetime]:
        """The history this row brings, spread evenly between its first and last visit.

        A file that only says "12 visits, first in March, last in October" gets
        twelve imported visits in that span, so the count and the rhythm on the
        card match what the other system knew. Nothing lands after ``now``.
        """
        first = self.first_visit or self.last_visit
        last = self.last_visit or self.first_visit
        count = min(max(self.visit_count, 0), MAX_IMPORTED_VISITS)
        if first is None or last is None:
            return []
        if last < first:
            first, last = last, first
        if last > now:
            last = now
        if first > now:
            return []
        if count <= 1:
            return [last] if count == 1 or first == last else [first, last]
        # Whole days at the first visit's time of day: imported history reads like visits.
        span = (last.date() - first.date()).days
        return [first + timedelta(days=round(span * i / (count - 1))) for i in range(count)]


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row that will not be imported, and why, in both languages."""

    line: int
    name: str
    reason_ja: str
    reason_en: str


@dataclass(frozen=True, slots=True)
class RowValues:
    """One row's cells gathered by card field (several address columns become one address)."""

    line: int
    values: Mapping[CardField, tuple[str, ...]]
    #: "Heading: value" of columns kept as a note.
    extras: tuple[str, ...] = ()


class Gatherer:
    """Gathers each row of one table by card field; which column goes where is worked out once."""

    def __init__(
        self,
        headers: Sequence[str],
        mapping: Sequence[CardField | None],
        *,
        keep_unmapped: bool = True,
    ) -> None:
        targets = list(mapping) + [None] * (len(headers) - len(mapping))
        #: (column, field or None for "keep as a note", the heading the note uses)
        self._columns = [
            (index, target, header.strip() or f"#{index + 1}")
            for index, (header, target) in enumerate(zip(headers, targets, strict=False))
            if target is not CardField.IGNORE and (target is not None or keep_unmapped)
        ]
        self._width = len(headers)
        self._keep_unmapped = keep_unmapped

    def __call__(self, line: int, cells: Sequence[str]) -> RowValues:
        values: dict[CardField, list[str]] = {}
        extras: list[str] = []
        for index, target, label in self._columns:
            if index >= len(cells):
                break
            cell = cells[index].strip()
            if not cell:
                continue
            if "\r" in cell:
                # A cell spanning lines (a memo typed with Alt+Enter in Excel) keeps plain newlines.
                cell = cell.replace("\r\n", "\n")
            if target is None:
                extras.append(f"{label}: {cell}")
            else:
                values.setdefault(target, []).append(cell)
        # Cells beyond the headings are kept too: nothing in the file is dropped unseen.
        if self._keep_unmapped and len(cells) > self._width:
            extras += [
                f"#{i + 1}: {c.strip()}"
                for i, c in enumerate(cells)
                if i >= self._width and c.strip()
            ]
        return RowValues(line, {k: tuple(v) for k, v in values.items()}, tuple(extras))


def card_from_values(row: RowValues, today: date) -> ImportedCard | RowProblem:
    """Build the card of one row; unreadable values are moved into the note with a warning."""
    v = row.values

    def one(card_field: CardField, sep: str = " ") -> str:
        return sep.join(v.get(card_field, ()))

    name = one(CardField.NAME) or join_name(one(CardField.FAMILY_NAME), one(CardField.GIVEN_NAME))
    name = name.replace("\u3000", " ").strip()
    if not name:
        return RowProblem(row.line, "", "名前が空です", "The name is empty")
    reading = normalise_reading(one(CardField.READING)) or join_reading(
        one(CardField.FAMILY_READING), one(CardField.GIVEN_READING)
    )
    notes: list[str] = list(v.get(CardField.NOTE, ()))
    warnings: list[str] = []

    def moved(label: str, value: str) -> None:
        notes.append(f"{label}: {value}")
        warnings.append(label)

    email = next(iter(one(CardField.EMAIL).split()), "")
    if email and not looks_like_email(email):
        moved("メール / Email", email)
        email = ""
    birthday: date | None = None
    if raw := one(CardField.BIRTHDAY):
        parsed = parse_datetime(raw)
        if parsed is None or parsed.date() > today:
            moved("誕生日 / Birthday", raw)
        else:
            birthday = parsed.date()
    first = _visit(one(CardField.FIRST_VISIT), "初回来店日 / First visit", moved)
    last = _visit(one(CardField.LAST_VISIT), "最終来店日 / Last visit", moved)
    count = 0
    if raw := one(CardField.VISIT_COUNT):
        parsed_count = parse_count(raw)
        if parsed_count is None:
            moved("来店回数 / Visit count", raw)
        else:
            count = parsed_count
    if count == 0 and (first or last):
        count = 2 if first and last and first != last else 1
    tags: list[str] = []
    for cell in v.get(CardField.TAGS, ()):
        tags += split_tags(cell)
    fields = CustomerFields(
        name=name,
        reading=reading,
        call_name=one(CardField.CALL_NAME),
        usual_order=one(CardField.USUAL_ORDER),
        occupation=one(CardField.OCCUPATION),
        offers=one(CardField.OFFERS, "\n"),
        looking_for=one(CardField.LOOKING_FOR, "\n"),
        tags=tuple(dict.fromkeys(tags)),
        phone=one(CardField.PHONE, " / "),
        email=email,
        address=one(CardField.ADDRESS),
        birthday=birthday,
        newsletter_consent=any(parse_flag(c) for c in v.get(CardField.NEWSLETTER, ())),
    )
    return ImportedCard(
        line=row.line,
        fields=fields,
        note="\n".join([*notes, *row.extras]),
        first_visit=first,
        last_visit=last,
        visit_count=count,
        warnings=tuple(warnings),
    )


def _visit(raw: str, label: str, moved: Callable[[str, str], None]) -> datetime | None:
    if not raw:
        return None
    parsed = parse_datetime(raw)
    if parsed is None:
        moved(label, raw)
    return parsed


# -- duplicates ---------------------------------------------------------------------


class DuplicateAction(StrEnum):
    SKIP = "skip"
    MERGE = "merge"
    ADD = "add"


class MatchBasis(StrEnum):
    UID = "uid"
    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"


BASIS_LABELS: dict[MatchBasis, tuple[str, str]] = {
    MatchBasis.UID: ("UID が同じ", "same UID"),
    MatchBasis.NAME: ("名前とよみがなが同じ", "same name and reading"),
    MatchBasis.PHONE: ("電話番号が同じ", "same phone number"),
    MatchBasis.EMAIL: ("メールアドレスが同じ", "same email address"),
}


class KnownPerson(NamedTuple):
    """What duplicate detection needs of a stored customer (a tuple: a shop has 100,000).

    ``name_key`` is ``name_key(name)`` when the caller has it already (the search
    index holds it), so a big shop's names are not folded again.
    """

    id: int
    name: str
    reading: str
    phone: str
    email: str
    name_key: str | None = None
    uid: str = ""


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A row that looks like someone already known: a stored customer or an earlier row."""

    line: int
    basis: MatchBasis
    customer_id: int | None = None
    customer_name: str = ""
    earlier_line: int | None = None


@dataclass(slots=True)
class _Index:
    names: dict[str, list[tuple[str, object]]] = field(default_factory=dict)
    phones: dict[str, object] = field(default_factory=dict)
    emails: dict[str, object] = field(default_factory=dict)
    uids: dict[str, object] = field(default_factory=dict)

    def add(self, keys: _Keys, reading: str, ref: object) -> None:
        if keys.uid:
            self.uids.setdefault(keys.uid, ref)
        if keys.name:
            self.names.setdefault(keys.name, []).append((reading, ref))
        if keys.phone:
            self.phones.setdefault(keys.phone, ref)
        if keys.email:
            self.emails.setdefault(keys.email, ref)

    def find(self, keys: _Keys, reading: str) -> tuple[MatchBasis, object] | None:
        # The same UID is the same person, whatever their name has become since;
        # two different UIDs are two people, even with one name (a shop's two 清水 春香).
        if keys.uid in self.uids:
            return MatchBasis.UID, self.uids[keys.uid]

        def other(ref: object) -> bool:
            theirs = getattr(ref, "uid", "")
            return bool(keys.uid and theirs and valid_uid(theirs) != keys.uid)

        for known_reading, ref in self.names.get(keys.name, ()):
            if readings_agree(reading, known_reading) and not other(ref):
                return MatchBasis.NAME, ref
        if keys.phone in self.phones and not other(self.phones[keys.phone]):
            return MatchBasis.PHONE, self.phones[keys.phone]
        if keys.email in self.emails and not other(self.emails[keys.email]):
            return MatchBasis.EMAIL, self.emails[keys.email]
        return None


class _Keys(NamedTuple):
    """The folded name, phone and email a duplicate is matched on; empty when missing."""

    name: str
    phone: str
    email: str
    uid: str = ""

    @classmethod
    def of(
        cls, name: str, phone: str, email: str, folded_name: str | None = None, uid: str = ""
    ) -> _Keys:
        return cls(
            name_key(name) if folded_name is None else folded_name,
            phone_key(phone) if phone else "",
            email_key(email) if email else "",
            valid_uid(uid) if uid else "",
        )


def find_duplicates(
    cards: Sequence[ImportedCard], known: Iterable[KnownPerson]
) -> dict[int, Duplicate]:
    """Rows that match a stored customer, or an earlier row of the file, by line number.

    Stored customers are checked first: a row that matches both is about the
    stored person. The same UID is the same person; phone numbers and emails match
    after folding width, spaces, hyphens and case; names need the same folded name
    and readings that agree.
    """
    stored = _Index()
    for person in known:
        keys = _Keys.of(person.name, person.phone, person.email, person.name_key, person.uid)
        stored.add(keys, person.reading, person)
    earlier = _Index()
    found: dict[int, Duplicate] = {}
    for card in cards:
        f = card.fields
        keys = _Keys.of(f.name, f.phone, f.email, uid=card.uid)
        hit = stored.find(keys, f.reading)
        if hit is not None:
            basis, ref = hit
            assert isinstance(ref, KnownPerson)
            found[card.line] = Duplicate(card.line, basis, ref.id, ref.name)
        else:
            hit = earlier.find(keys, f.reading)
            if hit is not None:
                basis, ref = hit
                assert isinstance(ref, ImportedCard)
                found[card.line] = Duplicate(
                    card.line, basis, customer_name=ref.fields.name, earlier_line=ref.line
                )
        earlier.add(keys, f.reading, card)
    return found


_MERGED_TEXT = ("reading", "call_name", "usual_order", "occupation", "offers", "looking_for",
                "phone", "email", "address")  # fmt: skip


def merge_fields(base: CustomerFields, extra: CustomerFields) -> CustomerFields:
    """Fill what ``base`` leaves empty from ``extra``; tags are joined. Nothing in ``base`` changes."""
    changes: dict[str, object] = {
        name: getattr(extra, name)
        for name in _MERGED_TEXT
        if not getattr(base, name) and getattr(extra, name)
    }
    if base.birthday is None and extra.birthday is not None:
        changes["birthday"] = extra.birthday
    if extra.newsletter_consent and not base.newsletter_consent:
        changes["newsletter_consent"] = True
    tags = tuple(dict.fromkeys(base.tags + extra.tags))
    if tags != base.tags:
        changes["tags"] = tags
    return replace(base, **changes)  # type: ignore[arg-type]


def merge_cards(base: ImportedCard, extra: ImportedCard) -> ImportedCard:
    """Two rows of one file about the same person, as one row (the earlier row's line)."""
    firsts = [t for t in (base.first_visit, extra.first_visit) if t]
    lasts = [t for t in (base.last_visit, extra.last_visit) if t]
    return replace(
        base,
        fields=merge_fields(base.fields, extra.fields),
        note="\n".join(n for n in (base.note, extra.note) if n),
        first_visit=min(firsts) if firsts else None,
        last_visit=max(lasts) if lasts else None,
        visit_count=base.visit_count + extra.visit_count,
        warnings=base.warnings + extra.warnings,
    )
