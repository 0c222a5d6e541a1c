"""Properties of import and export: round trips keep names and readings; no input crashes."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import UserError
from kauntaa.services.importing import ImportFormat
from kauntaa.services.shop import Shop

_RELAXED = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


#: Characters CP932 encodes but gives back as a look-alike (see the export report test).
LOOK_ALIKES = "¢£¬‖−〜"

# Any character CP932 holds exactly, except control and line-separator characters,
# which a name typed at the counter cannot contain either.
cp932_names = st.text(
    st.characters(
        codec="cp932",
        exclude_categories=("Cc", "Cs", "Zl", "Zp"),
        exclude_characters=LOOK_ALIKES,
    ),
    min_size=1,
    max_size=30,
).filter(lambda t: t.replace("\u3000", " ").strip() != "")

any_names = st.text(
    st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=30
).filter(lambda t: t.replace("\u3000", " ").strip() != "")

hiragana_words = st.text(
    st.characters(min_codepoint=0x3041, max_codepoint=0x3096), min_size=1, max_size=8
)
readings = st.lists(hiragana_words, min_size=1, max_size=3).map(" ".join)


@_RELAXED
@given(name=cp932_names)
def test_any_cp932_text_survives_a_cp932_csv_round_trip(
    shop: Shop, tmp_path: Path, name: str
) -> None:
    added = shop.customers.add(CustomerFields(name=name, reading="てすと"), allow_duplicate=True)
    target = tmp_path / "customers.csv"
    # Hypothesis runs this many times over the same file: replacing it is the point.
    report = shop.exporting.export(target, encoding="cp932", force=True)
    assert report.replaced == ""
    source = shop.importing.load(target)
    names = {c.fields.name for c in shop.importing.cards(source).cards}
    assert added.name in names


def test_characters_cp932_changes_are_named_in_the_export_report(
    shop: Shop, tmp_path: Path
) -> None:
    shop.customers.add(CustomerFields(name="波〜子"))
    report = shop.exporting.export(tmp_path / "c.csv", encoding="cp932")
    assert report.replaced == "〜"


@_RELAXED
@given(name=any_names, reading=readings)
def test_a_vcard_export_then_import_gives_back_names_and_readings(
    shop: Shop, tmp_path: Path, name: str, reading: str
) -> None:
    added = shop.customers.add(CustomerFields(name=name, reading=reading), allow_duplicate=True)
    target = tmp_path / "all.vcf"
    shop.exporting.export(target, force=True)
    source = shop.importing.load(target)
    back = {(c.fields.name, c.fields.reading) for c in shop.importing.cards(source).cards}
    assert (added.name, added.reading) in back


@_RELAXED
@given(data=st.binary(max_size=2000), kind=st.sampled_from(list(ImportFormat)))
def test_arbitrary_bytes_give_a_plan_or_a_clear_error_never_a_crash(
    shop: Shop, data: bytes, kind: ImportFormat
) -> None:
    refused: UserError | None = None
    try:
        source = shop.importing.load_bytes(data, "input.dat", format=kind)
        plan = shop.importing.plan(source, shop.importing.cards(source))
        shop.importing.dry_run(plan)
    except UserError as error:
        refused = error
    if refused is not None:
        assert refused.message.ja
        assert refused.message.en
    assert shop.customers.count() == 0
