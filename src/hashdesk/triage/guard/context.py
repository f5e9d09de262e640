"""Context words that tell a private key from a transaction hash (crypto-domain.md §2.9).

A 64-hex string has no structure: a secp256k1 key and a tx hash look the same. We look at
the nearest *key* word (private key, 私钥, приватный ключ …) and the nearest *hash* word
(txid, hash, 交易, explorer …) around it; the closer one decides.

**No context at all → transaction id, not a secret.** In messages to an exchange's support
desk bare hex is overwhelmingly a TxID pasted for a deposit or withdrawal case, and
hiding it would break those flows for everyone, while a customer who pastes a raw key
nearly always says what it is ("my private key is …"). Two exceptions make a bare hex a
key: another wallet secret in the same message (a seed phrase, a keystore), and hex
written right after a key word in any of the desk's languages. The residual risk (a raw
key pasted with no words at all) is accepted and documented here on purpose.
"""

from __future__ import annotations

import re

KEY_CONTEXT_RE = re.compile(
    r"private\s*-?\s*key|priv\s*key|privkey|\bpriv\b|\bpk\b|\bprv\b|secret\s*key|"
    r"wallet\s*key|signing\s*key|raw\s*key|key\s*(?:is|was|=|:)|\bkeys?\s+(?:of|for|to)\b|"
    r"\bimport(?:ed|ing)?\b|\bexport(?:ed|ing)?\b|"
    r"私钥|私鑰|秘钥|秘鑰|密钥|导入|導入|导出|導出|匯出|"
    r"秘密鍵|プライベートキー|インポート|エクスポート|"
    r"개인\s*키|프라이빗\s*키|비밀\s*키|가져오기|내보내기|"
    r"приватн\w*\s*ключ|закрыт\w*\s*ключ|секретн\w*\s*ключ|импорт|экспорт|"
    r"clave\s*privada|chave\s*privada|llave\s*privada|clave\s*secreta|chave\s*secreta|"
    r"importar|exportar|importei|exportei|importé|exporté|"
    r"khóa\s*(?:riêng|bí\s*mật|cá\s*nhân)|private\s*key|"
    r"özel\s*anahtar|gizli\s*anahtar|içe\s*aktar|dışa\s*aktar",
    re.IGNORECASE,
)

HASH_CONTEXT_RE = re.compile(
    r"tx\s*-?\s*id|txn|\btx\b|\btxs\b|hash|transaction|transfer\s*id|block|explorer|"
    r"scan\.|/tx/|/transaction|deposit|withdraw|sent|received|"
    r"交易|哈希|区块|區塊|充值|提现|提現|提币|提幣|转账|轉賬|到账|到賬|浏览器|"
    r"トランザクション|ハッシュ|取引|入金|出金|送金|"
    r"트랜잭션|해시|거래|입금|출금|전송|"
    r"транзакц|хэш|хеш|депозит|вывод|перевод|"
    r"transacci[oó]n|transa[cç][aã]o|dep[oó]sito|retiro|saque|"
    r"giao\s*dịch|mã\s*hash|nạp|rút|"
    r"işlem|yatır|çek",
    re.IGNORECASE,
)

_WINDOW_BEFORE = 80
_WINDOW_AFTER = 40


def _nearest_before(rx: re.Pattern[str], text: str, start: int) -> int | None:
    lo = max(0, start - _WINDOW_BEFORE)
    last = None
    for m in rx.finditer(text, lo, start):
        last = start - m.end()
    return last


def _nearest_after(rx: re.Pattern[str], text: str, end: int) -> int | None:
    m = rx.search(text, end, min(len(text), end + _WINDOW_AFTER))
    return None if m is None else m.start() - end


def key_or_hash(text: str, start: int, end: int) -> str | None:
    """'key', 'hash' or None (no context) for the candidate at text[start:end]."""
    best: tuple[float, str] | None = None
    for rx, label in ((KEY_CONTEXT_RE, "key"), (HASH_CONTEXT_RE, "hash")):
        b = _nearest_before(rx, text, start)
        a = _nearest_after(rx, text, end)
        for dist in (b, None if a is None else a * 1.5 + 5):
            if dist is not None and (best is None or dist < best[0]):
                best = (dist, label)
    return None if best is None else best[1]


def has_key_context(text: str, start: int, end: int) -> bool:
    return key_or_hash(text, start, end) == "key"
