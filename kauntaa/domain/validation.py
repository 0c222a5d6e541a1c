"""Rules every input must pass before anything is written.

Limits are generous for a person and tight enough that a pasted novel or a
stuck key never reaches the card. Each failure names the field and says what
to do, in Japanese and English.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from kauntaa.domain.characters import Refusal, code_point, has_visible, refused, tidy
from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.dates import EARLIEST, LATEST, in_range, local_naive
from kauntaa.domain.text import nfkc
from kauntaa.errors import Message, UserError

#: Longest accepted length per field, in characters.
LIMITS: dict[str, int] = {
    "name": 100,
    "reading": 100,
    "call_name": 50,
    "usual_order": 200,
    "occupation": 200,
    "offers": 1000,
    "looking_for": 1000,
    "tag": 40,
    "phone": 40,
    "email": 254,
    "address": 300,
    "note": 10_000,
    "order": 200,
    "context": 2000,
    "outcome_text": 2000,
    "circle_name": 100,
    "description": 5000,
    "role": 50,
    "event_title": 200,
    "reminder": 1000,
    "day_note": 20_000,
}
MAX_TAGS = 30
MAX_PHOTO_BYTES = 2_000_000

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("名前", "Name"),
    "reading": ("よみがな", "Reading"),
    "call_name": ("呼び方", "What to call them"),
    "usual_order": ("いつもの", "Usual order"),
    "occupation": ("仕事・活動", "Occupation"),
    "offers": ("できること", "Offers"),
    "looking_for": ("探していること", "Looking for"),
    "tag": ("タグ", "Tag"),
    "phone": ("電話番号", "Phone"),
    "email": ("メール", "Email"),
    "address": ("住所", "Address"),
    "note": ("メモ", "Note"),
    "order": ("注文", "Order"),
    "context": ("きっかけ", "Context"),
    "outcome_text": ("その後", "Outcome"),
    "circle_name": ("サークル名", "Circle name"),
    "description": ("説明", "Description"),
    "role": ("役割", "Role"),
    "event_title": ("タイトル", "Title"),
    "reminder": ("リマインダー", "Reminder"),
    "day_note": ("今日のメモ", "Day note"),
}


#: Fields that hold sentences: their line breaks and tabs are kept.
MULTILINE = frozenset(
    {
        "offers",
        "looking_for",
        "address",
        "note",
        "context",
        "outcome_text",
        "description",
        "reminder",
        "day_note",
    }
)

_REFUSALS: dict[Refusal, tuple[str, str]] = {
    Refusal.NOT_TEXT: (
        "{label}に文字として読めないもの（{char}、壊れた文字コード）が含まれています。"
        "入力し直してください。",
        "{label} holds something that is not text ({char}, from a broken encoding). Type it again.",
    ),
    Refusal.CONTROL: (
        "{label}に制御文字（{char}）が含まれています。文字だけを入力してください。",
        "{label} holds a control character ({char}). Type plain text only.",
    ),
    Refusal.DIRECTION: (
        "{label}に文字の向きを変える見えない記号（{char}）が含まれています。"
        "貼り付けずに入力し直してください。",
        "{label} holds an invisible character that turns the text around ({char}). "
        "Type it instead of pasting it.",
    ),
}


def clean(field: str, value: str, *, required: bool = False) -> str:
    """The text as stored: invisible leftovers dropped, spaces plain, trimmed.

    Refuses (UserError naming the field) lone surrogates, control characters and
    direction overrides (see ``domain.characters``), an empty required text (one
    made only of invisible characters is empty) and an over-long one.
    """
    text = tidy(value, multiline=field in MULTILINE).strip()
    label_ja, label_en = FIELD_LABELS[field]
    problem = refused(text)
    if problem is not None:
        kind, char = problem
        ja, en = _REFUSALS[kind]
        raise UserError(
            Message(
                ja.format(label=label_ja, char=code_point(char)),
                en.format(label=label_en, char=code_point(char)),
            ),
            code=kind.value,
            field=field,
        )
    if not has_visible(text):
        text = ""
    if required and not text:
        raise UserError(
            Message(f"{label_ja}を入力してください。", f"{label_en} cannot be empty."),
            code="empty",
            field=field,
        )
    limit = LIMITS[field]
    if len(text) > limit:
        raise UserError(
            Message(
                f"{label_ja}が長すぎます（{len(text)}文字）。{limit}文字以内にしてください。",
                f"{label_en} is too long ({len(text)} characters). Keep it to {limit}.",
            ),
            code="too_long",
            field=field,
        )
    return text


def clean_query(text: str) -> str:
    """A search or a name to look up: anything goes but what is not text at all.

    A lone surrogate (a broken terminal's bytes) cannot even be handed to the
    database, so it is refused with the same words as on a card.
    """
    problem = refused(text)
    if problem is not None and problem[0] is Refusal.NOT_TEXT:
        ja, en = _REFUSALS[Refusal.NOT_TEXT]
        char = code_point(problem[1])
        raise UserError(
            Message(ja.format(label="検索", char=char), en.format(label="The search", char=char)),
            code=Refusal.NOT_TEXT.value,
            field="query",
        )
    return text


#: SQLite's INTEGER (and PostgreSQL's BIGINT) end here; no row has a larger id.
MAX_ID = 2**63 - 1


def as_id(text: str) -> int | None:
    """The id a person typed ('42', or '４２' from a Japanese input method), or None.

    Digits are read after NFKC, as every other input is, and only as ASCII digits
    (int() would take Arabic-Indic digits, str.isdigit() also superscripts int()
    refuses). A number beyond ``MAX_ID`` is still an id, one that names nothing: the
    caller's look-up says "not found" instead of handing the database a number it
    cannot hold.
    """
    text = nfkc(text).strip()
    if not (text.isascii() and text.isdigit()):
        return None
    return int(text)


def is_storable_id(ident: int) -> bool:
    return 1 <= ident <= MAX_ID


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Trimmed, de-duplicated (ignoring width and case), in the order given."""
    seen: set[str] = set()
    result: list[str] = []
    for raw in tags:
        tag = clean("tag", nfkc(raw).lstrip("#"))
        key = tag.casefold()
        if tag and key not in seen:
            seen.add(key)
            result.append(tag)
    if len(result) > MAX_TAGS:
        raise UserError(
            Message(
                f"タグが多すぎます。{MAX_TAGS}個までにしてください。",
                f"Too many tags. Keep it to {MAX_TAGS}.",
            ),
            code="too_many",
            field="tag",
        )
    return tuple(result)


def clean_customer(fields: CustomerFields) -> CustomerFields:
    """Every text field of a card cleaned, or a UserError naming the first bad one."""
    email = clean("email", fields.email)
    if email and ("@" not in email or " " in email):
        raise UserError(
            Message(
                "メールアドレスの形が正しくありません（例: name@example.jp）。",
                "That email address does not look right (for example name@example.com).",
            ),
            code="bad_email",
            field="email",
        )
    if fields.photo is not None and len(fields.photo) > MAX_PHOTO_BYTES:
        raise UserError(
            Message(
                "写真が大きすぎます。2MB以下の画像を選んでください。",
                "The photo is too large. Choose an image under 2 MB.",
            ),
            code="too_long",
            field="photo",
        )
    if fields.birthday is not None:
        check_day(fields.birthday, "birthday")
    if fields.birthday is not None and fields.birthday > date.today():
        raise UserError(
            Message("誕生日が未来になっています。", "The birthday is in the future."),
            code="future",
            field="birthday",
        )
    return replace(
        fields,
        name=clean("name", fields.name, required=True),
        reading=clean("reading", fields.reading),
        call_name=clean("call_name", fields.call_name),
        usual_order=clean("usual_order", fields.usual_order),
        occupation=clean("occupation", fields.occupation),
        offers=clean("offers", fields.offers),
        looking_for=clean("looking_for", fields.looking_for),
        tags=clean_tags(fields.tags),
        phone=clean("phone", fields.phone),
        email=email,
        address=clean("address", fields.address),
    )


def check_day(day: date, field: str = "date") -> date:
    """``day`` if it lies in the range Kauntaa accepts (``domain.dates``), else a UserError."""
    if not in_range(day):
        raise UserError(
            Message(
                f"日付 {day.isoformat()} は扱えません。"
                f"{EARLIEST:%Y年%m月%d日}から{LATEST:%Y年%m月%d日}までの日付にしてください。",
                f"The date {day.isoformat()} is out of range. Use a day from "
                f"{EARLIEST.isoformat()} to {LATEST.isoformat()}.",
            ),
            code="out_of_range",
            field=field,
        )
    return day


def local_time(at: datetime, field: str = "at") -> datetime:
    """``at`` as local wall-clock time without a zone (``domain.dates``)."""
    try:
        return local_naive(at)
    except (OverflowError, ValueError):  # an offset pushing 9999-12-31 past the last day
        check_day(date.max, field)
        raise


def check_time(at: datetime, field: str = "at") -> datetime:
    """``at`` as local wall-clock time without a zone, its day in range; else a UserError."""
    local = local_time(at, field)
    check_day(local.date(), field)
    return local


def check_not_future(at: datetime, now: datetime) -> None:
    """Visits record what happened; a time ahead of the clock is a typing mistake."""
    # A minute of slack: the clock of the machine and of the owner's head differ.
    if (at - now).total_seconds() > 60:
        raise UserError(
            Message(
                f"来店日時 {at:%Y-%m-%d %H:%M} は未来です。今より前の日時を入れてください。",
                f"The visit time {at:%Y-%m-%d %H:%M} is in the future. Enter a time up to now.",
            ),
            code="future",
            field="at",
        )
