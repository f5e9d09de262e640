"""Addresses and tx ids: generated with the libraries for every chain, plus one-character
flips that must come back as `valid=False`."""

from __future__ import annotations

import random

import pytest
from bip_utils import (
    Base58Alphabets,
    Base58Decoder,
    Base58Encoder,
    Ed25519PrivateKey,
    EthAddrEncoder,
    P2PKHAddrEncoder,
    P2SHAddrEncoder,
    P2TRAddrEncoder,
    P2WPKHAddrEncoder,
    Secp256k1PrivateKey,
    SolAddrEncoder,
    TonAddrEncoder,
    TrxAddrEncoder,
    XrpAddrEncoder,
)
from eth_utils import to_checksum_address
from nacl.signing import SigningKey
from pytoniq_core import Address

from hashdesk.triage.evidence import extract
from hashdesk.triage.types import Evidence

RNG = random.Random(11)
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def secp() -> Secp256k1PrivateKey:
    return Secp256k1PrivateKey.FromBytes(RNG.randbytes(32))


def ed() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.FromBytes(RNG.randbytes(32))


def flip(s: str, alphabet: str, lo: int = 4) -> str:
    i = RNG.randrange(lo, len(s) - 1)
    return s[:i] + RNG.choice([c for c in alphabet if c != s[i]]) + s[i + 1 :]


def only(text: str, kind: str = "address") -> Evidence:
    evs = [e for e in extract(text, secrets=()) if e.kind == kind]
    assert len(evs) == 1, evs
    return evs[0]


GENERATORS = {
    "bitcoin-p2pkh": (
        lambda: P2PKHAddrEncoder.EncodeKey(secp().PublicKey(), net_ver=b"\x00"),
        "bitcoin",
        B58,
    ),
    "bitcoin-p2sh": (
        lambda: P2SHAddrEncoder.EncodeKey(secp().PublicKey(), net_ver=b"\x05"),
        "bitcoin",
        B58,
    ),
    "bitcoin-p2wpkh": (
        lambda: P2WPKHAddrEncoder.EncodeKey(secp().PublicKey(), hrp="bc"),
        "bitcoin",
        BECH32,
    ),
    "bitcoin-p2tr": (
        lambda: P2TRAddrEncoder.EncodeKey(secp().PublicKey(), hrp="bc"),
        "bitcoin",
        BECH32,
    ),
    "litecoin-p2pkh": (
        lambda: P2PKHAddrEncoder.EncodeKey(secp().PublicKey(), net_ver=b"\x30"),
        "litecoin",
        B58,
    ),
    "litecoin-p2sh": (
        lambda: P2SHAddrEncoder.EncodeKey(secp().PublicKey(), net_ver=b"\x32"),
        "litecoin",
        B58,
    ),
    "litecoin-bech32": (
        lambda: P2WPKHAddrEncoder.EncodeKey(secp().PublicKey(), hrp="ltc"),
        "litecoin",
        BECH32,
    ),
    "dogecoin": (
        lambda: P2PKHAddrEncoder.EncodeKey(secp().PublicKey(), net_ver=b"\x1e"),
        "dogecoin",
        B58,
    ),
    "tron": (lambda: TrxAddrEncoder.EncodeKey(secp().PublicKey()), "tron", B58),
    "xrp": (lambda: XrpAddrEncoder.EncodeKey(secp().PublicKey()), "xrp", B58),
    "evm": (lambda: EthAddrEncoder.EncodeKey(secp().PublicKey()), "evm", None),
    "ton": (
        lambda: TonAddrEncoder.EncodeKey(ed().PublicKey(), is_bounceable=False),
        "ton",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    ),
    "solana": (lambda: SolAddrEncoder.EncodeKey(ed().PublicKey()), "solana", None),
}


@pytest.mark.parametrize("name", list(GENERATORS))
def test_generated_addresses_are_valid_with_their_chain(name: str) -> None:
    gen, chain, _ = GENERATORS[name]
    for _ in range(5):
        addr = gen()
        ev = only(f"please check {addr} thanks")
        assert (ev.value, ev.chain, ev.valid) == (addr, chain, True), name


@pytest.mark.parametrize("name", [n for n, g in GENERATORS.items() if g[2]])
def test_one_flipped_character_is_invalid(name: str) -> None:
    gen, chain, alphabet = GENERATORS[name]
    assert alphabet is not None
    for _ in range(5):
        bad = flip(gen(), alphabet, lo=5)
        ev = only(f"send to {bad} please")
        assert (ev.value, ev.chain, ev.valid) == (bad, chain, False), (name, bad)


def test_eip55() -> None:
    addr = EthAddrEncoder.EncodeKey(secp().PublicKey())
    assert to_checksum_address(addr.lower()) == addr
    assert only(addr).valid is True
    assert only(addr.lower()).valid is True  # no checksum: valid
    assert only("0x" + addr[2:].upper()).valid is True
    i = next(i for i, c in enumerate(addr) if i > 1 and c.isalpha())
    bad = addr[:i] + addr[i].swapcase() + addr[i + 1 :]
    assert only(bad).valid is False


BIP350_VALID = [
    "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
]
BIP350_INVALID = [
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",  # bech32, not bech32m
    "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",  # bech32 for v16
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",  # bech32m for v0
    "bc1gmk9yu",  # empty program
]


@pytest.mark.parametrize("addr", BIP350_VALID)
def test_bip350_valid_vectors(addr: str) -> None:
    ev = only(f"addr {addr}")
    assert (ev.chain, ev.valid) == ("bitcoin", True)


@pytest.mark.parametrize("addr", BIP350_INVALID[:3])
def test_bip350_invalid_vectors(addr: str) -> None:
    ev = only(f"addr {addr}")
    assert (ev.chain, ev.valid) == ("bitcoin", False)


# xrpl.js canonical X-address vectors (also used by xrpl-py's tests).
X_VECTORS = [
    ("X7AcgcsBL6XDcUb289X4mJ8djcdyKaGZMhc9YTE92ehJ2Fu", "r9cZA1mLK5R5Am25ArfXFmqgNwjZgnfk59", 1),
    ("X7AcgcsBL6XDcUb289X4mJ8djcdyKaB5hJDWMArnXr61cqZ", "r9cZA1mLK5R5Am25ArfXFmqgNwjZgnfk59", None),
    (
        "XVLhHMPHU98es4dbozjVtdWzVrDjtV18pX8yuPT7y4xaEHi",
        "rGWrZyQqhTp9Xu7G5Pkayo7bXjH4k4QYpf",
        4294967295,
    ),
    ("XVLhHMPHU98es4dbozjVtdWzVrDjtV8AqEL4xcZj5whKbmc", "rGWrZyQqhTp9Xu7G5Pkayo7bXjH4k4QYpf", 0),
]


@pytest.mark.parametrize(("xaddr", "classic", "tag"), X_VECTORS)
def test_xrp_x_address_decodes_tag(xaddr: str, classic: str, tag: int | None) -> None:
    ev = only(f"deposit to {xaddr}")
    assert (ev.chain, ev.valid) == ("xrp", True)
    assert ev.extra["classic_address"] == classic
    assert ev.extra.get("tag") == tag


def test_x_address_generated_from_a_bip_utils_classic_address() -> None:
    classic = XrpAddrEncoder.EncodeKey(secp().PublicKey())
    acc = Base58Decoder.CheckDecode(classic, Base58Alphabets.RIPPLE)[1:]
    payload = b"\x05\x44" + acc + b"\x01" + (12345).to_bytes(4, "little") + bytes(4)
    xaddr = Base58Encoder.CheckEncode(payload, Base58Alphabets.RIPPLE)
    ev = only(xaddr)
    assert ev.extra == {"classic_address": classic, "tag": 12345}
    assert only("XVLhHMPHU98es4dbozjVtdWzVrDjtV18pX8zeUygYrCgrPh").valid is False


def test_xrp_destination_tag_in_text_goes_on_the_address() -> None:
    addr = XrpAddrEncoder.EncodeKey(secp().PublicKey())
    for text in (
        f"sent XRP to {addr} tag 12345",
        f"{addr} destination tag: 12345",
        f"地址 {addr} 标签 12345",
    ):
        assert only(text).extra["tag"] == 12345


def test_ton_friendly_and_raw_and_memo() -> None:
    key = ed().PublicKey()
    uq = TonAddrEncoder.EncodeKey(key, is_bounceable=False)
    eq = TonAddrEncoder.EncodeKey(key, is_bounceable=True)
    raw = Address(eq).to_str(is_user_friendly=False)
    assert only(uq).extra["bounceable"] is False
    assert only(eq).extra["bounceable"] is True
    ev = only(f"deposit to {raw}")
    assert (ev.value, ev.chain, ev.valid) == (raw, "ton", True)
    assert only(f"send TON to {uq} memo: 8812345").extra["memo"] == "8812345"


def test_solana_signature_is_a_txid() -> None:
    sig = SigningKey(RNG.randbytes(32)).sign(b"transfer").signature
    s = Base58Encoder.Encode(bytes(sig))
    ev = only(f"signature {s}", "txid")
    assert (ev.value, ev.chain, ev.valid) == (s, "solana", True)


def test_hex_txids() -> None:
    h = RNG.randbytes(32).hex()
    assert (only(f"txid {h}", "txid").chain) == "hex64"
    assert (only(f"tx 0x{h}", "txid").chain) == "evm"


EXPLORERS = [
    ("https://etherscan.io/tx/0x{h}", "0x{h}", "evm", "ethereum"),
    ("https://bscscan.com/tx/0x{h}", "0x{h}", "evm", "bsc"),
    ("https://polygonscan.com/tx/0x{h}", "0x{h}", "evm", "polygon"),
    ("https://arbiscan.io/tx/0x{h}", "0x{h}", "evm", "arbitrum"),
    ("https://basescan.org/tx/0x{h}", "0x{h}", "evm", "base"),
    ("https://tronscan.org/#/transaction/{h}", "{h}", "tron", "tron"),
    ("https://mempool.space/tx/{h}", "{h}", "bitcoin", "bitcoin"),
    ("https://blockstream.info/tx/{h}", "{h}", "bitcoin", "bitcoin"),
    ("https://blockchair.com/bitcoin/transaction/{h}", "{h}", "bitcoin", "bitcoin"),
    ("https://blockchair.com/litecoin/transaction/{h}", "{h}", "litecoin", "litecoin"),
    ("https://blockchair.com/dogecoin/transaction/{h}", "{h}", "dogecoin", "dogecoin"),
    ("https://xrpscan.com/tx/{H}", "{H}", "xrp", "xrp"),
    ("https://tonviewer.com/transaction/{h}", "{h}", "ton", "ton"),
    ("bscscan.com/tx/0x{h}", "0x{h}", "evm", "bsc"),
]


@pytest.mark.parametrize(("url", "value", "chain", "network"), EXPLORERS)
def test_explorer_urls_name_the_network(url: str, value: str, chain: str, network: str) -> None:
    h = RNG.randbytes(32).hex()
    fill = {"h": h, "H": h.upper()}
    ev = only(f"see {url.format(**fill)} please", "txid")
    assert (ev.value, ev.chain, ev.extra["network"]) == (value.format(**fill), chain, network)


def test_solscan_and_address_urls() -> None:
    sig = Base58Encoder.Encode(bytes(SigningKey(RNG.randbytes(32)).sign(b"x").signature))
    ev = only(f"https://solscan.io/tx/{sig}", "txid")
    assert (ev.chain, ev.extra["network"]) == ("solana", "solana")
    addr = EthAddrEncoder.EncodeKey(secp().PublicKey())
    ev = only(f"https://bscscan.com/address/{addr}")
    assert (ev.value, ev.chain, ev.extra["network"]) == (addr, "evm", "bsc")
    trx = TrxAddrEncoder.EncodeKey(secp().PublicKey())
    ev = only(f"https://tronscan.org/#/address/{trx}")
    assert (ev.value, ev.chain) == (trx, "tron")


def test_ordinary_words_and_ids_are_not_addresses() -> None:
    text = (
        "Order 123456789012345678901234567890 and reference ABCDEFGHJKLMNPQRSTUVWXYZabcdefghij"
        " plus the word Supercalifragilisticexpialidocious and a UUID"
        " 3198bc9c-6672-5ab3-d995-4942343ae5b6"
    )
    assert [e for e in extract(text, secrets=()) if e.kind in ("address", "txid")] == []


def test_secret_spans_are_never_evidence() -> None:
    key = secp().Raw().ToHex()
    evs = extract(f"my private key is {key}")
    assert all(key not in e.value for e in evs)
    assert not [e for e in evs if e.kind == "txid"]
