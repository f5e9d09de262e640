"""Offline checksum decoders for addresses, keys and transaction ids.

Thin, never-raising wrappers over the libraries that get these right:

* Base58 / Base58Check (Bitcoin and Ripple alphabets), SegWit Bech32/Bech32m with the
  version ↔ encoding pairing of BIP-350, BIP-32 extended keys: **bip-utils**.
* EIP-55 mixed-case checksum (Keccak-256, not NIST SHA3): **eth-utils** + eth-hash.
* TON user-friendly address CRC16: **pytoniq-core** (a dependency of bip-utils 2.12.3).

Hand-written on purpose:

* XRP X-addresses (XLS-5d): neither bip-utils nor eth-utils decodes them, and xrpl-py
  would downgrade the project's pinned `websockets`. The layout (2-byte prefix, 20-byte
  account, flag byte, 64-bit little-endian tag) follows xrpl-py's `addresscodec/main.py`;
  the tests use xrpl.js's canonical vectors.
* The Base58Check checksum comparison is done here on bytes that bip-utils decoded,
  so one decode serves every interpretation of a string (WIF, P2PKH, Tron …).

The libraries are imported on first use, so importing the triage package stays cheap.
"""

from __future__ import annotations

import functools
import hashlib
from typing import Any

B58_CHARS = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B58_CLASS = "1-9A-HJ-NP-Za-km-z"
XRP_ALPHABET = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"


@functools.cache
def _bip_utils() -> Any:
    import bip_utils

    return bip_utils


def b58decode(s: str, ripple: bool = False) -> bytes | None:
    """Raw Base58 decode (no checksum); None when `s` has a character outside the alphabet."""
    bu = _bip_utils()
    alphabet = bu.Base58Alphabets.RIPPLE if ripple else bu.Base58Alphabets.BITCOIN
    try:
        out: bytes = bu.Base58Decoder.Decode(s, alphabet)
    except Exception:  # noqa: BLE001 - a decoder error means "not base58"
        return None
    return out


def split_check(raw: bytes) -> tuple[bytes, bool]:
    """(payload, checksum_ok) of Base58Check-decoded bytes."""
    if len(raw) < 5:
        return raw, False
    payload, check = raw[:-4], raw[-4:]
    return payload, hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == check


def b58check(s: str, ripple: bool = False) -> bytes | None:
    """Payload of a valid Base58Check string, else None."""
    raw = b58decode(s, ripple)
    if raw is None:
        return None
    payload, ok = split_check(raw)
    return payload if ok else None


def segwit_decode(hrp: str, addr: str) -> tuple[int, bytes] | None:
    """(witness version, program) of a valid SegWit address for `hrp`, else None.

    bip-utils checks the Bech32 (v0) vs Bech32m (v1+) pairing and rejects mixed case.
    """
    bu = _bip_utils()
    try:
        ver, prog = bu.SegwitBech32Decoder.Decode(hrp, addr)
    except Exception:  # noqa: BLE001
        return None
    return int(ver), bytes(prog)


def eip55_valid(addr: str) -> bool:
    """EIP-55: all-lower / all-upper hex carries no checksum and is valid; mixed case must pass."""
    body = addr[2:]
    if body == body.lower() or body == body.upper():
        return True
    try:
        from eth_utils.address import is_checksum_address

        return bool(is_checksum_address(addr))
    except Exception:  # noqa: BLE001
        return False


def ton_friendly(addr: str) -> dict[str, Any] | None:
    """Decoded TON user-friendly address (48 chars) when the flag byte and CRC16 are right."""
    import base64
    import binascii

    if len(addr) != 48:
        return None
    try:
        raw = base64.urlsafe_b64decode(addr.replace("+", "-").replace("/", "_"))
    except (binascii.Error, ValueError):
        return None
    if len(raw) != 36 or raw[0] not in (0x11, 0x51, 0x91, 0xD1) or raw[1] not in (0x00, 0xFF):
        return None
    try:
        from pytoniq_core.boc.address import Address

        a = Address(addr)  # type: ignore[no-untyped-call]
    except Exception:  # noqa: BLE001 - AddressError on a bad CRC
        return None
    return {
        "workchain": int(a.wc),
        "bounceable": bool(a.is_bounceable),
        "testnet": bool(a.is_test_only),
        "raw": f"{a.wc}:{a.hash_part.hex()}",
    }


def xrp_classic(payload: bytes) -> bool:
    return len(payload) == 21 and payload[0] == 0


def xaddress_decode(addr: str) -> dict[str, Any] | None:
    """Decode an XRP X-address → {"classic", "tag", "testnet"}; None when invalid."""
    payload = b58check(addr, ripple=True)
    if payload is None or len(payload) != 31:
        return None
    prefix, account, flag, tag_bytes = payload[:2], payload[2:22], payload[22], payload[23:]
    if prefix == b"\x05\x44":
        testnet = False
    elif prefix == b"\x04\x93":
        testnet = True
    else:
        return None
    if flag == 1:
        if tag_bytes[4:] != b"\x00\x00\x00\x00":
            return None
        tag: int | None = int.from_bytes(tag_bytes[:4], "little")
    elif flag == 0 and tag_bytes == bytes(8):
        tag = None
    else:
        return None
    classic = xrp_encode_classic(account)
    return {"classic": classic, "tag": tag, "testnet": testnet}


def xrp_encode_classic(account: bytes) -> str:
    bu = _bip_utils()
    out: str = bu.Base58Encoder.CheckEncode(b"\x00" + account, bu.Base58Alphabets.RIPPLE)
    return out


def extended_key_ok(s: str) -> bool:
    """A BIP-32 extended key whose Base58Check and 78-byte layout are right (bip-utils)."""
    try:
        _bip_utils().Bip32KeyDeserializer.DeserializeKey(s)
    except Exception:  # noqa: BLE001
        return False
    return True
