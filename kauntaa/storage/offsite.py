"""An encrypted copy of a backup, for keeping off the premises (at home, on a USB stick).

The file is one backup and its manifest, sealed with AES-256-GCM under a key
derived from the owner's passphrase with scrypt (memory-hard: 128 MiB, about
half a second here). The header (format, scrypt cost, salt, nonce) is
authenticated too, so any change to the file, or a wrong passphrase, is refused
as a whole: nothing half-decrypted is ever written.

Layout: ``KTNAENC1`` · log2(n) · r · p · salt (16) · nonce (12) · ciphertext.
The plaintext is a 4-byte manifest length, the manifest JSON, then the SQLite file.
"""

from __future__ import annotations

import json
import secrets
import struct
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kauntaa.errors import Message, UserError
from kauntaa.outputs import write_atomically
from kauntaa.storage.backup import BACKUP_SUFFIX, MANIFEST_SUFFIX, BackupInfo

MAGIC = b"KTNAENC1"
MIN_PASSPHRASE = 12
#: scrypt n = 2**17, r = 8: 128 MiB of memory per guess.
DEFAULT_COST = 17
_HEADER = struct.Struct(">8sBBB16s12s")
ENCRYPTED_SUFFIX = ".kauntaa-enc"


@dataclass(frozen=True, slots=True)
class OpenedCopy:
    """A decrypted backup and its manifest, written into a folder."""

    path: Path
    created_at: datetime
    row_counts: dict[str, int]


def check_passphrase(passphrase: str) -> str:
    """The passphrase as used for the key (NFC), or UserError when it is too short."""
    normalised = unicodedata.normalize("NFC", passphrase)
    if len(normalised) < MIN_PASSPHRASE:
        raise UserError(
            Message(
                f"パスフレーズは{MIN_PASSPHRASE}文字以上にしてください"
                f"（いまは{len(normalised)}文字）。覚えやすい短い文をいくつか並べるのがおすすめです。",
                f"Use a passphrase of at least {MIN_PASSPHRASE} characters "
                f"(this one has {len(normalised)}). A few short words in a row are easy to remember.",
            ),
            code="passphrase_too_short",
            field="passphrase",
        )
    return normalised


def _key(passphrase: str, salt: bytes, cost: int, r: int, p: int) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=2**cost, r=r, p=p)
    return kdf.derive(passphrase.encode("utf-8"))


def encrypt_backup(
    backup: BackupInfo, target: Path, passphrase: str, *, cost: int = DEFAULT_COST
) -> Path:
    """Seal ``backup`` (already verified) into ``target``, written through a temporary file.

    The target's folder must exist; the file is readable by the owner only.
    """
    secret = check_passphrase(passphrase)
    manifest = json.dumps(
        {
            "file": backup.path.name,
            "created_at": backup.created_at.isoformat(timespec="microseconds"),
            "reason": backup.reason,
            "row_counts": backup.row_counts,
            "size_bytes": backup.size_bytes,
        },
        ensure_ascii=False,
    ).encode("utf-8")
    plaintext = struct.pack(">I", len(manifest)) + manifest + backup.path.read_bytes()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = _HEADER.pack(MAGIC, cost, 8, 1, salt, nonce)
    sealed = AESGCM(_key(secret, salt, cost, 8, 1)).encrypt(nonce, plaintext, header)
    # The one writer's atomic step: 0600, fsync, rename, no folder made on the way.
    # The caller checked the target (BackupService.export_encrypted, before the backup).
    write_atomically(target, header + sealed)
    return target


def _not_ours(source: Path) -> UserError:
    return UserError(
        Message(
            f"{source.name} は Kauntaa の暗号化コピーではありません。",
            f"{source.name} is not an encrypted Kauntaa copy.",
        ),
        code="not_encrypted_copy",
    )


def decrypt_backup(source: Path, passphrase: str, folder: Path) -> OpenedCopy:
    """Open an encrypted copy into ``folder`` as a backup file with its manifest beside it."""
    secret = unicodedata.normalize("NFC", passphrase)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise UserError(
            Message(
                f"{source} を読めません（{exc.strerror}）。",
                f"{source} cannot be read ({exc.strerror}).",
            ),
            code="unreadable_copy",
        ) from exc
    if len(data) < _HEADER.size or not data.startswith(MAGIC):
        raise _not_ours(source)
    _magic, cost, r, p, salt, nonce = _HEADER.unpack_from(data)
    if not (10 <= cost <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
        raise _not_ours(source)
    header = data[: _HEADER.size]
    try:
        plaintext = AESGCM(_key(secret, salt, cost, r, p)).decrypt(
            nonce, data[_HEADER.size :], header
        )
    except InvalidTag as exc:
        raise UserError(
            Message(
                "パスフレーズが違うか、ファイルが壊れているか書き換えられています。何も変更していません。",
                "The passphrase is wrong, or the file is damaged or was changed. "
                "Nothing was changed.",
            ),
            code="wrong_passphrase",
            field="passphrase",
        ) from exc
    (length,) = struct.unpack_from(">I", plaintext)
    manifest = json.loads(plaintext[4 : 4 + length].decode("utf-8"))
    created_at = datetime.fromisoformat(str(manifest["created_at"]))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"kauntaa-{created_at:%Y%m%d-%H%M%S}-offsite{BACKUP_SUFFIX}"
    path.write_bytes(plaintext[4 + length :])
    manifest["file"] = path.name
    path.with_suffix(MANIFEST_SUFFIX).write_text(
        json.dumps(manifest, ensure_ascii=False), encoding="utf-8"
    )
    return OpenedCopy(
        path=path,
        created_at=created_at,
        row_counts={str(k): int(v) for k, v in dict(manifest["row_counts"]).items()},
    )
