"""Passwords, one-time codes and exchange API secrets *introduced as such*.

Each detector is "label, connector, value": a label word in one of the desk's languages
(password / 密码 / contraseña / пароль …), an optional connector (is / : / = / 是 / es /
là …) and a value that looks like the thing. Statements *about* the secret ("my password
doesn't work", "I forgot my password", "the code never arrives") have no value after the
label, or a value that is an ordinary word, and do not fire.
"""

from __future__ import annotations

import re

Found = tuple[int, int, str, str]

# --- passwords -----------------------------------------------------------------------------

_PW_LABEL = (
    r"(?P<label>(?:(?:login|account|trading|fund(?:s|ing)?|withdrawal|email|new|old)\s*)?"
    r"(?:password|passwd|passcode|pass\s*word|\bpwd\b|\bpw\b|\bpass\b|\bmk\b|비번|"
    r"密码|密碼|口令|"
    r"パスワード|暗証番号|"
    r"비밀번호|패스워드|"
    r"contrase[ñn]a|\bclave\b|senha|mot\s*de\s*passe|"
    r"пароль|пароля|паролем|парол[ьи]|"
    r"mật\s*khẩu|mat\s*khau|"
    r"şifre(?:m|mi|miz)?|sifre(?:m|mi)?|parola(?:m)?|"
    r"passwort|kennwort))"
)
_PW_RE = re.compile(
    _PW_LABEL + r"(?:\s+(?:của\s+(?:tôi|mình|em|anh)|de\s+mi\s+cuenta|da\s+minha\s+conta|"
    r"(?:for|of|on)\s+(?:my|the)\s+(?:account|app|wallet|email|exchange)))?"
    + r"(?P<conn>\s*(?:(?:is|was|are|es|era|é|là|la|это)(?![\w'’])\s*|"
    r"(?:—|-|是|为|為|は|는|은|이|가)\s*)?[:=：]?\s*)"
    r"(?P<val>[\"'“「][^\"'”」\n]{3,64}[\"'”」]|[\x21-\x7e]{4,64})",
    re.IGNORECASE,
)
_SHORT_LABELS = frozenset({"pass", "pw", "pwd", "clave"})
_CJK_LABEL_END = frozenset("码碼令ド호")
_STRONG_CONN = re.compile(r"[:=：]|是|为|為|—")
# Ordinary words that follow "password is …" in statements about a password.
_PW_STOP = frozenset(
    """
    not wrong incorrect correct right invalid expired blocked locked changed reset rejected
    being still too very the a an my your same different strong weak long short ok okay
    fine working work works worked doesn't doesnt don't dont isn't isnt wasn't wasnt does do
    did has have had will would can can't cant cannot could should must never always
    already just also no yes and or but for with without into from that this which what
    when where because since after before field box page forgotten forgot lost
    updated update change recovery manager required mandatory needed incorrectly
    showing shows says said keeps keep again now here there it its it's is was are were be
    been requirements rules policy hint protected hash hashed mismatch error errors
    please help problem issue issues link email sms code via by using entered
    typed saved stored remembered remember set setting settings less more than only
    reset changed request requested expire expires twice once login unique secure complex
    random simple compromised leaked exposed known safe new old different generated
    contraseña senha пароль incorrecta incorrecto errónea olvidé esqueci errada não
    неверный неправильный забыл sai quên yanlış unuttum
    """.split()
)


def _value_span(m: re.Match[str]) -> tuple[int, int]:
    s, e = m.span("val")
    val = m.group("val")
    if val[0] in "\"'“「":
        return s + 1, e - 1
    # Trailing sentence punctuation is not part of the value.
    while e > s and m.string[e - 1] in ".,;)]}>。，；\"'”’":
        e -= 1
    return s, e


def _looks_secret(val: str) -> bool:
    has_digit = any(c.isdigit() for c in val)
    has_sym = any(not c.isalnum() for c in val)
    inner_upper = any(c.isupper() for c in val[1:]) and any(c.islower() for c in val)
    return has_digit or has_sym or inner_upper


def _passwords(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _PW_RE.finditer(text):
        label = re.sub(r"\s+", "", m.group("label").lower())
        conn = m.group("conn")
        strong = bool(_STRONG_CONN.search(conn))
        if not conn and label[-1] not in _CJK_LABEL_END:
            continue  # "passwords", "password123" glued to the label
        if label in _SHORT_LABELS and not strong:
            continue  # "pass KYC", "pw reset": too common as plain words
        s, e = _value_span(m)
        if e - s < 4:
            continue
        val = text[s:e]
        quoted = m.group("val")[0] in "\"'“「"
        low = val.lower().rstrip("!?.,")
        if low in _PW_STOP or low.split("'")[0] in _PW_STOP:
            continue
        if val.isdigit() and len(val) < 6 and not quoted and not strong:
            continue  # "password 1234"? too short to tell from a count
        worded = conn.strip().lower().rstrip(":：").strip() in ("is", "was", "es", "é", "là", "это")
        if _looks_secret(val) or quoted or (strong and val.isalpha() and len(val) >= 4):
            out.append((s, e, "password", "password:labelled"))
        elif worded and val.isalpha() and len(val) >= 6:
            out.append((s, e, "password", "password:labelled-word"))
    return out


# Second pass: a customer often puts the value a few words after the label ("the pw I use
# everywhere is bailey123", "password is either A or B", "changed my password from A to
# B", "密码应该是A或者B", "пароль был A, новый поставил B"). Any token in the rest of the
# label's sentence (up to _NEAR characters) that looks like a password counts.
_NEAR = 64
# A sentence ends at a new line, CJK end punctuation, or ". ! ?" before a capital letter
# ("Buster3515! or Qwer1234!" is one sentence: passwords end in "!" too).
_SENTENCE_END = re.compile(r"[.!?]+\s+(?=[A-Z])|[。！？\n]")
# Ordinary words with an apostrophe or hyphen ("didn't", "e-mail"), and domain names.
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|[\w\-]+(?:\.[A-Za-z]{2,})+")
_PW_SYMBOL = re.compile(r"[!@#$%^&*+=_~|<>?{}\[\]\\/;:]")
# Ids and evidence named between the label and a token: the token is that, not a password
# ("password reset failed for order #A12345", "密码错误，UID 8812934455").
_ID_WORD = re.compile(
    r"order|\buid\b|\bid\b|ticket|case|tx|hash|address|withdraw|deposit|amount|account\s*(?:no|number)|"
    r"订单|單號|单号|编号|編號|地址|哈希|提币|提现|充值|工单|工單|"
    r"orden|pedido|заказ|ордер|lệnh|sipariş|주문|注文|адрес|dirección|endereço|địa\s*chỉ|adres|주소|アドレス",
    re.IGNORECASE,
)
# Id shapes: "#12345", "W8812934455", "ORD-2024-001" (upper-case prefixes; "abc12345" is
# how people make passwords).
_ID_SHAPE = re.compile(r"#\d+|[A-Z]{0,4}[-_#]?\d{6,}|[A-Z]{1,5}-[A-Z0-9-]*\d")
_PW_TOKEN = re.compile(r"[\x21-\x7e]{6,64}")
_PW_LABEL_ONLY = re.compile(_PW_LABEL, re.IGNORECASE)
_NOT_PW_TOKEN = re.compile(
    r"\S+@\S+\.\S+|https?://|www\.|"  # e-mail, link
    r"[0-9a-fA-F]{24,}|0x[0-9a-fA-F]+|[1-9A-HJ-NP-Za-km-z]{25,}|"  # hashes, addresses
    r"\d{1,4}[-/.:]\d{1,2}(?:[-/.:]\d{1,4})?(?:[T ]\d{1,2}:\d{2})?|"  # dates, times
    r"[\d.,]+(?:%|x)?",  # amounts, counts
    re.IGNORECASE,
)


def _near_passwords(text: str, taken: list[Found]) -> list[Found]:
    out: list[Found] = []
    for m in _PW_LABEL_ONLY.finditer(text):
        label = re.sub(r"\s+", "", m.group("label").lower())
        if label == "pass":
            continue  # "pass the KYC level2 check": too common a verb
        end = _SENTENCE_END.search(text, m.end(), m.end() + _NEAR)
        stop = end.start() if end else min(len(text), m.end() + _NEAR)
        for t in _PW_TOKEN.finditer(text, m.end(), stop):
            s, e = t.span()
            while e > s and text[e - 1] in ".,;:)]}>\"'”’":
                e -= 1
            while s < e and text[s] in "(\"'“‘[<:：=":
                s += 1
            val = text[s:e].rstrip("!?")
            if len(val) < 6 or _PLAIN_WORD.fullmatch(val) or val.lower() in _PW_STOP:
                continue
            val = text[s:e]
            if val.isdigit():
                if len(val) != 6 or _AMOUNT_AFTER.match(text, e):
                    continue  # a six-digit fund PIN, not a count or an amount
            elif _NOT_PW_TOKEN.fullmatch(val) or not (
                any(c.isdigit() for c in val) or _PW_SYMBOL.search(val)
            ):
                continue
            if _ID_WORD.search(text, m.end(), s) or _ID_SHAPE.fullmatch(val):
                continue
            if any(a < e and s < b for a, b, _k, _r in taken + out):
                continue
            out.append((s, e, "password", "password:near-label"))
    return out


# --- one-time codes ------------------------------------------------------------------------

# Labels that mean "one-time code" on their own ("2FA 123456", "验证码 123456").
_OTP_STRONG = (
    r"2\s*fa|2-?step|two[\s-]*factor|\bmfa\b|\botp\b|\btotp\b|authenticator|google\s*auth\w*|"
    r"验证码|驗證碼|校验码|校驗碼|动态码|動態碼|短信码|谷歌验证|谷歌驗證|认证码|認證碼|"
    r"認証コード|確認コード|ワンタイムパスワード|"
    r"인증\s*번호|인증\s*코드|보안\s*코드|"
    r"c[oó]digo\s*(?:de\s*)?(?:verificaci[oó]n|verifica[cç][aã]o|seguridad|seguran[cç]a|"
    r"autenticaci[oó]n|autentica[cç][aã]o|confirmaci[oó]n|confirma[cç][aã]o|2fa|sms|google)|"
    r"c[oó]digo\s*(?:do|del|de)\s*(?:google|sms|e-?mail|correo|autenticador)|"
    r"код\s*(?:подтверждения|из\s*(?:смс|sms|письма)|2fa|google|гугл|аутентификатора|"
    r"верификации|безопасности)|смс[\s-]*код|sms[\s-]*код|одноразов\w*\s*код|"
    r"mã\s*(?:xác\s*(?:minh|thực|nhận)|otp|2fa|sms|google|bảo\s*mật)|"
    r"doğrulama\s*kodu|dogrulama\s*kodu|onay\s*kodu|sms\s*kodu|2fa\s*kodu|google\s*kodu"
)
# Labels that need the word "code" after them ("SMS code 123456", "email code: 123456").
_OTP_WEAK = (
    r"\bsms|\btext|e-?mail|verification|verify|security|login|log-?in|sign-?in|confirmation|"
    r"\bauth|one[\s-]*time|\bga|phone|mobile|withdrawal|google"
)
# "kod", "kodu", "kodum", "kodunu" … (Turkish possessive / case suffixes)
_CODE = r"\s*(?:code|codes|kod(?:u|um|umuz|unu|umu|lar[ıi])?|код|código|codigo|mã|번호|코드|コード)"
_FILL = (
    r"(?P<fill>(?:\s*(?:is|was|=|:|：|是|为|為|es|é|là|это|은|는|は)(?![\w'])\s*[:：]?\s*|"
    r"(?:\s+[\w']+){1,5}?\s+(?:is|was)\s*[:：]?\s*|(?:\s+[\w']+){1,4}?\s*[:：]\s*|"
    r"\s+(?:(?:that\s+)?(?:i|we)\s+(?:just\s+)?(?:got|received|entered|typed|have)|"
    r"(?:you|u)\s+(?:just\s+)?sent(?:\s+me)?|(?:just\s+)?(?:came|arrived))\s*(?:is|was|:)?\s*|"
    r"\s*[:：]?\s*))"
)
# A code is a token of its own: not part of a hex string, an id or an amount.
_VAL = (
    r"(?P<val>(?<![A-Za-z0-9.,_-])\d{3}[ \-]\d{3}(?![A-Za-z0-9_]|[.,]\d)"
    r"|(?<![A-Za-z0-9.,_-])\d{4,8}(?![A-Za-z0-9_]|[.,]\d))"
)
# The label must end right where the digits start: searched in a short window before them.
_OTP_TAIL_RE = re.compile(
    rf"(?:(?:{_OTP_STRONG})(?:{_CODE})?|(?:{_OTP_WEAK}){_CODE}|\bcode\b){_FILL}\Z",
    re.IGNORECASE,
)
_OTP_VALUE_RE = re.compile(_VAL)
_WINDOW = 64
_OTP_NOT_CODE = re.compile(
    r"error|\berr\b|referral|invite|invitation|promo|status|order|\bref\b|reference|country|"
    r"zip|postal|area|anti-?phishing|错误|邀请|推荐|订单|錯誤|邀請|訂單|ошибк|приглаш|"
    r"c[oó]digo\s*de\s*error|hata|referans|davet",
    re.IGNORECASE,
)
_AMOUNT_AFTER = re.compile(
    r"\s*(?:usdt|usdc|btc|eth|trx|bnb|sol|xrp|usd|eur|u\b|元|块|塊|美元|rub|руб|₽|\$|%|tl\b|"
    r"vnd|đ|brl|reais|won|원|円|yen|dollars?|coins?|tokens?|times|hours|minutes|days|"
    r"seconds|mins?\b|hrs?\b|次|小时|分钟|天|秒)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_BACKUP_KEY_RE = re.compile(
    r"(?:backup|recovery|2fa|authenticator|totp|google\s*auth\w*)\s*(?:key|secret|code)"
    r"(?:\s*(?:is|was|=|:|：)\s*|\s+)(?P<val>[A-Z2-7]{16,64}|(?:[A-Z2-7]{4}\s){3,15}[A-Z2-7]{4})\b"
    r"|(?P<uri>otpauth://[^\s\"'<>]+)",
    re.IGNORECASE,
)


def _otp(text: str) -> list[Found]:
    out: list[Found] = []
    for v in _OTP_VALUE_RE.finditer(text):
        s, e = v.span("val")
        lo = max(0, s - _WINDOW)
        m = _OTP_TAIL_RE.search(text, lo, s)
        if m is None:
            continue
        val = v.group("val")
        # Only the label's own line says what kind of code this is ("error code", "zip
        # code"); a password on the line before must not switch the guard off.
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _OTP_NOT_CODE.search(text, max(line_start, m.start() - 24), m.start() + 8):
            continue
        if _AMOUNT_AFTER.match(text, e):
            continue
        if len(val) == 4 and _YEAR.fullmatch(val):
            continue
        if m.group().lower().startswith("code") and len(val.replace(" ", "").replace("-", "")) < 6:
            continue  # bare "code 1234" is too vague; six digits is the 2FA shape
        out.append((s, e, "otp_code", "otp:labelled"))
    return out


# A code-shaped number (6-8 digits, or "524 036") in the same sentence as a code word, on
# either side ("349916 这是刚才的动态码", "Google Authenticator сейчас показывает 271448",
# "SMSで届いたコードは368302です"), unless the sentence says it is an order, ticket or
# error number. A message that is nothing but six digits is a code too.
_NEAR_CODE_VALUE = re.compile(
    r"(?<![A-Za-z0-9.,_#+-])(?<!\d[ -])(?:\d{3}[ -]\d{3}|\d{6,8})(?![A-Za-z0-9_]|[.,]\d|[ -]\d)"
)
_NEAR_CODE_WORD = re.compile(
    rf"{_OTP_STRONG}|{_CODE}|\btoken\b|\bsms\b|authenticat|autenticad|аутентификатор|"
    r"动态码|動態碼|验证器|驗證器|短信|認証|인증|ワンタイム|xác\s*(?:minh|thực)|doğrulama",
    re.IGNORECASE,
)
_NEAR_NOT_CODE = re.compile(
    _OTP_NOT_CODE.pattern
    + r"|ticket|\bcase\b|\buid\b|user\s*id|\bid\b|phone|tel\b|工单|工單|单号|單號|编号|"
    r"編號|用户|手机号|電話|番号|注文|티켓|주문|telefone|tel[eé]fono|телефон|số\s*điện|telefon|"
    r"withdraw|deposit|amount|balance|txid|hash|address|retiro|saque|вывод|rút|nạp|çekim|"
    r"yatır|출금|입금|出金|入金|提币|提幣|提现|提現|充值|充币|地址|余额|餘額|金额|金額",
    re.IGNORECASE,
)
_BARE_CODE = re.compile(r"\s*(?:\d{6}|\d{3} \d{3})\s*[.!]?\s*")


def _near_otp(text: str, taken: list[Found]) -> list[Found]:
    if _BARE_CODE.fullmatch(text):
        v = re.search(r"\d{3} ?\d{3}", text)
        assert v is not None
        return [(v.start(), v.end(), "otp_code", "otp:bare")]
    out: list[Found] = []
    for v in _NEAR_CODE_VALUE.finditer(text):
        s, e = v.span()
        if any(a < e and s < b for a, b, _k, _r in taken):
            continue
        lo = max(0, s - _NEAR)
        for end in _SENTENCE_END.finditer(text, lo, s):  # start after the last sentence end
            lo = end.end()
        after = _SENTENCE_END.search(text, e, e + _NEAR)
        hi = after.start() if after else min(len(text), e + _NEAR)
        # A code word close by; no id / money word right before or after the number.
        if not _NEAR_CODE_WORD.search(text[max(lo, s - 32) : min(hi, e + 24)]):
            continue
        if _NEAR_NOT_CODE.search(text[max(lo, s - 24) : min(hi, e + 12)]):
            continue
        if _AMOUNT_AFTER.match(text, e) or _YEAR.fullmatch(v.group()):
            continue
        out.append((s, e, "otp_code", "otp:near-label"))
    return out


def _backup_keys(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _BACKUP_KEY_RE.finditer(text):
        span = m.span("uri") if m.group("uri") else m.span("val")
        out.append((span[0], span[1], "otp_code", "otp:backup-key"))
    return out


# --- API secrets ---------------------------------------------------------------------------

_API_SECRET_RE = re.compile(
    r"(?:api[\s_-]*)?(?:secret[\s_-]*(?:key)?|secretkey|private[\s_-]*api[\s_-]*key|"
    r"api[\s_-]*passphrase|passphrase|"
    r"api\s*密钥|api\s*密鑰|密钥|密鑰|秘钥|秘鑰|シークレット\s*キー|シークレット|"
    r"시크릿\s*키|시크릿|비밀\s*키|"
    r"clave\s*secreta|chave\s*secreta|секретн\w*\s*ключ|секрет|khóa\s*bí\s*mật|"
    r"gizli\s*anahtar)"
    r"(?P<conn>\s*(?:[:=：]|is|was|是|为|es|é|là|это|는|은|は)\s*|\s+|[\"']\s*:\s*[\"']|"
    r"[^\n:：=]{1,20}?[:：=]\s*|"
    r"(?:\s+(?:da|de|del|do|of|the|for|my|mi|minha|meu|api|key)\b){1,3}\s*[:：=]?\s*)"
    r"(?P<val>[\"']?[A-Za-z0-9+/=_\-]{16,128}[\"']?)",
    re.IGNORECASE,
)
# Kraken and others call the API secret a "Private-Key" (base64, 88 characters); a hex
# "private key" is a wallet key and is left to keys.py.
_API_PRIVATE_KEY_RE = re.compile(
    r"private[\s_-]*key\s*[:=：]?\s*(?P<val>[A-Za-z0-9+/]{40,}={0,2})", re.IGNORECASE
)
_HEX = re.compile(r"(?:0x)?[0-9a-fA-F]+")


# An exchange API passphrase (OKX, KuCoin …) is user-chosen and often short.
_PASSPHRASE_RE = re.compile(
    r"(?:api[\s_-]*)?pass[\s_-]?phrase(?P<conn>\s*(?:[:=：]|is|was|是|为)\s*|\s+)"
    r"(?P<val>[\"']?[\x21-\x7e]{6,64})",
    re.IGNORECASE,
)


def _api_secrets(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _PASSPHRASE_RE.finditer(text):
        s, e = m.span("val")
        while e > s and text[e - 1] in "\"'.,;)":
            e -= 1
        while s < e and text[s] in "\"'":
            s += 1
        val = text[s:e]
        if len(val) >= 6 and _looks_secret(val) and val.lower() not in _PW_STOP:
            out.append((s, e, "api_secret", "api-passphrase:labelled"))
    for m in _API_SECRET_RE.finditer(text):
        s, e = m.span("val")
        while e > s and text[e - 1] in "\"'":
            e -= 1
        while s < e and text[s] in "\"'":
            s += 1
        val = text[s:e]
        if len(val) < 16 or val.isalpha() and val.islower():
            continue  # an ordinary long word
        if not any(c.isdigit() for c in val) and not any(c.isupper() for c in val):
            continue
        out.append((s, e, "api_secret", "api-secret:labelled"))
    for m in _API_PRIVATE_KEY_RE.finditer(text):
        val = m.group("val")
        if _HEX.fullmatch(val) or not any(c.isupper() for c in val):
            continue
        out.append((*m.span("val"), "api_secret", "api-secret:private-key"))
    return out


# Cheap substring gates: a detector's regex runs only when one of its words is present.
_PW_TRIGGERS = (
    "pass",
    "mk",
    "비번",
    "pwd",
    "pw",
    "密码",
    "密碼",
    "口令",
    "パスワード",
    "暗証",
    "비밀번호",
    "패스워드",
    "contrase",
    "clave",
    "senha",
    "mot de passe",
    "парол",
    "mật khẩu",
    "mat khau",
    "şifre",
    "sifre",
    "parola",
    "passwort",
    "kennwort",
)
_OTP_TRIGGERS = (
    "token",
    "sms",
    "动态",
    "動態",
    "验证器",
    "短信",
    "2fa",
    "2 fa",
    "step",
    "factor",
    "mfa",
    "otp",
    "auth",
    "google",
    "code",
    "kod",
    "код",
    "código",
    "codigo",
    "mã",
    "번호",
    "코드",
    "コード",
    "码",
    "碼",
    "인증",
    "認証",
    "確認",
    "ワンタイム",
    "doğrulama",
    "dogrulama",
    "onay",
)
_API_TRIGGERS = (
    "secret",
    "private",
    "passphrase",
    "密钥",
    "密鑰",
    "秘钥",
    "秘鑰",
    "シークレット",
    "시크릿",
    "비밀",
    "secreta",
    "секрет",
    "bí mật",
    "gizli",
)


def _gate(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in words))


_PW_GATE = _gate(_PW_TRIGGERS)
_OTP_GATE = _gate(_OTP_TRIGGERS)
_API_GATE = _gate(_API_TRIGGERS)


def find(text: str) -> list[Found]:
    low = text.lower()
    out: list[Found] = []
    if _API_GATE.search(low):
        out.extend(_api_secrets(text))
    if _PW_GATE.search(low):
        out.extend(_passwords(text))
        out.extend(_near_passwords(text, out))
    if _DIGITS_RE.search(text):
        if _OTP_GATE.search(low):
            out.extend(_otp(text))
        out.extend(_near_otp(text, out))
    if _BACKUP_GATE.search(low):
        out.extend(_backup_keys(text))
    return out


_DIGITS_RE = re.compile(r"\d{3}")
_BACKUP_GATE = _gate(("otpauth", "backup", "recovery", "2fa", "authenticator", "totp", "google"))
