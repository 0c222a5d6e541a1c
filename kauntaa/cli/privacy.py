"""Command line for a customer's rights (APPI): export their record, delete them, their consent.

``kauntaa privacy export CUSTOMER --out FILE`` writes everything held about one
person as JSON (or, with ``--html``, as a printable page); ``kauntaa privacy
delete CUSTOMER --yes`` deletes them completely; ``kauntaa privacy consent
CUSTOMER [--newsletter yes|no] [--contact yes|no] [--introductions yes|no]``
shows or records their consent, dated.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kauntaa.cli.render import Voice
from kauntaa.domain import consent
from kauntaa.errors import Message, UserError
from kauntaa.paths import resolve_paths
from kauntaa.settings import load_settings

if TYPE_CHECKING:
    from kauntaa.services.shop import Shop

Handler = Callable[[argparse.Namespace, "Shop", Voice], object]

ANSWER_WORDS = {
    consent.Answer.NOT_ASKED: ("未確認", "not asked"),
    consent.Answer.AGREED: ("同意あり", "agreed"),
    consent.Answer.DECLINED: ("同意なし・撤回", "declined or withdrawn"),
}


def _yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in ("yes", "y", "はい", "1", "true"):
        return True
    if value in ("no", "n", "いいえ", "0", "false"):
        return False
    raise argparse.ArgumentTypeError(f"use yes or no: {text!r}")


def add_parsers(commands: Any) -> None:
    privacy = commands.add_parser(
        "privacy", help="a customer's rights: export their record, delete them, their consent"
    )
    actions = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="everything held about one customer")
    export.add_argument("customer", help="an id, or a query matching exactly one person")
    export.add_argument("--out", required=True, metavar="FILE", help="where to write it")
    export.add_argument("--html", action="store_true", help="a printable page instead of JSON")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    delete = actions.add_parser(
        "delete", help="delete a customer completely (their introductions stay, anonymised)"
    )
    delete.add_argument("customer")
    delete.add_argument("--yes", action="store_true", help="really delete (required)")
    agreed = actions.add_parser("consent", help="show or record a customer's consent")
    agreed.add_argument("customer")
    agreed.add_argument("--newsletter", type=_yes_no, metavar="yes|no")
    agreed.add_argument("--contact", type=_yes_no, metavar="yes|no", help="keeping contact details")
    agreed.add_argument(
        "--introductions", type=_yes_no, metavar="yes|no", help="being introduced to others"
    )


def _purpose(args: argparse.Namespace, language: str) -> str:
    from kauntaa.services.privacy import default_purpose

    settings = load_settings(resolve_paths(args.data_dir).settings_file)
    return settings.privacy_notice or default_purpose(language)


def _export(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    from kauntaa.services.privacy import record_html

    who = shop.customers.resolve(args.customer)
    out = Path(args.out)
    shop.outputs.check(out, force=args.force)  # before the record is gathered
    record = shop.privacy.export(who.id, purpose=_purpose(args, say.lang))
    content = (
        record_html(record, say.lang)
        if args.html
        else json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    )
    shop.outputs.write(out, content.encode("utf-8"), force=args.force)
    if args.json:
        return {"customer": who.id, "file": str(out), "format": "html" if args.html else "json"}
    return say(
        f"{who.name}さんの記録を書き出しました: {out}",
        f"Wrote everything held about {who.name} to {out}",
    )


def _delete(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    from kauntaa.services.privacy import backup_retention_message

    who = shop.customers.resolve(args.customer)
    if not args.yes:
        raise UserError(
            Message(
                f"{who.name}さん（ID {who.id}）を完全に削除します。元に戻せません。"
                "よろしければ --yes を付けてもう一度実行してください。",
                f"This deletes {who.name} (id {who.id}) completely and cannot be undone. "
                "Run again with --yes to go ahead.",
            ),
            code="confirm",
            field="yes",
        )
    erased = shop.privacy.erase(who.id)
    report = erased.report
    retention = backup_retention_message().in_language(say.lang)
    if args.json:
        return {"report": report, "log_emptied": erased.log_emptied, "backups": retention}
    lines = [
        say(
            f"{report.name}さんを削除しました（メモ {report.notes} 件、来店 {report.visits} 回、"
            f"サークル {report.memberships}、イベント参加 {report.attendances}）。",
            f"Deleted {report.name} ({report.notes} notes, {report.visits} visits, "
            f"{report.memberships} circle memberships, {report.attendances} event attendances).",
        ),
        say(
            f"ほかの方の紹介の記録 {report.introductions_kept + report.introduced_by_them} 件は、"
            "名前を伏せて残しました。",
            f"{report.introductions_kept + report.introduced_by_them} introductions stay on the "
            "other people's cards, without the name.",
        ),
    ]
    if report.mentions_elsewhere:
        lines.append(
            say(
                f"ほかの方のメモや日々のメモ {report.mentions_elsewhere} 件に名前が残っています。"
                "必要なら見直してください。",
                f"{report.mentions_elsewhere} notes on other cards or day notes still mention "
                "the name; review them if needed.",
            )
        )
    lines.append(retention)
    return "\n".join(lines)


def _consent(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    who = shop.customers.resolve(args.customer)
    customer = shop.customers.get(who.id)
    fields = customer.fields()
    if args.newsletter is not None:
        fields = replace(fields, newsletter_consent=args.newsletter)
    if args.contact is not None:
        fields = replace(fields, contact_consent=args.contact)
    if args.introductions is not None:
        fields = replace(
            fields, introduction_consent=args.introductions, do_not_introduce=not args.introductions
        )
    if fields != customer.fields():
        customer = shop.customers.update(who.id, fields)
    answers = {
        "newsletter": (
            consent.answer(customer.newsletter_consent, customer.newsletter_consent_at),
            customer.newsletter_consent_at,
        ),
        "contact_details": (
            consent.answer(customer.contact_consent, customer.contact_consent_at),
            customer.contact_consent_at,
        ),
        "introductions": (
            consent.introduction_answer(
                customer.introduction_consent,
                customer.do_not_introduce,
                customer.introduction_consent_at,
            ),
            customer.introduction_consent_at,
        ),
    }
    if args.json:
        return {
            "customer": who.id,
            "consent": {
                k: {"answer": a.value, "at": at.isoformat() if at else None}
                for k, (a, at) in answers.items()
            },
        }
    labels = {
        "newsletter": ("ニュースレター", "Newsletter"),
        "contact_details": ("連絡先の保管", "Keeping contact details"),
        "introductions": ("ほかの方への紹介", "Being introduced to others"),
    }
    lines = [say(f"{who.name}さんの同意", f"Consent of {who.name}")]
    for key, (answer, at) in answers.items():
        when = f"  ({at:%Y-%m-%d})" if at else ""
        lines.append(f"  {say(*labels[key])}: {say(*ANSWER_WORDS[answer])}{when}")
    return "\n".join(lines)


def _privacy(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    handlers: dict[str, Handler] = {"export": _export, "delete": _delete, "consent": _consent}
    return handlers[args.privacy_command](args, shop, say)


HANDLERS: dict[str, Handler] = {"privacy": _privacy}
