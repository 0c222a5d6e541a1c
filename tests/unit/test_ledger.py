"""The introduction ledger's rules, the newsletter list, and their command-line commands."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kauntaa.app import main
from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.introductions import IntroductionStatus, OutcomeKind
from kauntaa.errors import NotFoundError, UserError
from kauntaa.services.shop import Shop
from kauntaa.storage.schema import ReminderRow

TODAY = date(2026, 11, 20)


@pytest.fixture
def two(shop: Shop) -> tuple[int, int]:
    a = shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき"))
    b = shop.customers.add(CustomerFields(name="西田 優", reading="にしだ ゆう"))
    return a.id, b.id


def test_a_planned_introduction_is_marked_done_today(shop: Shop, two: tuple[int, int]) -> None:
    planned = shop.introductions.introduce(*two, planned=True, on=date(2026, 11, 25))

    done = shop.introductions.complete(planned.id)

    assert done.status is IntroductionStatus.DONE
    assert done.on == TODAY
    assert shop.activity.record_visit(two[0]).planned_introductions == ()


def test_a_planned_introduction_can_be_dropped_and_stays_in_the_ledger(
    shop: Shop, two: tuple[int, int]
) -> None:
    planned = shop.introductions.introduce(*two, planned=True)

    dropped = shop.introductions.drop(planned.id)

    assert dropped.status is IntroductionStatus.DROPPED
    assert [i.status for i in shop.introductions.for_customer(two[1])] == [
        IntroductionStatus.DROPPED
    ]
    assert shop.customers.card(two[0]).planned_introductions == ()


def test_only_a_planned_introduction_can_be_done_or_dropped(
    shop: Shop, two: tuple[int, int]
) -> None:
    done = shop.introductions.introduce(*two)
    for change in (shop.introductions.complete, shop.introductions.drop):
        with pytest.raises(UserError) as caught:
            change(done.id)
        assert caught.value.code == "not_planned"


def test_a_planned_introduction_cannot_be_completed_in_the_future(
    shop: Shop, two: tuple[int, int]
) -> None:
    planned = shop.introductions.introduce(*two, planned=True)
    with pytest.raises(UserError) as caught:
        shop.introductions.complete(planned.id, on=date(2026, 11, 21))
    assert caught.value.field == "on"


def test_an_outcome_needs_an_introduction_that_happened(shop: Shop, two: tuple[int, int]) -> None:
    planned = shop.introductions.introduce(*two, planned=True)
    with pytest.raises(UserError) as caught:
        shop.introductions.record_outcome(planned.id, OutcomeKind.WORK)
    assert caught.value.code == "not_done"


def test_an_outcome_date_cannot_be_in_the_future_nor_a_follow_up_in_the_past(
    shop: Shop, two: tuple[int, int]
) -> None:
    intro = shop.introductions.introduce(*two)
    with pytest.raises(UserError) as future:
        shop.introductions.record_outcome(intro.id, OutcomeKind.WORK, on=date(2026, 11, 21))
    with pytest.raises(UserError) as past:
        shop.introductions.record_outcome(
            intro.id, OutcomeKind.WORK, follow_up_on=date(2026, 11, 19)
        )
    assert (future.value.field, past.value.field) == ("outcome_on", "follow_up_on")
    assert shop.introductions.get(intro.id).outcome_kind is OutcomeKind.NONE_YET


def test_someone_who_asked_not_to_be_introduced_cannot_be_planned_for(
    shop: Shop, two: tuple[int, int]
) -> None:
    shy = shop.customers.add(
        CustomerFields(name="森 光", reading="もり ひかる", do_not_introduce=True)
    )
    with pytest.raises(UserError) as caught:
        shop.introductions.introduce(two[0], shy.id, planned=True)
    assert caught.value.code == "do_not_introduce"
    assert shop.introductions.for_customer(shy.id) == []


def test_the_pair_is_found_whichever_way_round(shop: Shop, two: tuple[int, int]) -> None:
    intro = shop.introductions.introduce(*two, context="写真")
    assert shop.introductions.between(two[1], two[0]).id == intro.id
    third = shop.customers.add(CustomerFields(name="青木 蓮", reading="あおき れん"))
    with pytest.raises(NotFoundError):
        shop.introductions.between(two[0], third.id)


def test_search_hits_say_who_has_an_introduction_planned(shop: Shop, two: tuple[int, int]) -> None:
    third = shop.customers.add(CustomerFields(name="青木 蓮", reading="あおき れん"))
    shop.introductions.introduce(*two, planned=True)
    shop.activity.add_reminder("傘を返す", customer_id=third.id, on_next_visit=True)

    hits = {h.id: h for h in shop.customers.search("た", limit=10)}
    hits |= {h.id: h for h in shop.customers.search("に", limit=10)}
    hits |= {h.id: h for h in shop.customers.search("あおき", limit=10)}

    assert [hits[i].planned_introduction for i in (*two, third.id)] == [True, True, False]
    assert [hits[i].waiting for i in (*two, third.id)] == [True, True, True]


# The newsletter list --------------------------------------------------------------------


def test_the_newsletter_list_holds_only_consenting_customers_in_excel_friendly_csv(
    shop: Shop, tmp_path: Path
) -> None:
    yes = shop.customers.add(
        CustomerFields(
            name="田中 美咲",
            reading="たなか みさき",
            email="misaki@example.jp",
            phone="+81 90-1234-5678",
            newsletter_consent=True,
        )
    )
    shop.customers.add(CustomerFields(name="佐藤 健太", reading="さとう けんた", email="k@x.jp"))
    gone = shop.customers.add(
        CustomerFields(name="森 光", reading="もり ひかる", newsletter_consent=True)
    )
    shop.customers.archive(gone.id)

    (tmp_path / "out").mkdir()  # the writer never makes missing folders
    done = shop.newsletter.export_csv(tmp_path / "out" / "newsletter.csv", language="en")

    raw = done.path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    assert b"\r\n" in raw
    with done.path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:5] == ["ID", "Name", "Reading", "Call name", "Email"]
    assert [r[1] for r in rows[1:]] == ["田中 美咲"]
    assert rows[1][0] == str(yes.id)
    assert rows[1][4] == "misaki@example.jp"
    assert rows[1][5] == "'+81 90-1234-5678"  # kept as text, never read as a formula
    assert done.count == 1


def test_the_newsletter_list_leaves_out_contact_details_someone_declined_to_keep(
    shop: Shop, tmp_path: Path
) -> None:
    fields = CustomerFields(
        name="田中 美咲",
        reading="たなか みさき",
        email="misaki@example.jp",
        newsletter_consent=True,
    )
    agreed = shop.customers.add(replace(fields, contact_consent=True))
    declined = shop.customers.add(replace(fields, name="田中 美和", reading="たなか みわ"))
    shop.customers.update(declined.id, replace(declined.fields(), contact_consent=True))
    shop.customers.update(declined.id, replace(declined.fields(), contact_consent=False))

    people = {p.customer.id: p for p in shop.newsletter.subscribers()}

    assert people[agreed.id].email == "misaki@example.jp"
    assert people[declined.id].email == ""
    assert people[declined.id].customer.name == "田中 美和"


def test_the_newsletter_list_headers_follow_the_language(shop: Shop, tmp_path: Path) -> None:
    done = shop.newsletter.export_csv(tmp_path / "n.csv", language="ja")
    assert done.count == 0
    assert done.path.read_text(encoding="utf-8-sig").splitlines()[0].startswith("ID,名前,よみ")


def test_an_unwritable_newsletter_file_is_a_clear_error(shop: Shop, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError) as caught:
        shop.newsletter.export_csv(blocker / "n.csv")
    assert caught.value.code == "export_failed"


# The command line -------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cafe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "shop"
    for args in (
        ("add", "木村 花", "--reading", "きむら はな", "--looking-for", "ショップの写真"),
        ("add", "西田 優", "--reading", "にしだ ゆう", "--offers", "写真撮影"),
        ("add", "森 光", "--reading", "もり ひかる"),
    ):
        assert run(capsys, folder, *args)[0] == 0
    return folder


def test_suggest_names_the_match_and_its_reason(
    capsys: pytest.CaptureFixture[str], cafe: Path
) -> None:
    code, out, _ = run(capsys, cafe, "suggest", "kimura")
    assert code == 0
    assert "西田 優" in out
    assert "offers: 写真撮影 ↔ looking for: ショップの写真" in out

    code, out, _ = run(capsys, cafe, "--json", "suggest", "kimura")
    [first] = json.loads(out)
    assert first["customer"]["name"] == "西田 優"
    assert first["reasons"][0]["kind"] == "need"
    assert first["reasons"][0]["words"] == ["写真"]


def test_suggest_says_so_when_there_is_nobody(
    capsys: pytest.CaptureFixture[str], cafe: Path
) -> None:
    code, out, _ = run(capsys, cafe, "suggest", "mori")
    assert code == 0
    assert "Nobody to suggest" in out


def test_introduce_planned_then_outcome_by_the_two_names(
    capsys: pytest.CaptureFixture[str], cafe: Path
) -> None:
    code, out, _ = run(capsys, cafe, "introduce", "kimura", "nishida", "--planned")
    assert (code, "Planned" in out) == (0, True)
    code, out, _ = run(capsys, cafe, "visit", "nishida")
    assert "木村 花" in out  # the plan comes up at check-in

    assert run(capsys, cafe, "introduce", "kimura", "nishida")[0] == 0  # it happened
    code, out, _ = run(
        capsys,
        cafe,
        "--json",
        "outcome",
        "kimura",
        "nishida",
        "--kind",
        "work",
        "--text",
        "ショップの写真を撮った",
        "--follow-up",
        "2026-12-20",
    )
    recorded = json.loads(out)
    assert code == 0
    assert recorded["outcome_kind"] == "work"
    assert recorded["follow_up_on"] == "2026-12-20"

    code, out, _ = run(capsys, cafe, "outcome", str(recorded["id"]), "--kind", "friendship")
    assert (code, "became friends" in out) == (0, True)


def test_outcome_of_an_unknown_pair_is_one_line_with_status_2(
    capsys: pytest.CaptureFixture[str], cafe: Path
) -> None:
    code, _, err = run(capsys, cafe, "outcome", "kimura", "mori", "--kind", "work")
    assert code != 0
    assert "There is no introduction" in err
    assert "Traceback" not in err


def test_newsletter_command_writes_the_csv(
    capsys: pytest.CaptureFixture[str], cafe: Path, tmp_path: Path
) -> None:
    target = tmp_path / "list.csv"
    code, out, _ = run(capsys, cafe, "--json", "newsletter", "--out", str(target))
    assert code == 0
    assert json.loads(out) == {"path": str(target), "count": 0}
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_undo_helpers_put_the_ledger_back(shop: Shop, two: tuple[int, int]) -> None:
    planned = shop.introductions.introduce(*two, planned=True, on=date(2026, 11, 18))
    shop.introductions.complete(planned.id)
    reopened = shop.introductions.reopen(planned.id, on=date(2026, 11, 18))
    assert (reopened.status, reopened.on) == (IntroductionStatus.PLANNED, date(2026, 11, 18))

    done = shop.introductions.complete(planned.id)
    shop.introductions.record_outcome(
        done.id, OutcomeKind.WORK, "ロゴ", follow_up_on=date(2026, 12, 1)
    )
    assert _follow_ups(shop, done.id) == 1
    restored = shop.introductions.restore_outcome(done)
    assert (restored.outcome_kind, restored.outcome_text, restored.follow_up_on) == (
        OutcomeKind.NONE_YET,
        "",
        None,
    )

    assert _follow_ups(shop, done.id) == 0  # the reminder went with the outcome
    removed = shop.introductions.remove(done.id)
    assert removed.id == done.id
    assert shop.introductions.for_customer(two[0]) == []


def _follow_ups(shop: Shop, introduction_id: int) -> int:
    with shop.database.sessions.begin() as s:
        return len(
            s.scalars(
                select(ReminderRow).where(ReminderRow.introduction_id == introduction_id)
            ).all()
        )
