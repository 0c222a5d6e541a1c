"""The connection map: who is on it, neighbourhoods, layout, the SVG and the command line."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from kauntaa.app import main
from kauntaa.domain.connections import (
    NO_CIRCLE,
    ConnectionMap,
    Link,
    Person,
    build,
    layout,
)
from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.introductions import IntroductionStatus
from kauntaa.domain.map_svg import MapLabels, render
from kauntaa.errors import UserError
from kauntaa.services.shop import Shop
from tests.conftest import FixedClock

SVG = "{http://www.w3.org/2000/svg}"


def _link(i: int, a: int, b: int, by: int | None = None, status: str = "done") -> Link:
    return Link(
        i, a, b, by, f"person {by}" if by else "", date(2026, 11, 1), IntroductionStatus(status)
    )


def _chain() -> ConnectionMap:
    """1 — 2 — 3 — 4 — 5, with 6 having introduced 2 and 3, and 7 on their own."""
    people = [Person(i, f"人{i}", f"ひと{i}", (10,) if i <= 2 else ()) for i in range(1, 8)]
    links = [_link(1, 1, 2), _link(2, 2, 3, by=6), _link(3, 3, 4), _link(4, 4, 5)]
    return build(people, links, [(10, "写真部"), (11, "読書会")])


def test_the_map_holds_people_in_introductions_and_their_introducers() -> None:
    graph = _chain()
    assert sorted(p.id for p in graph.people) == [1, 2, 3, 4, 5, 6]  # 7 has no introduction
    assert [c.name for c in graph.circles] == ["写真部"]  # nobody on the map reads books
    first = graph.person(1)
    assert first is not None
    assert graph.colour_of(first) == graph.circles[0].colour
    assert graph.colour_of(graph.person(4)) == NO_CIRCLE  # type: ignore[arg-type]


def test_dropped_introductions_are_not_drawn() -> None:
    people = [Person(i, f"人{i}", f"ひと{i}") for i in (1, 2, 3)]
    graph = build(people, [_link(1, 1, 2), _link(2, 2, 3, status="dropped")], [])
    assert [(k.a, k.b) for k in graph.links] == [(1, 2)]
    assert sorted(p.id for p in graph.people) == [1, 2]


def test_a_neighbourhood_reaches_n_steps_and_introducers_count_as_a_step() -> None:
    graph = _chain()
    one = graph.neighbourhood(1, 1)
    assert sorted(p.id for p in one.people) == [1, 2]
    two = graph.neighbourhood(1, 2)
    assert sorted(p.id for p in two.people) == [1, 2, 3, 6]
    assert sorted(k.id for k in two.links) == [1, 2]
    assert graph.neighbourhood(6, 1).center == 6
    assert sorted(p.id for p in graph.neighbourhood(6, 1).people) == [2, 3, 6]


def test_layout_is_deterministic_and_keeps_people_apart() -> None:
    graph = _chain()
    first, second = layout(graph), layout(graph)
    assert first == second
    assert set(first) == {p.id for p in graph.people}
    points = list(first.values())
    closest = min(
        ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
        for i, a in enumerate(points)
        for b in points[i + 1 :]
    )
    assert closest > 20  # dots of radius 7–16 never sit on one another


def test_separate_groups_do_not_overlap() -> None:
    people = [Person(i, f"人{i}", f"ひと{i}") for i in range(1, 9)]
    links = [_link(1, 1, 2), _link(2, 2, 3), _link(3, 3, 1), _link(4, 5, 6), _link(5, 7, 8)]
    positions = layout(build(people, links, []))
    groups = [{1, 2, 3}, {5, 6}, {7, 8}]
    boxes = [
        (
            min(positions[i][0] for i in g),
            min(positions[i][1] for i in g),
            max(positions[i][0] for i in g),
            max(positions[i][1] for i in g),
        )
        for g in groups
    ]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
            assert apart


def test_the_svg_names_people_introducers_and_the_circles_in_a_legend() -> None:
    graph = _chain()
    svg = render(graph, layout(graph), MapLabels.japanese())
    root = ET.fromstring(svg)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "人1" in texts
    assert "人6" in texts
    assert "person 6さんの紹介" in texts  # the introducer, on the edge they made
    assert "写真部" in texts
    assert "サークルなし" in texts
    tips = [t.text or "" for t in root.iter(f"{SVG}title")]
    assert any("person 6" in tip and "人2" in tip for tip in tips)
    dotted = [line for line in root.iter(f"{SVG}line") if line.get("stroke-dasharray") == "1.5 3"]
    assert dotted  # the introducer's thread to the middle of the line


@pytest.fixture
def regulars(shop: Shop, clock: FixedClock) -> dict[str, int]:
    ids = {
        key: shop.customers.add(CustomerFields(name=name, reading=reading)).id
        for key, name, reading in (
            ("misaki", "田中 美咲", "たなか みさき"),
            ("kenta", "佐藤 健太", "さとう けんた"),
            ("yu", "山田 優", "やまだ ゆう"),
            ("hana", "鈴木 花", "すずき はな"),
            ("lone", "木村 一人", "きむら かずと"),
        )
    }
    shop.introductions.introduce(ids["misaki"], ids["yu"], context="写真")
    shop.introductions.introduce(ids["yu"], ids["hana"], by=ids["kenta"])
    shop.introductions.introduce(ids["misaki"], ids["hana"], planned=True)
    circle = shop.circles.create("写真部", contact_id=ids["misaki"])
    shop.circles.add_member(circle.id, ids["yu"])
    return ids


def test_the_service_reads_introductions_circles_and_archived_people_leave(
    shop: Shop, regulars: dict[str, int]
) -> None:
    graph = shop.connections.graph()
    names = {p.name for p in graph.people}
    assert names == {"田中 美咲", "佐藤 健太", "山田 優", "鈴木 花"}
    assert sum(k.planned for k in graph.links) == 1
    assert [k.introducer_name for k in graph.links if k.by_regular] == ["佐藤 健太"]
    assert [c.name for c in graph.circles] == ["写真部"]
    shop.customers.archive(regulars["hana"])
    assert "鈴木 花" not in {p.name for p in shop.connections.graph().people}


def test_an_introduction_by_someone_deleted_on_request_is_not_the_owners(
    shop: Shop, regulars: dict[str, int]
) -> None:
    shop.privacy.erase(regulars["kenta"])
    graph = shop.connections.graph()
    (link,) = [k for k in graph.links if {k.a, k.b} == {regulars["yu"], regulars["hana"]}]
    assert link.by_regular
    assert link.introducer_id is None
    assert link.introducer_name == "—"
    assert "佐藤 健太" not in {p.name for p in graph.people}


def test_a_neighbourhood_of_someone_with_no_introduction_is_just_them(
    shop: Shop, regulars: dict[str, int]
) -> None:
    graph = shop.connections.graph(around=regulars["lone"], depth=2)
    assert [p.name for p in graph.people] == ["木村 一人"]
    assert graph.links == ()
    with pytest.raises(UserError) as caught:
        shop.connections.graph(around=regulars["lone"], depth=0)
    assert caught.value.field == "depth"


def test_layouts_are_cached_until_the_map_changes(shop: Shop, regulars: dict[str, int]) -> None:
    graph = shop.connections.graph()
    assert shop.connections.cached_layout(graph) is None
    positions = shop.connections.layout(graph)
    assert shop.connections.cached_layout(shop.connections.graph()) == positions
    shop.introductions.introduce(regulars["kenta"], regulars["lone"])
    changed = shop.connections.graph()
    assert shop.connections.cached_layout(changed) is None
    assert regulars["lone"] in shop.connections.layout(changed)


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "shop"
    for args in (
        ("add", "田中 美咲", "--reading", "たなか みさき"),
        ("add", "佐藤 健太", "--reading", "さとう けんた"),
        ("add", "山田 優", "--reading", "やまだ ゆう"),
        ("introduce", "misaki", "yuu", "--by", "kenta", "--context", "写真"),
    ):
        assert _run(capsys, folder, *args)[0] == 0
    return folder


def test_cli_circles_add_member_show_and_list(
    capsys: pytest.CaptureFixture[str], cli_shop: Path
) -> None:
    code, out, _ = _run(capsys, cli_shop, "circle", "add", "写真部", "--contact", "misaki")
    assert code == 0
    assert "写真部" in out
    assert _run(capsys, cli_shop, "circle", "member", "写真", "kenta", "--role", "会計")[0] == 0
    code, out, _ = _run(capsys, cli_shop, "circle", "show", "写真部")
    assert "佐藤 健太（会計）" in out
    assert "Contact: 田中 美咲" in out
    code, out, _ = _run(capsys, cli_shop, "--json", "circle", "list")
    listed = json.loads(out)
    assert [c["name"] for c in listed] == ["写真部"]
    assert {m["customer"]["name"] for m in listed[0]["members"]} == {"田中 美咲", "佐藤 健太"}
    code, _, err = _run(capsys, cli_shop, "circle", "show", "編み物")
    assert code != 0
    assert 'No circle called "編み物"' in err


def test_cli_events_add_attend_with_a_new_face_and_show(
    capsys: pytest.CaptureFixture[str], cli_shop: Path
) -> None:
    assert _run(capsys, cli_shop, "circle", "add", "写真部")[0] == 0
    code, out, _ = _run(
        capsys,
        cli_shop,
        "--json",
        "event",
        "add",
        "暗室ワークショップ",
        "--at",
        "2026-11-01T14:00",
        "--circle",
        "写真部",
        "--announced",
    )
    event = json.loads(out)
    assert event["circle_name"] == "写真部"
    assert event["announced_in_newsletter"] is True
    code, out, _ = _run(
        capsys,
        cli_shop,
        "event",
        "attend",
        "暗室",
        "misaki",
        "--new",
        "小林 誠",
        "--reading",
        "こばやし まこと",
    )
    assert code == 0
    assert "小林 誠" in out
    assert "2 in all" in out
    code, out, _ = _run(capsys, cli_shop, "--json", "event", "show", str(event["id"]))
    assert [a["name"] for a in json.loads(out)["attendees"]] == ["小林 誠", "田中 美咲"]
    code, out, _ = _run(capsys, cli_shop, "event", "list")
    assert "暗室ワークショップ · 写真部 (2 came)" in out
    code, out, _ = _run(capsys, cli_shop, "search", "kobayashi")
    assert "小林 誠" in out  # the new face is a customer now


def test_cli_map_writes_an_svg_of_everyone_or_a_neighbourhood(
    capsys: pytest.CaptureFixture[str], cli_shop: Path, tmp_path: Path
) -> None:
    whole = tmp_path / "map.svg"
    code, out, _ = _run(capsys, cli_shop, "--json", "map", "--out", str(whole))
    assert code == 0
    assert json.loads(out)["people"] == 3
    assert json.loads(out)["introductions"] == 1
    texts = [t.text for t in ET.parse(whole).getroot().iter(f"{SVG}text")]
    assert "田中 美咲" in texts
    assert "via 佐藤 健太" in texts
    around = tmp_path / "around.svg"
    code, out, _ = _run(
        capsys, cli_shop, "map", "--out", str(around), "--around", "kenta", "--depth", "1"
    )
    assert code == 0
    assert "3 people" in out
    code, _, err = _run(capsys, cli_shop, "map", "--out", str(tmp_path / "no" / "such" / "m.svg"))
    assert code != 0
    assert "Could not write" in err  # the one writer's words, for every output
    assert "does not exist" in err
    assert not (tmp_path / "no").exists()
