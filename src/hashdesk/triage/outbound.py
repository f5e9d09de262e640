"""Outbound guard: block an agent or assistant reply that *asks* the customer for a secret.

`check(text)` splits the reply into clauses (sentences, and at "but" / "但是" / "pero" …)
and blocks when a clause names a secret (seed phrase, private key / keystore, password,
2FA / SMS / e-mail code, API secret) *and* asks for it: a request verb ("send", "share",
"provide", "tell us", "what is your", "请提供", "发给我", "envíe", "пришлите", "gửi",
"gönderin", "envie", "보내주세요", "教えてください" …).

Not blocked: clauses that warn ("we will never ask for your seed phrase", "请勿向任何人透露
助记词", "никому не сообщайте код"), clauses that tell the customer to *reset / change /
enable* something, and clauses that tell them to type a password or code into the
official app or website ("enter the code on the login page"). Seed phrases and private
keys have no such exception: support never has a reason to have them typed anywhere.
Languages: en, zh, es, ru, vi, tr, pt, ko, ja.

The rules are precise but miss many phrasings ("read me the six digits", "paste the words
you wrote down", and most request verbs of the smaller languages): on an evaluation set
written apart from them (`bench/data/outbound_eval.jsonl`) they blocked 0.40 of asking
replies (0.43 after "six digits" and "the words you wrote down" were added from misses on
the training replies). A reply the rules let through, and that names something secret-bearing at all
(a code, digits, words, a key, a wallet …), goes to a linear model trained on 2,000
hand-written replies (`data/outbound_train.jsonl`); it blocks at p(ask) ≥ 0.7, a threshold
chosen on out-of-fold predictions of the training replies (about 7 % of harmless replies
blocked there). A second model names the secret when the rules found no secret word.
"""

from __future__ import annotations

import re

from hashdesk.triage.types import OutboundVerdict

MODEL_FILE = "outbound_model.npz"
KIND_MODEL_FILE = "outbound_kind_model.npz"
MODEL_THRESHOLD = 0.7
WARNING_THRESHOLD = 0.9

_I = re.IGNORECASE

_SECRETS: dict[str, re.Pattern[str]] = {
    "mnemonic": re.compile(
        r"seed|mnemonic|recovery\s*(?:phrase|words)|secret\s*(?:recovery\s*)?phrase|"
        r"backup\s*phrase|(?:12|24|twelve|twenty[- ]four)[- ]words?|wallet\s*(?:words|phrase)|"
        r"secret\s*words|recovery\s*key|"
        # "the words you wrote down", "las palabras que anotaste", "слова, которые записали" …
        r"(?:words|palabras|palavras|слова|từ|kelimeler\w*|단어|単語|单词|單詞)\W+(?:\w+\W+){0,3}?"
        r"(?:wrote|noted|written|anotaste|anotó|anotou|anotei|записал\w*|ghi\s*lại|ghi|"
        r"yazd\w*|not\s*ald\w*|적어|書き留め|メモ|抄|记下|記下)|"
        # The wallet-drainer script: "import / validate / sync your wallet on this page".
        r"(?:import|validate|sync|rectify|connect)\s+(?:your\s+)?wallet\s+"
        r"(?:on|at|via|through|using|with|here|to|in)\b|"
        r"助记词|助記詞|种子短语|種子短語|恢复短语|恢復短語|"
        r"frase\s*(?:semilla|de\s*recuperaci[oó]n|secreta|semente|de\s*recupera[cç][aã]o)|"
        r"palabras\s*de\s*recuperaci[oó]n|semilla|"
        r"сид[- ]?фраз|мнемони|секретн\w*\s*фраз|фраз\w*\s*восстановлени|"
        r"cụm\s*từ\s*(?:khôi\s*phục|bí\s*mật|hạt\s*giống)|từ\s*khôi\s*phục|"
        r"kurtarma\s*(?:ifade|kelime)|gizli\s*(?:ifade|kelime)|"
        r"시드\s*(?:구문|문구)?|복구\s*(?:구문|문구)|니모닉|"
        r"シードフレーズ|リカバリーフレーズ|復元フレーズ|ニーモニック",
        _I,
    ),
    "private_key": re.compile(
        r"private\s*key|priv\s*key|keystore|key\s*store\s*file|"
        r"私钥|私鑰|clave\s*privada|llave\s*privada|приватн\w*\s*ключ|закрыт\w*\s*ключ|"
        r"khóa\s*(?:riêng|cá\s*nhân)|özel\s*anahtar|chave\s*privada|개인\s*키|秘密鍵",
        _I,
    ),
    "password": re.compile(
        r"password|passcode|\bpwd\b|密码|密碼|contrase[ñn]a|пароль|парол[яе]|mật\s*khẩu|"
        r"şifre|parola|senha|비밀번호|パスワード|暗証番号",
        _I,
    ),
    "otp_code": re.compile(
        r"(?:2\s*fa|two[- ]factor|authenticator|google\s*auth\w*)\s*(?:app\s*)?"
        r"(?:code|number|token|pin|digits)|"
        r"(?:\b(?:6|six|seis|sáu|altı|8|eight)|шест\w*|여섯|六)\s*[- ]?\s*"
        r"(?:digits?|dígitos|цифр\w*|chữ\s*số|haneli|자리|桁|位数字?|位)|6桁|６桁|"
        r"(?:number|code|digits)\s*(?:shown|displayed|showing)\s*(?:in|on)\s*(?:your\s*|the\s*)?"
        r"(?:google\s*)?auth\w*|(?:6|six)[- ]digit\s*(?:number|pin)|"
        r"\b(?:your|the|ur)\s+(?:current\s+)?2\s*fa\b(?!\s*(?:app|settings|status|reset|device|"
        r"setup|method|is|was|has|will|on|off|enabled|disabled))|"
        r"\botp\b|one[- ]time\s*(?:code|password)|"
        r"(?:verification|sms|text|e-?mail|security|login|confirmation|6[- ]digit|six[- ]digit)"
        r"\s*code|code\s*(?:we|you)\s*(?:just\s*)?(?:sent|received|got)|"
        r"验证码|驗證碼|动态码|動態碼|谷歌验证|谷歌驗證|"
        r"c[oó]digo\s*(?:de\s*)?(?:verificaci[oó]n|verifica[cç][aã]o|seguridad|seguran[cç]a|"
        r"2fa|sms|google|confirmaci[oó]n|confirma[cç][aã]o)|c[oó]digo\s*que\s*(?:le|lhe|te)?\s*"
        r"(?:enviamos|recibi|recebeu)|"
        r"код\w*\s*(?:подтверждени|из\s*смс|из\s*sms|2fa|google|гугл|аутентифик|верифик)|"
        r"смс[- ]?код|sms[- ]?код|одноразов\w*\s*код|"
        r"mã\s*(?:xác\s*(?:minh|thực|nhận)|otp|2fa|sms|google)|"
        r"doğrulama\s*kod|onay\s*kod|sms\s*kod|2fa\s*kod|google\s*kod|"
        r"인증\s*(?:번호|코드)|otp\s*(?:번호|코드)|認証コード|確認コード|ワンタイム",
        _I,
    ),
    "api_secret": re.compile(
        r"api\s*secret|secret\s*key|api\s*密钥|api\s*密鑰|密钥|秘钥|clave\s*secreta|"
        r"chave\s*secreta|секретн\w*\s*ключ|khóa\s*bí\s*mật|gizli\s*anahtar|시크릿\s*키|"
        r"シークレットキー|シークレット",
        _I,
    ),
}

_REQUEST = re.compile(
    # en
    r"\b(?:provide|send|share|tell|give|type|enter|paste|submit|confirm|verify|forward|"
    r"read\s*(?:out|back)|dm|message\s*us|upload|input|write|reply\s*with|post|"
    r"let\s*(?:us|me)\s*know|need\s*your|need\s*the|require\s*your|what\s*is\s*your|"
    r"what'?s\s*your|what\s*are\s*your|what\s*is\s*the|what'?s\s*the|can\s*i\s*have|"
    r"may\s*i\s*have|sync|validate|import)\b|"
    # zh
    r"提供|发送|發送|发给|發給|发我|發我|告诉|告訴|告知|给我|給我|输入|輸入|填写|填寫|回复|回覆|"
    r"私信|提交|报一下|報一下|说一下|說一下|是多少|是什么|是什麼|截图给|导入|導入|验证您的钱包|"
    # es
    r"proporcion|env[ií][ea]|env[ií]anos|env[ií]e|compart[ae]|d[ií]ganos|dinos|ind[ií]que|"
    r"facilit[ea]|necesitamos|ingres[ea]|introduzca|introduce|escrib[ae]|cu[aá]l\s*es\s*(?:su|tu)|"
    r"mand[ae]|"
    # ru
    r"пришлите|отправьте|сообщите|скажите|назовите|предоставьте|напишите|введите|укажите|"
    r"продиктуйте|нужен\s*ваш|нужна\s*ваш|нужно\s*ваш|какой\s*у\s*вас|скиньте|"
    # vi
    r"cung\s*cấp|gửi|cho\s*(?:chúng\s*tôi|tôi|em|mình)\s*biết|nhập|chia\s*sẻ|đọc|là\s*gì|"
    # tr
    r"gönder|paylaş|ilet|söyle|verin|yazın|girin|belirt|bildir|ihtiyacımız|nedir|"
    # pt
    r"envie|forneça|forneca|informe|compartilhe|diga|digite|insira|passe|qual\s*[ée]\s*(?:a|o)\s*"
    r"(?:sua|seu)|precisamos|"
    # ko
    r"알려\s*주|보내\s*주|제공해\s*주|입력해\s*주|공유해\s*주|말씀해\s*주|적어\s*주|전달해\s*주|"
    r"무엇인가요|뭐예요|"
    # ja
    r"教えて|送って|送信して|提供して|入力して|お知らせ|共有して|記入して|ご提示|何ですか",
    _I,
)
# "enter"-type verbs: typing a password / code into the official UI is a fine instruction.
_TYPE_IN = re.compile(
    r"\b(?:enter|type|input)\b|输入|輸入|填写|填寫|ingres|introduzca|introduce|введите|nhập|"
    r"girin|digite|insira|입력|入力",
    _I,
)
_LOCATION = re.compile(
    r"\b(?:app|application|website|site|page|login|log[- ]in|sign[- ]in|screen|field|box|"
    r"form|prompt|authenticator)\b|官网|官網|网站|網站|页面|頁面|登录|登錄|应用|應用|app|"
    r"aplicaci[oó]n|sitio|p[aá]gina|приложени|сайт|странице|ứng\s*dụng|trang|uygulama|"
    r"sayfa|aplicativo|앱|사이트|페이지|アプリ|サイト|画面|ページ",
    _I,
)
_RESET = re.compile(
    r"\b(?:reset|change|update|set\s*up|set|create|enable|disable|bind|recover|forgot|"
    r"re-?enable|rebind|unbind|modify|protect|secure|store|keep|write\s*down|back\s*up)\b|"
    r"重置|修改|更改|设置|設定|设定|绑定|綁定|解绑|找回|开启|開啟|启用|"
    r"restablec|cambi[ae]|actualiz|сбросьте|сбросить|измените|смените|включите|"
    r"đặt\s*lại|thay\s*đổi|bật|sıfırla|değiştir|etkinleştir|redefin|altere|ative|"
    r"재설정|변경|설정|リセット|変更|設定",
    _I,
)
# Words that make a whole clause a warning, wherever they stand in it.
_STRONG_NEG = re.compile(
    r"\b(?:never|no\s*one|nobody|anyone|anybody|under\s*no\s*circumstances|beware|scam|"
    r"scammers?|fraud\w*|phishing|impersonat\w*)\b|"
    r"请勿|請勿|切勿|绝不|絕不|从不|從不|永远不|永遠不|任何人|谨防|謹防|诈骗|詐騙|不得|千万别|"
    r"千萬別|决不|決不|"
    r"\bnunca\b|\bjam[aá]s\b|\bnadie\b|\bninguém\b|golpe|estafa|"
    r"никогда|никому|ни\s*в\s*коем|мошенни|"
    r"không\s*bao\s*giờ|tuyệt\s*đối\s*không|lừa\s*đảo|bất\s*kỳ\s*ai|"
    r"asla|hiçbir|hiç\s*kimse|kimseyle|kimseye|dolandırıcı|"
    r"절대|누구에게도|사기|"
    r"決して|絶対に|誰にも|詐欺",
    _I,
)
# Negations that only cancel a request verb later in the same comma-free segment.
_WEAK_NEG = re.compile(
    r"\b(?:don'?t|do\s*not|doesn'?t|does\s*not|won'?t|will\s*not|wouldn'?t|not|"
    r"shouldn'?t|should\s*not|must\s*not|mustn'?t|avoid)\b|"
    r"不要|不会|不會|别|勿|不需要|无需|無需|"
    r"\bno\s+(?:\w+\s+){0,2}?(?:compart|proporcion|env|d[ée]|revel|facilit|ped|solicit|"
    r"pregunt|escrib|ingres|introduz|le\b|te\b|les\b|nos\b|se\b|lo\b|la\b)|"
    r"\bне\b|\bkhông\b|đừng|paylaşmayın|vermeyin|istemeyiz|istemez|etmeyin|göndermeyin|"
    r"\bnão\b|않습니다|않으며|마세요|마십시오|안\s*됩니다|하지\s*않|"
    r"しないで|ません|ないでください",
    _I,
)
_NOT_REALLY_NEGATION = re.compile(
    r"don'?t\s*(?:worry|hesitate)|do\s*not\s*(?:worry|hesitate)|no\s*problem|not\s*sure|"
    r"if\s*not|不用担心|不用擔心|别担心|別擔心|no\s*se\s*preocupe|no\s*te\s*preocupes|"
    r"не\s*волнуйтесь|не\s*переживайте|đừng\s*lo|endişelenmeyin|não\s*se\s*preocupe|"
    r"걱정하지\s*마세요|ご安心ください|ご心配なく",
    _I,
)
_CLAUSE_SPLIT = re.compile(
    r"[.!?。！？\n;；]+|\b(?:but|however|although|though)\b|但是|但|不过|不過|然而|"
    r"\bpero\b|\bsin\s*embargo\b|\bно\b|\bоднако\b|\bnhưng\b|\bama\b|\bancak\b|\bmas\b|"
    r"\bporém\b|하지만|그러나|しかし|ですが|けれど",
    _I,
)


def _clause_kinds(clause: str) -> list[str]:
    return [k for k, rx in _SECRETS.items() if rx.search(clause)]


_SEGMENT_SPLIT = re.compile(r"[,，:：]")
_SEND_LIKE = re.compile(
    r"send|share|provide|tell|give|提供|发|發|告诉|告訴|env|compart|пришл|отправ|сообщ|"
    r"gửi|cung|gönder|paylaş|envie|forne|보내|알려|送|教え",
    _I,
)


# "… to confirm the withdrawal", "para verificar", "чтобы подтвердить": a purpose, not a request.
_PURPOSE_BEFORE = re.compile(
    r"(?:\b(?:in\s+order\s+)?to|\bpara|\bpour|\bper|чтобы|để|以便|用于|用來|来|來)\s*$", _I
)


def _segment_requests(seg: str) -> list[str]:
    """Request verbs in a comma-free segment that no earlier negation in it cancels."""
    out: list[str] = []
    for m in _REQUEST.finditer(seg):
        if _WEAK_NEG.search(seg, 0, m.start()):
            continue
        if _PURPOSE_BEFORE.search(seg, max(0, m.start() - 16), m.start()):
            continue
        out.append(m.group())
    return out


def _topic_only(seg: str) -> bool:
    """A short noun phrase before the request ("验证码，请发给我"), not a clause of its own."""
    stripped = seg.strip()
    if _RESET.search(stripped) or _REQUEST.search(stripped):
        return False
    return len(stripped.split()) <= 4 and len(stripped) <= 24


def _asks(clause: str) -> list[str]:
    cleaned = _NOT_REALLY_NEGATION.sub(" ", clause)
    if _STRONG_NEG.search(cleaned):
        return []
    segs = _SEGMENT_SPLIT.split(cleaned)
    seg_kinds = [_clause_kinds(sg) for sg in segs]
    out: list[str] = []
    for i, sg in enumerate(segs):
        req = _segment_requests(sg)
        if not req:
            continue
        kinds = [k for kinds in seg_kinds[i:] for k in kinds]  # "send X, Y and Z"
        if i > 0 and _topic_only(segs[i - 1]):
            kinds += seg_kinds[i - 1]  # "验证码，请发给我"
        for kind in kinds:
            if kind in out:
                continue
            if kind in ("password", "otp_code", "api_secret"):
                # "enter the code in the app" / "reset your password on the website" are fine.
                typed_only = all(_TYPE_IN.fullmatch(r.strip()) for r in req)
                if typed_only and _LOCATION.search(cleaned):
                    continue
                if _RESET.search(sg) and not any(_SEND_LIKE.search(r) for r in req):
                    continue
            out.append(kind)
    return out


def check(text: str) -> OutboundVerdict:
    """Whether a reply asks the customer for a secret; never raises."""
    try:
        if not isinstance(text, str) or not text.strip():
            return OutboundVerdict(False)
        found: list[str] = []
        reasons: list[str] = []
        for clause in _CLAUSE_SPLIT.split(text):
            if not clause or not clause.strip():
                continue
            if not _clause_kinds(clause):
                continue
            for kind in _asks(clause):
                if kind not in found:
                    found.append(kind)
                    reasons.append(f"asks for {kind}: {clause.strip()[:80]!r}")
        if found:
            return OutboundVerdict(True, tuple(found), "; ".join(reasons))
        return _model_check(text)
    except Exception:  # noqa: BLE001 - fail closed: a reply we cannot check is not sent
        return OutboundVerdict(True, (), "outbound guard error")


# Without a word for something secret-bearing (a code, digits, words, a phrase, a key, a
# password, a backup, a wallet …) a reply cannot ask for a secret: only such replies go to
# the model (a short "Hi, I'm Mei." must never be blocked on the model's whim).
_CUE = re.compile(
    r"code|digit|word|phrase|key|pass|pin\b|otp|2\s*fa|auth|secret|seed|mnemonic|backup|"
    r"recovery|wallet|keystore|sms|token|credential|login|"
    r"码|碼|验证|驗證|密|助记|助記|私钥|私鑰|单词|單詞|钱包|錢包|备份|備份|恢复|恢復|口令|"
    r"c[oó]digo|d[ií]gito|palabra|palavra|frase|semilla|semente|clave|chave|contrase|senha|"
    r"billetera|cartera|carteira|respaldo|код|цифр|слов|фраз|ключ|парол|кошел|"
    r"mã|số|từ|cụm|khóa|mật|ví\b|kod|hane|kelime|ifade|anahtar|şifre|sifre|parola|cüzdan|"
    r"코드|번호|자리|단어|구문|키|비밀|비번|지갑|복구|"
    r"コード|桁|単語|フレーズ|キー|鍵|パスワード|暗証|ウォレット|復元|バックアップ",
    re.IGNORECASE,
)


def _model_check(text: str) -> OutboundVerdict:
    from hashdesk.triage.classifier import default_model_path, load_model

    if not _CUE.search(text):
        return OutboundVerdict(False)
    here = default_model_path()
    model = load_model(here.with_name(MODEL_FILE))
    if model is None:
        return OutboundVerdict(False)
    label, p = model.predict(text)
    p_ask = p if label == "ask" else 1.0 - p
    # A reply that warns about secrets ("support never asks for your password, seed …")
    # reads much like one that asks; the model must be surer to block it.
    warns = bool(_STRONG_NEG.search(text)) and bool(_clause_kinds(text))
    if p_ask < (WARNING_THRESHOLD if warns else MODEL_THRESHOLD):
        return OutboundVerdict(False)
    kinds = tuple(
        dict.fromkeys(
            k for clause in _CLAUSE_SPLIT.split(text) if clause for k in _clause_kinds(clause)
        )
    )
    if not kinds:
        kind_model = load_model(here.with_name(KIND_MODEL_FILE))
        kinds = (kind_model.predict(text)[0],) if kind_model is not None else ("secret",)
    return OutboundVerdict(True, kinds, f"model: asks for a secret (p={p_ask:.2f})")


def warm_up() -> None:
    """Load the outbound models now rather than on the first agent reply."""
    _model_check("warm up: please send the transaction id")


__all__ = ["check", "warm_up"]
