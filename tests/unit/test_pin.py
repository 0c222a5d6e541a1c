"""The counter PIN: stored slowly hashed and salted, checked exactly, and guarded against guessing."""

from __future__ import annotations

import itertools

import pytest

from kauntaa.domain import pin
from kauntaa.errors import UserError


def test_the_stored_pin_is_a_salted_scrypt_hash_not_the_pin() -> None:
    first = pin.hash_pin("4821")
    second = pin.hash_pin("4821")

    assert "4821" not in first
    assert first.startswith(f"scrypt${pin.SCRYPT_N}$")
    assert first != second  # a fresh random salt each time
    assert pin.verify_pin("4821", first)
    assert pin.verify_pin("4821", second)


def test_only_the_right_pin_unlocks() -> None:
    stored = pin.hash_pin("4821")

    assert not pin.verify_pin("4822", stored)
    assert not pin.verify_pin("", stored)
    assert pin.verify_pin("４８２１", stored)  # full-width digits from a Japanese IME


@pytest.mark.parametrize("stored", ["", "4821", "scrypt$1$2$3$!!$!!", "pbkdf2$1$2$3$aa$bb"])
def test_a_damaged_stored_value_never_unlocks(stored: str) -> None:
    assert not pin.verify_pin("4821", stored)


@pytest.mark.parametrize(
    ("new", "repeat", "code"),
    [
        ("12", "12", "bad_pin"),
        ("12ab", "12ab", "bad_pin"),
        ("1" * 13, "1" * 13, "bad_pin"),
        ("0000", "0000", "weak_pin"),
        ("4821", "4812", "pin_mismatch"),
    ],
)
def test_a_bad_new_pin_is_refused_with_a_reason(new: str, repeat: str, code: str) -> None:
    with pytest.raises(UserError) as caught:
        pin.check_new_pin(new, repeat)
    assert caught.value.code == code
    assert caught.value.text("ja")
    assert caught.value.text("en")


def test_a_good_new_pin_is_returned_in_ascii() -> None:
    assert pin.check_new_pin("４８２１", "4821") == "4821"


def test_wrong_tries_wait_longer_and_longer_up_to_a_cap() -> None:
    delays = [pin.delay_after(n) for n in range(1, 12)]

    assert delays[: pin.FREE_TRIES - 1] == [0.0] * (pin.FREE_TRIES - 1)
    assert delays[pin.FREE_TRIES - 1] == pin.FIRST_DELAY_S
    assert all(b >= a for a, b in itertools.pairwise(delays))
    assert delays[-1] == pin.MAX_DELAY_S


def test_the_limiter_refuses_to_check_while_waiting_and_resets_on_success() -> None:
    stored = pin.hash_pin("4821")
    attempts = pin.Attempts()
    now = 1_000_000.0
    for _ in range(pin.FREE_TRIES):
        result = pin.try_pin("0001", stored, attempts, now)
        assert result.outcome is pin.Outcome.WRONG
        attempts = result.attempts
    assert attempts.wait(now) == pin.FIRST_DELAY_S

    # Even the right PIN is not checked while the wait runs.
    blocked = pin.try_pin("4821", stored, attempts, now + 10)
    assert blocked.outcome is pin.Outcome.WAIT
    assert blocked.wait_s == pytest.approx(pin.FIRST_DELAY_S - 10)
    assert blocked.attempts == attempts

    later = now + pin.FIRST_DELAY_S
    wrong_again = pin.try_pin("0002", stored, attempts, later)
    assert wrong_again.outcome is pin.Outcome.WRONG
    assert wrong_again.wait_s == 2 * pin.FIRST_DELAY_S

    opened = pin.try_pin("4821", stored, wrong_again.attempts, later + 2 * pin.FIRST_DELAY_S)
    assert opened.outcome is pin.Outcome.UNLOCKED
    assert opened.attempts == pin.Attempts()


def test_the_wait_message_speaks_both_languages() -> None:
    assert "30" in pin.wait_message(30).en
    assert "2 分" in pin.wait_message(90).ja
