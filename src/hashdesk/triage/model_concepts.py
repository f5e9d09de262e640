"""A small multilingual concept lexicon: words that mean the same support concept.

The category model sees these concept tokens (`~withdraw`, `~liquidation`, ...) next to
its character and word n-grams. They carry what was learned from the many English and
Chinese examples over to the languages with few examples, and to wordings the training
set never had ("payout", "出金", "saque", "вывод", "출금" all light up `~withdraw`).

Latin-script and Cyrillic entries match at the start of a word (so stems work: "liquidat"
matches "liquidated", "ликвид" matches "ликвидировали"); CJK entries match anywhere.
Matching runs on `model.normalise`d (lower-cased NFKC) text.
"""

from __future__ import annotations

import functools
import re
from typing import Any

CONCEPTS: dict[str, tuple[str, ...]] = {
    "withdraw": (
        "withdraw", "payout", "cash out", "cashout", "提币", "提现", "提幣", "出金", "提u", "提不",
        "retir", "saque", "sacar", "saquei", "sacou", "вывод", "вывел", "вывести", "rút", "rut tien",
        "çekim", "çektim", "cekemiyorum", "çekemiyorum", "출금",
    ),
    "deposit": (
        "deposit", "top up", "topup", "credited", "充值", "充币", "充u", "充的", "入金", "到账",
        "deposit", "depósit", "deposit", "pix$", "пополн", "депозит", "зачисл", "nạp", "nap tien",
        "yatır", "yatir", "havale", "입금", "反映",
    ),
    "notarrived": (
        "not arrived", "hasn't arrived", "hasnt arrived", "not received", "never arrived",
        "not credited", "didn't arrive", "not showing", "nothing showed", "没到", "没收到", "不到账",
        "未到账", "没有到账", "还没到", "no llega", "no ha llegado", "no me llegó", "não chegou",
        "não caiu", "не приш", "не дошл", "chưa về", "chua ve", "chưa nhận", "gelmedi", "ulaşmadı",
        "안 들어", "안 왔", "届きません", "届いていません", "反映されません", "入金されない",
    ),
    "login": (
        "log in", "login", "log into", "logged", "sign in", "signin", "sign-in", "logging", "登录",
        "登陆", "登不", "登入", "iniciar sesión", "entrar", "logar", "entro", "войти", "зайти", "вход",
        "đăng nhập", "dang nhap", "giriş", "giremiyorum", "로그인", "ログイン",
    ),
    "password": ("password", "passwd", "密码", "contraseña", "senha", "пароль", "mật khẩu", "şifre",
                 "비밀번호", "パスワード"),
    "twofa": (
        "2fa", "authenticator", "otp$", "2-step", "two-factor", "google auth", "sms code",
        "verification code", "谷歌验证", "二次验证", "验证码", "验证器", "安全密钥", "yubikey", "passkey",
        "通行密钥", "código 2fa", "código", "код$", "mã 2fa", "2段階", "認証アプリ", "認証コード",
    ),
    "locked": (
        "locked", "lock", "disabled", "deactivat", "frozen", "锁", "禁用", "停用", "解冻",
        "bloquead", "bloqueie", "bloqueen", "desativad", "deshabilitad", "заблокир", "отключен",
        "khóa", "khoa", "vô hiệu", "kilit", "devre dışı", "잠겼", "잠가", "비활성", "ロック", "無効",
    ),
    "hacked": (
        "hack", "compromis", "stolen", "steal", "stole", "drained", "emptied", "unauthori",
        "without my permission", "didn't make", "did not make", "not me", "did not do this",
        "didn't do this", "didnt withdraw", "didn't withdraw", "did not withdraw", "unknown wallet",
        "unknown address", "陌生钱包", "陌生地址", "没有提现", "mà tôi không biết", "wasn't me",
        "didn't request", "did not request", "盗", "被黑", "黑了", "不是我", "没有提币", "清空",
        "hackear", "hackea", "robaron", "roubaram", "sin mi permiso", "sem minha", "que yo no",
        "que eu não", "взлом", "украл", "без моего", "не делал", "не запрашивал", "trộm", "cắp",
        "bị hack", "xâm nhập", "tôi không thực hiện", "hacklendi", "çalındı", "izinsiz", "yapmadığım",
        "해킹", "도난", "털린", "무단", "하지 않은", "乗っ取", "盗ま", "勝手に", "身に覚え",
    ),
    "phishing": (
        "phish", "scam", "fake", "impersonat", "claiming to be", "official email", "钓鱼", "冒充",
        "诈骗", "仿冒", "假客服", "estafa", "supuesto", "se passando", "suposto", "фишинг",
        "якобы", "от вашего имени", "lừa đảo", "giả mạo", "giả danh", "oltalama", "sizin adınıza",
        "피싱", "사칭", "フィッシング", "装った", "名乗る",
    ),
    "newdevice": (
        "unknown device", "new device", "login alert", "new ip", "unrecognized", "strange",
        "suspicious", "陌生", "异地", "新设备", "desconocido", "desconhecido", "неизвестн",
        "thiết bị lạ", "tanımadığım", "모르는 기기", "知らない端末",
    ),
    "seed": ("seed", "mnemonic", "recovery phrase", "助记词", "私钥", "semilla", "frase de recupera",
             "сид", "cụm từ khôi phục", "kurtarma kelime", "시드", "シードフレーズ"),
    "order": (
        "order", "订单", "挂单", "委托", "下单", "orden", "ordem", "ордер", "lệnh", "emir", "주문",
        "注文",
    ),
    "fill": ("fill", "executed", "execut", "成交", "ejecut", "execut", "исполн", "khớp",
             "gerçekleş", "체결", "約定"),
    "fee": ("fee", "commission", "charged", "手续费", "费率", "comisión", "comision", "taxa",
            "комисс", "phí", "ücret", "komisyon", "수수료", "手数料"),
    "convert": ("convert", "swap", "闪兑", "兑换", "conver", "конверт", "전환", "コンバート"),
    "internal_transfer": (
        "transfer from", "transfer between", "funding to spot", "spot to futures", "划转",
        "transferencia de la cuenta", "transferência da carteira", "перевод с", "chuyển từ ví",
        "transfer gelmedi", "이체", "振替",
    ),
    "spot": ("spot", "现货", "币币", "спот", "현물", "現物"),
    "bot": ("bot$", "bots$", "grid", "dca$", "copy trad", "机器人", "网格", "定投", "跟单", "бот", "robô", "봇",
            "ボット"),
    "futures": (
        "futures", "perp", "perpetual", "contract", "合约", "永续", "交割", "futuro", "фьючерс",
        "бессрочн", "hợp đồng", "vĩnh cửu", "vadeli", "선물", "무기한", "先物", "無期限",
    ),
    "liquidation": (
        "liquidat", "liq ", "force close", "forced close", "强平", "爆仓", "爆了", "穿仓", "强制平仓",
        "liquid", "ликвид", "thanh lý", "chay tai khoan", "cháy tài khoản", "likit", "likidasyon",
        "청산", "強制決済", "清算",
    ),
    "funding": ("funding fee", "funding rate", "funding payment", "资金费", "financiamient",
                "financiament", "фандинг", "финансирован", "phí funding", "funding rate", "fonlama",
                "펀딩", "資金調達", "ファンディング"),
    "margin": ("margin", "collateral", "保证金", "margen", "margem", "маржа", "ký quỹ", "teminat",
               "증거금", "証拠金"),
    "leverage": ("leverage", "杠杆", "倍", "apalancamiento", "alavancagem", "плечо", "đòn bẩy",
                 "kaldıraç", "레버리지", "レバレッジ"),
    "position": (
        "position", "pnl$", "仓位", "持仓", "平仓", "开仓", "多单", "空单", "posición",
        "posição", "позици", "лонг", "шорт", "vị thế", "pozisyon", "포지션", "ポジション",
        "ロング",
    ),
    "api": (
        "api$", "api key", "apikey", "api-key", "api_key", "recvwindow", "signature", "hmac", "websocket", "rate limit", "listenkey", "签名",
        "限频", "接口", "firma", "assinatura", "подпис", "вебсокет", "chữ ký", "imza", "서명", "웹소켓",
        "署名",
    ),
    "kyc": (
        "kyc", "identity", "verification level", "level 2", "实名", "身份认证", "高级认证", "认证",
        "identidad", "identidade", "верификац", "личност", "xác minh danh tính", "kimlik", "신원",
        "인증", "本人確認",
    ),
    "document": (
        "passport", "id card", "document", "selfie", "proof of address", "driver", "license",
        "bank statement", "payslip", "护照", "身份证", "证件", "自拍", "流水", "驾照", "pasaporte",
        "documento", "comprobante", "паспорт", "документ", "селфи", "hộ chiếu", "giấy tờ", "pasaport",
        "belge", "여권", "서류", "신분증", "셀카", "パスポート", "書類", "身分証", "セルフィー",
    ),
    "source_of_funds": ("source of funds", "source of wealth", "origin of", "proof of funds",
                        "资金来源", "资产来源", "资金证明", "origen de fondos", "origem dos fundos",
                        "источник средств", "nguồn tiền", "fon kaynağı", "자금 출처", "資金源"),
    "review": (
        "review", "compliance", "aml$", "restricted", "restriction", "investigat", "due diligence",
        "travel rule", "审核", "风控", "合规", "审查", "反洗钱", "调查", "revisión", "cumplimiento",
        "análise", "restringid", "restrit", "проверк", "комплаенс", "ограничен", "xét duyệt",
        "tuân thủ", "hạn chế", "inceleme", "uyum", "kısıtlan", "심사", "컴플라이언스", "제한",
        "審査", "コンプライアンス", "制限",
    ),
    "network": (
        "network", "chain", "trc20", "erc20", "bep20", "erc-20", "trc-20", "bsc$", "arbitrum",
        "polygon", "网络", "链", "red$", "rede", "сеть", "сети", "mạng", "ağ$", "네트워크", "ネットワーク",
    ),
    "memo": ("memo", "tag$", "tags$", "comment", "标签", "备注", "мемо", "태그", "タグ"),
    "txid": ("txid", "tx hash", "zhash", "hash", "哈希", "交易id", "交易哈希", "tronscan",
             "etherscan", "explorer", "区块浏览器"),
    "pending": (
        "pending", "stuck", "processing", "awaiting", "on hold", "卡住", "卡在", "卡了", "处理中", "审核中", "确认中",
        "pendiente", "pendente", "atascad", "travad", "завис", "ожидан", "обработ", "treo", "chờ",
        "beklemede", "takıldı", "대기", "멈췄", "保留", "止まって",
    ),
    "address": ("address", "地址", "dirección", "endereço", "адрес", "địa chỉ", "adres", "주소",
                "アドレス"),
    "wrong": ("wrong", "mistake", "错", "equivocad", "errad", "неправильн", "не той", "не в той",
              "nhầm", "yanlış", "잘못", "間違"),
    "listing": ("listing", "list$", "delist", "上币", "上线", "上新", "下架", "listar", "listen",
                "добавите", "niêm yết", "listelen", "상장", "上場"),
    "greeting": (
        "hi$", "hello", "hey$", "thanks", "thank you", "good morning", "你好", "您好", "谢谢", "在吗",
        "hola", "gracias", "olá", "obrigad", "привет", "спасибо", "xin chào", "cảm ơn", "merhaba",
        "teşekkür", "안녕", "감사", "こんにちは", "ありがとう",
    ),
    "howto": ("how do i", "how to", "how can i", "where can i", "what is", "what are", "怎么", "如何",
              "什么", "cómo", "como ", "cuál", "qual", "как ", "какие", "thế nào", "bao nhiêu",
              "nasıl", "ne kadar", "어떻게", "얼마", "どう", "いくら"),
    "urgent_words": ("urgent", "asap", "emergency", "right now", "immediately", "急", "紧急", "马上",
                     "救命", "urgente", "срочно", "gấp", "acil", "긴급", "빨리", "至急", "今まさに"),
}

_CJK_OR_HANGUL = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _trie_regex(words: list[str]) -> str:
    """One regex for many words that shares prefixes (fast) and prefers the longest match."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


def _build() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], frozenset[str]]:
    owners: dict[str, list[str]] = {}
    whole: set[str] = set()
    for name, terms in CONCEPTS.items():
        for term in terms:
            t = term.lower()
            if t.endswith("$"):  # "$" marks a whole word: "hi$" is not "history"
                t = t[:-1]
                whole.add(t)
            owners.setdefault(t, [])
            if name not in owners[t]:
                owners[t].append(name)
    cjk = [t for t in owners if _CJK_OR_HANGUL.match(t)]
    latin = [t for t in owners if not _CJK_OR_HANGUL.match(t)]
    pattern = f"(?<!\\w){_trie_regex(latin)}|{_trie_regex(cjk)}"
    return re.compile(pattern), {t: tuple(n) for t, n in owners.items()}, frozenset(whole)


_PATTERN, _OWNERS, _WHOLE = _build()


@functools.lru_cache(maxsize=256)
def _features(norm: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in _PATTERN.finditer(norm):
        term = m.group()
        owners = _OWNERS.get(term)
        if owners is None:
            continue
        if term in _WHOLE and m.end() < len(norm) and (norm[m.end()].isalnum() or norm[m.end()] == "_"):
            continue
        out.extend("~" + name for name in owners)
    return tuple(out)


def concept_features(norm: str) -> list[str]:
    """Concept tokens found in normalised text (one token per match)."""
    return list(_features(norm))


def concepts(text: str) -> set[str]:
    """The set of concept names in `text` (normalises first)."""
    from hashdesk.triage.model import normalise

    return {t[1:] for t in concept_features(normalise(text))}
