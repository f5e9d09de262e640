"""Language identification for customer messages (pure: text in, ISO 639-1 code out).

Cheap script checks decide most messages without a model: Han without kana is Chinese
(mixed Chinese-English is Chinese), kana is Japanese, Hangul is Korean, Cyrillic is
Russian. Letters that only one supported Latin-script language uses (ñ ¿ → Spanish,
ã õ → Portuguese, ı ş ğ → Turkish, ơ ư đ … → Vietnamese) come next. Only the rest goes
to lingua, restricted to the five Latin-script languages, which keeps it fast and stops
it from guessing a language the desk does not serve. Before lingua, a vote over
function words decides clear cases, including Vietnamese typed without diacritics and
Russian typed in Latin letters ("ne prihodit vyvod"), which no Latin-script model knows.
When lingua cannot tell either, a word-vote leader wins; else the caller's hint, or English.

`detect` never raises.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from typing import Any

SUPPORTED = ("en", "zh", "es", "ru", "vi", "tr", "pt", "ko", "ja")
DEFAULT = "en"

# Minimum number of letters before the statistical detector is trusted at all.
_MIN_LETTERS = 4
# Below this top confidence the text is "ambiguous": the hint (or English) wins.
_MIN_CONFIDENCE = 0.40

_VI_ONLY = frozenset("ăđơưĂĐƠƯ")
_VI_TONED = frozenset(
    "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
)
_TR_ONLY = frozenset("ıİşŞğĞ")
_ES_ONLY = frozenset("ñÑ¿¡")
_PT_ONLY = frozenset("ãõÃÕ")

# Pasted ids, addresses, URLs and e-mail addresses say nothing about the language.
_NOISE = re.compile(r"\S*\d\S*|\S+@\S+|https?://\S+|www\.\S+", re.ASCII)

# Vietnamese is often typed without diacritics ("rut tien chua ve"), which statistical
# models trained on accented text miss; these syllables are rare in the other languages.
_VI_PLAIN = frozenset(
    "khong ko duoc dc cua toi tien chua rut nap khoan giup roi nhung voi trong minh "
    "bao gio sao vay nhe a".split()
)
_VI_STRONG = frozenset("khong duoc dc cua toi tien chua rut nap khoan giup roi nhung".split())
# More plain syllables for the word vote only (each is rare as a word in en/es/pt/tr).
_VI_MORE = frozenset(
    "nhieu nhiu thi nao nguoi moi lenh hop dong kich hoat xac nhan khi xem xet lam gi ntn "
    "vay nhe nha oi dau hom qua ngay gio phut luc cai kia lai len xuong them cung nen phai "
    "muon dat huy mua tk ad ae dk bao hien luong van chi san choi bi tu toi em anh".split()
)
# Russian typed in Latin letters ("ne prihodit vyvod"): function and support words of the
# common transliterations, rare as words in the other Latin-script languages.
_RU_LATIN = frozenset(
    "ne na uzhe uje posle skolko eto chto pochemu pochemy menya mne moy moi moya moyu dlya "
    "gde ya vy vas net ili esli bez vse vsyo eshche eshe seychas sejchas poka nado nuzhno "
    "mozhno nelzya pomogite pomogi pozhaluysta pojaluysta spasibo privet zdravstvuyte "
    "akkaunt akk vyvod vivod depozit popolnenie pishet prishlo prihodit prihodyat kody kod "
    "chasa chasov dney summa dengi kakoy kakoy-to zablokirovan zablokirovali vmesto kuda "
    "skachat propala propal prilozhenie prilozheniya ozhidaet proverku podtverzhdeniya "
    "vzlom vhoda vvoda parolya zayti srochno tolko kogda kak ochen "
    # Words of the transliterated Russian training lines (data/train_auth5_ru.jsonl) seen at
    # most once in the en/es/pt/tr/vi training lines (English-looking ones left out).
    "mogu rabotaet oshibka menia prishel teper prohodit delat otpravil zhdat prinimaet kto "
    "parol seti hotia ot poteryal selfi cherez dnia nomer kupil popytok jdat pasport "
    "verifikaciya nevernyj zajti parolia moj servere prosto zarplata balans prosit bylo "
    "probovala fyuchah budet minut zavis lico sovpadaet idet dokumentov explorere sredstv "
    "likvidacii otmenit normalno rynku pri marzha".split()
)

# Above this many letters lingua's fast (trigram-only) mode is as good as its slow one.
_LONG_TEXT = 80

# Words that are English and not Spanish, Portuguese, Turkish or Vietnamese: two of them
# in a short message settle it without the statistical model (most traffic is English).
_EN_WORDS = frozenset(
    "the my is it i and to of for have has was you your this that what why how can't cannot "
    "not please pls help with from been still since did didn't don't does doesn't my account "
    "withdrawal deposit order when where which there their they we our me can will would "
    "should could just after before it's i'm i've hi hello thanks".split()
)

# Function words (and a few support words) that point to one Latin-script language and
# not the others. A clear majority decides without the statistical model; only messages
# where the vote is close or empty go to lingua (about one in twenty on our data).
_VOTE_WORDS: dict[str, frozenset[str]] = {
    "en": (
        _EN_WORDS
        | frozenset(
            "an are be got get i'm its on in at by or if so but all any yes hey sent "
            "received stuck pending wrong error failed missing why still working work".split()
        )
    )
    - {"me"},
    "es": frozenset(
        "el la los las mi mis en del al y es una pero cuenta retiro hola gracias ayuda puedo "
        "hay llega llegó dinero fondos tengo quiero muy dónde orden contraseña correo olvidé "
        "envié hice lleva dice pide sin ya error fuera mío cómo qué cuándo también ahora "
        "nada todavía funciona aparece saldo depósito billetera hacer hago buenas soporte "
        "usted ustedes favor sale mis".split()
    ),
    "pt": frozenset(
        "o os meu minha meus minhas não nao do da dos das na em um uma é foi conta saque olá "
        "oi obrigado obrigada ajuda posso tem já mas e você vocês dinheiro quero tenho ainda "
        "caiu cai sumiu pedi perdi celular senha ordem erro fora toda pelo pela ao isso "
        "está está também agora nada funciona aparece carteira fazer faço bom dia suporte "
        "depositei saquei enviei consigo".split()
    ),
    "tr": frozenset(
        "bir ve bu için ile ne çok daha değil var yok mı mi mu ama hesap hesabım hesabima "
        "hesabim para neden nasıl nasil hala hâlâ hata giriş giris yapamıyorum yapamiyorum "
        "şifre sifre çekim cekim gelmedi lütfen lutfen teşekkürler tesekkurler merhaba "
        "selam oldu olmadı olmadi ettim yaptım yaptim gönderdim gonderdim".split()
    ),
    "vi": (
        _VI_PLAIN
        | frozenset(
            "mã luôn báo sai không được tôi tiền tài khoản rút nạp giúp bị của và là có chưa "
            "vẫn em anh ad ơi lỗi ngoài mat het chay vo ly bi tai khoan hoi sao roi".split()
        )
        | _VI_MORE
    )
    - {"a"},
    "ru": _RU_LATIN,
}
_STRIP = ".,!?:;()\"'¿¡…"

_lock = threading.Lock()
_detector: Any = None
_fast_detector: Any = None
_lingua_failed = False


def _script_counts(text: str) -> tuple[int, int, int, int, int, int]:
    """Counts of (han, kana, hangul, cyrillic, latin letters, other letters)."""
    han = kana = hangul = cyr = latin = other = 0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            if ch.isalpha():
                latin += 1
            continue
        if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
            han += 1
        elif 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9D:
            kana += 1
        elif 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
            hangul += 1
        elif 0x0400 <= o <= 0x04FF:
            cyr += 1
        elif ch.isalpha():
            if o <= 0x024F or 0x1E00 <= o <= 0x1EFF:
                latin += 1
            else:
                other += 1
    return han, kana, hangul, cyr, latin, other


def _distinctive_latin(text: str) -> str | None:
    chars = set(text)
    if chars & _VI_ONLY or len(chars & _VI_TONED) >= 1:
        return "vi"
    if chars & _TR_ONLY:
        return "tr"
    if chars & _PT_ONLY:
        return "pt"
    if chars & _ES_ONLY:
        return "es"
    return None


def _get_detector(long_text: bool = False) -> Any:
    """Build (once) lingua's detectors for the Latin-script languages; None if unavailable."""
    global _detector, _fast_detector, _lingua_failed
    if long_text and _fast_detector is not None:
        return _fast_detector
    if _detector is not None or _lingua_failed:
        return _detector
    with _lock:
        if _detector is None and not _lingua_failed:
            try:
                from lingua import Language, LanguageDetectorBuilder

                langs = (
                    Language.ENGLISH,
                    Language.SPANISH,
                    Language.PORTUGUESE,
                    Language.TURKISH,
                    Language.VIETNAMESE,
                )
                # High-accuracy mode: low-accuracy mode (trigrams only) confuses Spanish
                # and Portuguese on one-line messages; with five languages a call is still
                # ~0.1 ms, and the models load once (warm_up()).
                _detector = (
                    LanguageDetectorBuilder.from_languages(*langs)
                    .with_preloaded_language_models()
                    .build()
                )
                _fast_detector = (
                    LanguageDetectorBuilder.from_languages(*langs)
                    .with_low_accuracy_mode()
                    .with_preloaded_language_models()
                    .build()
                )
            except Exception:  # pragma: no cover - lingua missing or broken
                _lingua_failed = True
    return _fast_detector if long_text else _detector


def warm_up() -> None:
    """Load the statistical models now rather than on the first message."""
    _get_detector()
    detect("warm up the language detector please", None)


def _fallback(hint: str | None) -> str:
    return hint if hint in SUPPORTED else DEFAULT


def _normalise_hint(hint: str | None) -> str | None:
    if not hint or not isinstance(hint, str):
        return None
    code = hint.strip().lower().replace("_", "-").split("-")[0]
    return code if code in SUPPORTED else None


def detect_with_confidence(text: str, hint: str | None = None) -> tuple[str, float, str]:
    """Return (language, confidence, reason). Never raises."""
    try:
        return _detect(text, _normalise_hint(hint))
    except Exception:  # pragma: no cover - defensive: detection must never break intake
        return _fallback(_normalise_hint(hint)), 0.0, "error"


def detect(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code of `text` among SUPPORTED; never raises."""
    return detect_with_confidence(text, hint)[0]


_KANA_RE = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]")
_HANGUL_RE = re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_HAN_RE = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")
_CYR_RE = re.compile("[\u0400-\u04ff]")


def _vote(words: list[str]) -> tuple[str, int, int]:
    """(language, its votes, the runner-up's votes) over the function-word tables;
    `words` are lower-cased and stripped of punctuation."""
    ranked = sorted(
        ((sum(map(table.__contains__, words)), lang) for lang, table in _VOTE_WORDS.items()),
        reverse=True,
    )
    return ranked[0][1], ranked[0][0], ranked[1][0]


def _detect(text: str, hint: str | None) -> tuple[str, float, str]:
    if not isinstance(text, str) or not text:
        return _fallback(hint), 0.0, "empty"
    if len(text) > 600:
        text = text[:600]
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates
            text = text.encode("utf-8", "replace").decode("utf-8")
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if _KANA_RE.search(text):
            return "ja", 1.0, "script:kana"
        if _HANGUL_RE.search(text):
            hangul = len(_HANGUL_RE.findall(text))
            if hangul >= len(_HAN_RE.findall(text)):
                return "ko", 1.0, "script:hangul"
            return "zh", 1.0, "script:han"
        if _HAN_RE.search(text):
            return "zh", 1.0, "script:han"
        cyr = len(_CYR_RE.findall(text))
        if cyr:
            _h, _k, _g, cyr, latin, _o = _script_counts(text)
            if cyr >= latin / 2:
                return "ru", 1.0, "script:cyrillic"
    text = _NOISE.sub(" ", text)
    latin = sum(map(str.isalpha, text))
    if latin < _MIN_LETTERS:
        return _fallback(hint), 0.0, "too short"
    marked = _distinctive_latin(text)
    words = [w.strip(_STRIP) for w in text.lower().split()]
    if marked == "pt" and words:
        # "ã" is Vietnamese too ("mã"): let the Vietnamese words speak first.
        lang, votes, runner_up = _vote(words)
        if lang == "vi" and votes > runner_up:
            return "vi", 0.8, "words:vi"
    if marked is not None:
        return marked, 0.95, "letters:" + marked
    leader = None  # the word vote's clear-but-not-decisive leader, if any
    if words:
        en = sum(map(_EN_WORDS.__contains__, words))
        if en >= 2 and en >= 0.3 * len(words):
            return "en", 0.9, "words:en"
        strong = sum(map(_VI_STRONG.__contains__, words))
        plain = sum(map(_VI_PLAIN.__contains__, words))
        if strong >= 2 and plain >= 0.4 * len(words):
            return "vi", 0.8, "words:vi"
        lang, votes, runner_up = _vote(words)
        if votes >= 2 and votes >= 2 * runner_up + 1:
            return lang, 0.8, "words:" + lang
        if votes >= 2 and votes > runner_up:
            leader = lang
    detector = _get_detector(long_text=latin >= _LONG_TEXT)
    if detector is None:  # pragma: no cover
        return _fallback(hint), 0.0, "no detector"
    values = detector.compute_language_confidence_values(text)
    if not values:
        return _fallback(hint), 0.0, "no candidate"
    scores = {v.language.iso_code_639_1.name.lower(): float(v.value) for v in values}
    best = max(scores, key=lambda k: scores[k])
    top = scores[best]
    if hint is not None and hint in scores and hint != best and scores[hint] >= 0.5 * top:
        return hint, scores[hint], "model+hint"
    if top < _MIN_CONFIDENCE:
        if leader is not None and hint is None:
            return leader, 0.6, "words:" + leader  # the model cannot tell; the words lean
        return _fallback(hint), top, "ambiguous"
    return best, top, "model"
