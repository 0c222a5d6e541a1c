"""Rules every input must pass before anything is written.

Limits are generous for a person and tight enough that a pasted novel or a
stuck key never reaches the card. Each failure names the field and says what
to do, in Japanese and English.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from kauntaa.domain.customers import CustomerFields
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


def clean(field: str, value: str, *, required: bool = False) -> str:
    """Trim and width-normalise spaces; refuse empty required or over-long text."""
    text = value.replace("\u3000", " ").strip()
    label_ja, label_en = FIELD_LABELS[field]
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
