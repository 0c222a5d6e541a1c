"""The counter PIN: how it is checked, stored and guarded against guessing. No Qt, no files.

The PIN only locks the screen. The data file is not encrypted by it: anyone who
can copy the file can read it. It keeps passing eyes off the screen, nothing more.

The PIN is stored as an scrypt hash with a random salt, so the settings file
does not give it away at a glance and each guess costs real work. Wrong tries
are limited: a few are free, then each one makes the next wait longer, up to a
quarter of an hour. The state of the limiter is a small value the caller keeps
(and saves), so restarting the app does not reset it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from kauntaa.errors import Message, UserError

MIN_DIGITS = 4
MAX_DIGITS = 12

#: scrypt cost: 2**15 × 8 × 128 bytes = 32 MiB and about 0.1 s per try on a laptop.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
_MAXMEM = 64 * 1024 * 1024
_SCHEME = "scrypt"

#: The wrong try that starts the waiting (the first two cost nothing: fingers slip).
FREE_TRIES = 3
FIRST_DELAY_S = 30.0
MAX_DELAY_S = 15 * 60.0


def normalise(pin: str) -> str:
    """Full-width digits typed through a Japanese input method count as the same PIN."""
    return unicodedata.normalize("NFKC", pin).strip()


def check_new_pin(pin: str, repeated: str) -> str:
    """The PIN to store, or UserError saying what is wrong with it."""
    clean = normalise(pin)
    if not (clean.isascii() and clean.isdigit()) or not MIN_DIGITS <= len(clean) <= MAX_DIGITS:
        raise UserError(
            Message(
                f"暗証番号は {MIN_DIGITS}〜{MAX_DIGITS} 桁の数字にしてください。",
                f"The PIN must be {MIN_DIGITS} to {MAX_DIGITS} digits.",
            ),
            code="bad_pin",
            field="pin",
        )
    if len(set(clean)) == 1:
        raise UserError(
            Message(
                "同じ数字だけの暗証番号は当てられやすいので、別の番号にしてください。",
                "A PIN of one repeated digit is easy to guess. Choose another.",
            ),
            code="weak_pin",
            field="pin",
        )
    if normalise(repeated) != clean:
        raise UserError(
            Message(
                "確認用の暗証番号が一致しません。もう一度入力してください。",
                "The two PINs differ. Type the same PIN twice.",
            ),
            code="pin_mismatch",
            field="pin_repeat",
        )
    return clean


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash``: everything needed to check a PIN later, with its cost."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    key = hashlib.scrypt(
        normalise(pin).encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=_MAXMEM,
        dklen=KEY_BYTES,
    )
    return f"{_SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches; a damaged or foreign stored value never matches."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = base64.b64decode(key, validate=True)
        actual = hashlib.scrypt(
            normalise(pin).encode("utf-8"),
            salt=base64.b64decode(salt, validate=True),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_MAXMEM,
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong tries in a row: 0, 0, 30, 60, 120 … 900."""
    if failures < FREE_TRIES:
        return 0.0
    return min(FIRST_DELAY_S * float(2 ** (failures - FREE_TRIES)), MAX_DELAY_S)


class Outcome(StrEnum):
    UNLOCKED = "unlocked"
    WRONG = "wrong"
    WAIT = "wait"  # too many wrong tries: the PIN was not even checked


@dataclass(frozen=True, slots=True)
class Attempts:
    """Wrong tries in a row, and until when (seconds since the epoch) the next try must wait."""

    failures: int = 0
    blocked_until: float = 0.0

    def wait(self, now: float) -> float:
        """Seconds left before a PIN may be tried again (0 when it may be tried now)."""
        return max(0.0, self.blocked_until - now)

    def failed(self, now: float) -> Attempts:
        failures = self.failures + 1
        return Attempts(failures, now + delay_after(failures))


@dataclass(frozen=True, slots=True)
class TryResult:
    outcome: Outcome
    attempts: Attempts  # the limiter's new state, to keep
    wait_s: float = 0.0  # when not unlocked: how long before the next try


def try_pin(pin: str, stored: str, attempts: Attempts, now: float) -> TryResult:
    """One unlock attempt, with the limiter applied before the (slow) check."""
    waiting = attempts.wait(now)
    if waiting > 0:
        return TryResult(Outcome.WAIT, attempts, waiting)
    if verify_pin(pin, stored):
        return TryResult(Outcome.UNLOCKED, Attempts())
    after = attempts.failed(now)
    return TryResult(Outcome.WRONG, after, after.wait(now))


def wait_message(seconds: float) -> Message:
    whole = max(1, round(seconds))
    if whole >= 60:
        minutes = -(-whole // 60)
        return Message(
            f"間違いが続いたため、あと {minutes} 分ほど待ってから入力してください。",
            f"Too many wrong tries. Try again in about {minutes} min.",
        )
    return Message(
        f"間違いが続いたため、あと {whole} 秒待ってから入力してください。",
        f"Too many wrong tries. Try again in {whole} s.",
    )
