"""Real identifiers and secrets for the triage held-out set, generated with the libraries.

Every address, tx id, key and seed phrase here is produced by bip-utils / python-mnemonic /
PyNaCl / eth-utils from a seeded `random.Random`, so the set is reproducible and nothing is
typed by hand. "Bad" variants flip one character, which breaks the checksum.
"""

from __future__ import annotations

import json
import random
import unicodedata
import uuid
from collections.abc import Callable
from typing import Any

from bip_utils import (
    Base58Alphabets,
    Base58Encoder,
    Bip32KeyNetVersions,
    Bip32Slip10Secp256k1,
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
    WifEncoder,
    XrpAddrEncoder,
)
from mnemonic import Mnemonic
from nacl.signing import SigningKey

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


class Ids:
    """Factories for one deterministic stream of identifiers."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    # --- keys ----------------------------------------------------------------------------
    def _secp(self) -> Secp256k1PrivateKey:
        while True:
            try:
                return Secp256k1PrivateKey.FromBytes(self.rng.randbytes(32))
            except Exception:  # noqa: BLE001 - out of range: draw again
                continue

    def _ed(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.FromBytes(self.rng.randbytes(32))

    def flip(self, s: str, alphabet: str, lo: int = 4) -> str:
        i = self.rng.randrange(lo, len(s) - 1)
        choices = [c for c in alphabet if c != s[i]]
        return s[:i] + self.rng.choice(choices) + s[i + 1 :]

    # --- addresses and tx ids ------------------------------------------------------------
    def eth(self) -> str:
        out: str = EthAddrEncoder.EncodeKey(self._secp().PublicKey())
        return out

    def eth_bad(self) -> str:
        a = self.eth()
        letters = [i for i, c in enumerate(a) if i > 1 and c.isalpha()]
        i = self.rng.choice(letters)
        return a[:i] + a[i].swapcase() + a[i + 1 :]

    def ethtx(self) -> str:
        return "0x" + self.rng.randbytes(32).hex()

    def hex64(self) -> str:
        return self.rng.randbytes(32).hex()

    def btc(self) -> str:
        out: str = P2WPKHAddrEncoder.EncodeKey(self._secp().PublicKey(), hrp="bc")
        return out

    def btc_tr(self) -> str:
        out: str = P2TRAddrEncoder.EncodeKey(self._secp().PublicKey(), hrp="bc")
        return out

    def btc_bad(self) -> str:
        return self.flip(self.btc(), BECH32, lo=5)

    def btc_legacy(self) -> str:
        out: str = P2PKHAddrEncoder.EncodeKey(self._secp().PublicKey(), net_ver=b"\x00")
        return out

    def btc_p2sh(self) -> str:
        out: str = P2SHAddrEncoder.EncodeKey(self._secp().PublicKey(), net_ver=b"\x05")
        return out

    def ltc(self) -> str:
        out: str = P2PKHAddrEncoder.EncodeKey(self._secp().PublicKey(), net_ver=b"\x30")
        return out

    def ltc_bech(self) -> str:
        out: str = P2WPKHAddrEncoder.EncodeKey(self._secp().PublicKey(), hrp="ltc")
        return out

    def doge(self) -> str:
        out: str = P2PKHAddrEncoder.EncodeKey(self._secp().PublicKey(), net_ver=b"\x1e")
        return out

    def trx(self) -> str:
        out: str = TrxAddrEncoder.EncodeKey(self._secp().PublicKey())
        return out

    def trx_bad(self) -> str:
        return self.flip(self.trx(), B58)

    def sol(self) -> str:
        out: str = SolAddrEncoder.EncodeKey(self._ed().PublicKey())
        return out

    def soltx(self) -> str:
        sig = SigningKey(self.rng.randbytes(32)).sign(self.rng.randbytes(40)).signature
        out: str = Base58Encoder.Encode(bytes(sig))
        return out

    def xrp(self) -> str:
        out: str = XrpAddrEncoder.EncodeKey(self._secp().PublicKey())
        return out

    def xrpx(self) -> tuple[str, int]:
        """An X-address (XLS-5d layout, Base58Check by bip-utils) and its tag."""
        account = Base58Encoder  # keep the import obviously used
        del account
        classic = self.xrp()
        from bip_utils import Base58Decoder

        acc = Base58Decoder.CheckDecode(classic, Base58Alphabets.RIPPLE)[1:]
        tag = self.rng.randrange(1, 2**32)
        payload = b"\x05\x44" + acc + b"\x01" + tag.to_bytes(4, "little") + bytes(4)
        out: str = Base58Encoder.CheckEncode(payload, Base58Alphabets.RIPPLE)
        return out, tag

    def ton(self, bounceable: bool = False) -> str:
        out: str = TonAddrEncoder.EncodeKey(self._ed().PublicKey(), is_bounceable=bounceable)
        return out

    def ton_bad(self) -> str:
        return self.flip(
            self.ton(), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        )

    # --- secrets ---------------------------------------------------------------------------
    def mnemonic(self, lang: str = "english", nbytes: int = 16) -> str:
        m = Mnemonic(lang).to_mnemonic(self.rng.randbytes(nbytes))
        return unicodedata.normalize("NFC", m)

    def mnemonic_typo(self, lang: str = "english") -> str:
        """A real phrase with one word swapped for another list word (checksum fails)."""
        words = self.mnemonic(lang).split()
        wl = Mnemonic(lang).wordlist
        i = self.rng.randrange(len(words))
        words[i] = self.rng.choice([w for w in wl if w != words[i]])
        return " ".join(words)

    def hexkey(self) -> str:
        return self._secp().Raw().ToHex()

    def wif(self, compressed: bool = True, testnet: bool = False) -> str:
        from bip_utils import P2PKHPubKeyModes

        mode = P2PKHPubKeyModes.COMPRESSED if compressed else P2PKHPubKeyModes.UNCOMPRESSED
        ver = b"\xef" if testnet else b"\x80"
        out: str = WifEncoder.Encode(self._secp(), net_ver=ver, pub_key_mode=mode)
        return out

    def xprv(self, kind: str = "xprv") -> str:
        versions = {
            "xprv": Bip32KeyNetVersions(b"\x04\x88\xb2\x1e", b"\x04\x88\xad\xe4"),
            "yprv": Bip32KeyNetVersions(b"\x04\x9d\x7c\xb2", b"\x04\x9d\x78\x78"),
            "zprv": Bip32KeyNetVersions(b"\x04\xb2\x47\x46", b"\x04\xb2\x43\x0c"),
            "tprv": Bip32KeyNetVersions(b"\x04\x35\x87\xcf", b"\x04\x35\x83\x94"),
        }[kind]
        ctx = Bip32Slip10Secp256k1.FromSeed(self.rng.randbytes(32), versions)
        out: str = ctx.DerivePath("m/0'/1").PrivateKey().ToExtended()
        return out

    def keystore(self) -> str:
        h = lambda n: self.rng.randbytes(n).hex()  # noqa: E731
        doc: dict[str, Any] = {
            "address": h(20),
            "crypto": {
                "cipher": "aes-128-ctr",
                "cipherparams": {"iv": h(16)},
                "ciphertext": h(32),
                "kdf": "scrypt",
                "kdfparams": {"dklen": 32, "n": 262144, "p": 1, "r": 8, "salt": h(32)},
                "mac": h(32),
            },
            "id": str(uuid.UUID(bytes=self.rng.randbytes(16), version=4)),
            "version": 3,
        }
        return json.dumps(doc)

    def solarr(self) -> str:
        sk = SigningKey(self.rng.randbytes(32))
        keypair = bytes(sk) + bytes(sk.verify_key)
        return "[" + ",".join(str(b) for b in keypair) + "]"

    def api_secret(self) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(self.rng.choice(alnum) for _ in range(64))

    def otp(self) -> str:
        return f"{self.rng.randrange(100000, 1000000)}"


Factory = Callable[[Ids], Any]
