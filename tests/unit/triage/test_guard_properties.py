"""Property tests: the guard never raises, its spans are sane, and an embedded secret never
survives redaction whatever text surrounds it."""

from __future__ import annotations

import json
import time
import unicodedata

from bip_utils import (
    Bip32Slip10Secp256k1,
    P2PKHPubKeyModes,
    Secp256k1PrivateKey,
    WifEncoder,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mnemonic import Mnemonic

from hashdesk.triage.evidence import extract
from hashdesk.triage.guard import marker, scan
from hashdesk.triage.outbound import check

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LANGS = [
    "english",
    "japanese",
    "korean",
    "spanish",
    "french",
    "italian",
    "czech",
    "portuguese",
    "chinese_simplified",
    "chinese_traditional",
]

surrounding = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120)


def _sane(text: str) -> None:
    res = scan(text)
    prev_end = 0
    rebuilt = []
    for s in res.secrets:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= prev_end
        rebuilt.append(text[prev_end : s.start])
        rebuilt.append(marker(s.kind))
        prev_end = s.end
    rebuilt.append(text[prev_end:])
    assert "".join(rebuilt) == res.redacted_text


@FAST
@given(st.text())
def test_guard_never_raises_and_spans_are_sane(text: str) -> None:
    _sane(text)


@FAST
@given(
    st.text(
        alphabet="0123456789abcdefABCDEF xX:,.\n[]{}\"' 助记词密码验证码seedpasswordcode",
        max_size=400,
    )
)
def test_guard_on_adversarial_alphabet(text: str) -> None:
    _sane(text)


@FAST
@given(st.text())
def test_evidence_and_outbound_never_raise(text: str) -> None:
    for ev in extract(text, secrets=()):
        assert ev.kind
    check(text)


def test_huge_inputs_are_fast_enough() -> None:
    chunks = [
        "my withdrawal of 500 USDT is pending, order 123456789, txid " + "ab12" * 16 + ". ",
        "我的提现一直没有到账，请帮我查一下，谢谢。",
        "abandon ability able about above absent absorb abstract absurd abuse access ",
        "[" + ",".join(["12"] * 70) + '] {"ciphertext": "' + "0" * 64 + '", ',
    ]
    for chunk in chunks:
        text = (chunk * (20_000 // len(chunk) + 1))[:20_000]
        t0 = time.perf_counter()
        _sane(text)
        extract(text)
        assert time.perf_counter() - t0 < 5.0


def _mnemonic(data: bytes, lang: str) -> str:
    return unicodedata.normalize("NFC", Mnemonic(lang).to_mnemonic(data))


secrets_st = st.one_of(
    st.builds(
        _mnemonic,
        st.sampled_from([16, 20, 24, 28, 32]).flatmap(lambda n: st.binary(min_size=n, max_size=n)),
        st.sampled_from(LANGS),
    ),
    st.builds(
        lambda b, c: WifEncoder.Encode(
            Secp256k1PrivateKey.FromBytes(b),
            net_ver=b"\x80",
            pub_key_mode=P2PKHPubKeyModes.COMPRESSED if c else P2PKHPubKeyModes.UNCOMPRESSED,
        ),
        st.binary(min_size=32, max_size=32).filter(
            lambda b: 0 < int.from_bytes(b, "big") < 2**256 - 2**129
        ),
        st.booleans(),
    ),
    st.builds(
        lambda b: Bip32Slip10Secp256k1.FromSeed(b).PrivateKey().ToExtended(),
        st.binary(min_size=16, max_size=64),
    ),
    st.builds(
        lambda b: json.dumps(
            {"crypto": {"ciphertext": b.hex(), "kdf": "scrypt", "mac": b[::-1].hex()}, "version": 3}
        ),
        st.binary(min_size=32, max_size=32),
    ),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(surrounding, secrets_st, surrounding)
def test_embedded_secret_never_survives_redaction(before: str, secret: str, after: str) -> None:
    text = f"{before}\n{secret}\n{after}"
    res = scan(text)
    start = len(before) + 1
    end = start + len(secret)
    assert any(s.start <= start and end <= s.end for s in res.secrets), (secret, res.secrets)
    assert secret not in res.redacted_text


passwords = st.from_regex(r"[A-Za-z]{3,8}[0-9]{1,4}[!@#$%]?", fullmatch=True)
codes = st.from_regex(r"[1-9][0-9]{5}", fullmatch=True)


@FAST
@given(surrounding, passwords, codes, st.sampled_from(["my password is", "密码：", "пароль:"]))
def test_labelled_password_and_code_never_survive(
    before: str, pw: str, code: str, label: str
) -> None:
    text = f"{before}\n{label} {pw}\nmy 2fa code is {code}\n"
    red = scan(text).redacted_text
    assert f"{label} {pw}\n" not in red
    assert f"2fa code is {code}" not in red
