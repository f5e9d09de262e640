"""Key material: raw hex vs tx hash by context, WIF, extended keys, keystore, Solana, XRP."""

from __future__ import annotations

import json
import random

import pytest
from bip_utils import (
    Base58Alphabets,
    Base58Encoder,
    Bip32KeyNetVersions,
    Bip32Slip10Secp256k1,
    P2PKHPubKeyModes,
    Secp256k1PrivateKey,
    WifDecoder,
    WifEncoder,
)
from nacl.signing import SigningKey

from hashdesk.triage.guard import scan

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
RNG = random.Random(7)


def secp() -> Secp256k1PrivateKey:
    return Secp256k1PrivateKey.FromBytes(RNG.randbytes(32))


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in scan(text).secrets]


def flip(s: str, alphabet: str = B58, lo: int = 4) -> str:
    i = RNG.randrange(lo, len(s) - 1)
    return s[:i] + RNG.choice([c for c in alphabet if c != s[i]]) + s[i + 1 :]


# --- raw hex -------------------------------------------------------------------------------

KEY_CONTEXTS = [
    "my private key is {k}",
    "private key: 0x{k}",
    "pk {k} please help",
    "我的私钥是 {k}",
    "私鑰：{k}",
    "秘密鍵は {k} です",
    "개인키 {k}",
    "мой приватный ключ {k}",
    "mi clave privada es {k}",
    "minha chave privada: {k}",
    "khóa riêng tư của tôi: {k}",
    "özel anahtarım {k}",
    "I exported the key from MetaMask: {k}",
]
HASH_CONTEXTS = [
    "txid {k}",
    "TxID: 0x{k}",
    "transaction hash {k} still pending",
    "deposit not credited, hash {k}",
    "交易哈希 {k}",
    "充值没到账 {k}",
    "https://etherscan.io/tx/0x{k}",
    "https://tronscan.org/#/transaction/{k}",
    "хэш транзакции {k}",
    "işlem hash {k}",
]


@pytest.mark.parametrize("template", KEY_CONTEXTS)
def test_hex_key_with_key_words_is_a_secret(template: str) -> None:
    k = secp().Raw().ToHex()
    text = template.format(k=k)
    res = scan(text)
    assert [s.kind for s in res.secrets] == ["private_key"], text
    assert k not in res.redacted_text


@pytest.mark.parametrize("template", HASH_CONTEXTS)
def test_hex_with_hash_words_is_a_transaction(template: str) -> None:
    text = template.format(k=RNG.randbytes(32).hex())
    assert kinds(text) == []


def test_bare_hex_without_context_is_treated_as_a_txid() -> None:
    # Documented choice (guard/context.py): no words at all → transaction id.
    assert kinds(RNG.randbytes(32).hex()) == []
    assert kinds("0x" + RNG.randbytes(32).hex()) == []


def test_bare_hex_next_to_another_wallet_secret_is_a_key() -> None:
    from mnemonic import Mnemonic

    seed = Mnemonic("english").to_mnemonic(RNG.randbytes(16))
    k = RNG.randbytes(32).hex()
    found = kinds(f"{seed}\n{k}")
    assert ("private_key", k) in found


def test_nearest_context_word_wins() -> None:
    k, h = secp().Raw().ToHex(), RNG.randbytes(32).hex()
    text = f"I imported my private key {k} and then sent a deposit, txid {h}"
    assert kinds(text) == [("private_key", k)]


def test_api_secret_label_beats_private_key_for_hex() -> None:
    k = RNG.randbytes(32).hex()
    assert kinds(f"API secret key: {k}") == [("api_secret", k)]


# --- WIF -------------------------------------------------------------------------------------


@pytest.mark.parametrize("net_ver", [b"\x80", b"\xef"])
@pytest.mark.parametrize("mode", [P2PKHPubKeyModes.COMPRESSED, P2PKHPubKeyModes.UNCOMPRESSED])
def test_wif_is_a_secret_anywhere(net_ver: bytes, mode: P2PKHPubKeyModes) -> None:
    wif = WifEncoder.Encode(secp(), net_ver=net_ver, pub_key_mode=mode)
    WifDecoder.Decode(wif, net_ver=net_ver)  # the library agrees it is valid
    assert kinds(f"is this ok {wif} ?") == [("private_key", wif)]


def test_wif_with_a_typo_counts_only_next_to_key_words() -> None:
    wif = flip(WifEncoder.Encode(secp(), net_ver=b"\x80"))
    assert kinds(f"random {wif} thing") == []
    assert kinds(f"my private key {wif}") == [("private_key", wif)]


# --- extended keys --------------------------------------------------------------------------

VERSIONS = {
    "xprv": Bip32KeyNetVersions(b"\x04\x88\xb2\x1e", b"\x04\x88\xad\xe4"),
    "yprv": Bip32KeyNetVersions(b"\x04\x9d\x7c\xb2", b"\x04\x9d\x78\x78"),
    "zprv": Bip32KeyNetVersions(b"\x04\xb2\x47\x46", b"\x04\xb2\x43\x0c"),
    "tprv": Bip32KeyNetVersions(b"\x04\x35\x87\xcf", b"\x04\x35\x83\x94"),
}


@pytest.mark.parametrize("prefix", list(VERSIONS))
def test_extended_private_keys(prefix: str) -> None:
    ctx = Bip32Slip10Secp256k1.FromSeed(RNG.randbytes(32), VERSIONS[prefix])
    xprv = ctx.DerivePath("m/44'/0'/0'").PrivateKey().ToExtended()
    assert xprv.startswith(prefix)
    assert kinds(f"backup: {xprv}") == [("extended_private_key", xprv)]
    bad = flip(xprv, lo=6)
    assert kinds(f"backup: {bad}") == [("extended_private_key", bad)]  # prefix is enough
    xpub = ctx.PublicKey().ToExtended()
    assert kinds(f"watch-only {xpub}") == []  # public keys are not secrets


# --- keystore, Solana, XRP -------------------------------------------------------------------


def keystore() -> str:
    h = lambda n: RNG.randbytes(n).hex()  # noqa: E731
    return json.dumps(
        {
            "address": h(20),
            "crypto": {
                "cipher": "aes-128-ctr",
                "cipherparams": {"iv": h(16)},
                "ciphertext": h(32),
                "kdf": "scrypt",
                "kdfparams": {"dklen": 32, "n": 262144, "p": 1, "r": 8, "salt": h(32)},
                "mac": h(32),
            },
            "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
            "version": 3,
        },
        indent=RNG.choice([None, 2]),
    )


def test_keystore_json_whole_object_is_redacted() -> None:
    ks = keystore()
    text = f"here is my wallet file:\n{ks}\nand the password is in the next message"
    res = scan(text)
    assert [(s.kind, text[s.start : s.end]) for s in res.secrets] == [("keystore", ks)]
    assert "ciphertext" not in res.redacted_text


def test_truncated_keystore_runs_to_the_end() -> None:
    ks = keystore()[:-40]
    res = scan(f"file: {ks}")
    assert res.secrets and res.secrets[0].kind == "keystore"
    assert res.secrets[0].end == len(f"file: {ks}")


def test_the_word_ciphertext_alone_is_not_a_keystore() -> None:
    assert kinds("what does ciphertext mean in your API docs?") == []


def test_solana_keypair_array() -> None:
    sk = SigningKey(RNG.randbytes(32))
    arr = "[" + ", ".join(str(b) for b in bytes(sk) + bytes(sk.verify_key)) + "]"
    assert kinds(f"my phantom export {arr}") == [("private_key", arr)]
    assert kinds("[" + ",".join(["300"] * 64) + "]") == []  # not bytes


def test_solana_base58_keypair_only_with_key_words() -> None:
    sk = SigningKey(RNG.randbytes(32))
    b58 = Base58Encoder.Encode(bytes(sk) + bytes(sk.verify_key))
    assert kinds(f"phantom private key {b58}") == [("private_key", b58)]
    assert kinds(f"signature {b58}") == []  # same shape as a tx signature


def test_xrp_family_seed() -> None:
    seed = Base58Encoder.CheckEncode(b"\x21" + RNG.randbytes(16), Base58Alphabets.RIPPLE)
    assert seed.startswith("s") and len(seed) == 29
    assert kinds(f"xrp wallet {seed}") == [("private_key", seed)]
