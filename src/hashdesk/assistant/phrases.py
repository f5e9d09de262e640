"""What the assistant says, per language. Until the knowledge base lands (issue 5) it is
honest: it greets, says a person will take over, and hands off — no canned fake answers."""

from __future__ import annotations

SUPPORTED = ("en", "zh", "es", "ru", "vi", "tr", "pt", "ko", "ja")

HANDOFF = {
    "en": "Hi, thanks for contacting us. I'm the support assistant — a person from our "
    "support team will take over this conversation and reply here. Please keep this window open.",
    "zh": "您好，感谢您联系我们。我是客服助手——我们的人工客服会接手这个对话并在这里回复您，请保持此窗口打开。",
    "es": "Hola, gracias por contactarnos. Soy el asistente de soporte: una persona de nuestro "
    "equipo continuará esta conversación y le responderá aquí.",
    "ru": "Здравствуйте, спасибо за обращение. Я ассистент поддержки — сотрудник нашей "
    "службы поддержки продолжит этот разговор и ответит здесь.",
    "vi": "Xin chào, cảm ơn bạn đã liên hệ. Tôi là trợ lý hỗ trợ — một nhân viên hỗ trợ sẽ "
    "tiếp nhận cuộc trò chuyện này và trả lời bạn tại đây.",
    "tr": "Merhaba, bizimle iletişime geçtiğiniz için teşekkürler. Ben destek asistanıyım — "
    "destek ekibimizden biri bu görüşmeyi devralıp buradan yanıt verecek.",
    "pt": "Olá, obrigado por nos contatar. Sou o assistente de suporte — uma pessoa da nossa "
    "equipe assumirá esta conversa e responderá aqui.",
    "ko": "안녕하세요, 문의해 주셔서 감사합니다. 저는 지원 도우미입니다 — 지원팀 상담원이 이 대화를 "
    "이어받아 여기에서 답변드릴 것입니다.",
    "ja": "お問い合わせありがとうございます。サポートアシスタントです。サポートチームの担当者が"
    "この会話を引き継ぎ、こちらで返信いたします。",
}

HANDOFF_REQUESTED = {
    "en": "I've asked a person from our support team to join. They will reply here.",
    "zh": "已为您转接人工客服，客服人员会在这里回复您。",
    "es": "He pedido que una persona de nuestro equipo se una. Le responderá aquí.",
    "ru": "Я пригласил сотрудника поддержки. Он ответит здесь.",
    "vi": "Tôi đã mời một nhân viên hỗ trợ tham gia. Họ sẽ trả lời bạn tại đây.",
    "tr": "Destek ekibimizden birinin katılmasını istedim. Buradan yanıt verecekler.",
    "pt": "Pedi que uma pessoa da nossa equipe participe. Ela responderá aqui.",
    "ko": "지원팀 상담원을 연결해 드렸습니다. 여기에서 답변드릴 것입니다.",
    "ja": "サポート担当者におつなぎしました。こちらで返信いたします。",
}

SECRET_REMOVED = {
    "en": "For your safety we removed something that looked like {what} from your message; "
    "our team cannot see it and never needs it. Support will never ask for your seed phrase, "
    "private key, password or 2FA codes.",
    "zh": "为了您的安全，我们已从您的消息中删除了疑似{what}的内容，客服看不到也永远不需要它。"
    "我们的客服绝不会索要您的助记词、私钥、密码或两步验证码。",
    "es": "Por su seguridad eliminamos de su mensaje algo que parecía {what}; nuestro equipo no "
    "puede verlo y nunca lo necesita. Soporte nunca le pedirá su frase semilla, clave privada, "
    "contraseña ni códigos 2FA.",
    "ru": "В целях безопасности мы удалили из сообщения то, что похоже на {what}; сотрудники "
    "его не видят и никогда не запросят. Поддержка никогда не просит сид-фразу, приватный "
    "ключ, пароль или коды 2FA.",
    "vi": "Vì an toàn của bạn, chúng tôi đã xóa nội dung giống {what} khỏi tin nhắn; nhân viên "
    "không thấy và không bao giờ cần nó. Bộ phận hỗ trợ không bao giờ hỏi cụm từ khôi phục, "
    "khóa riêng, mật khẩu hay mã 2FA.",
    "tr": "Güvenliğiniz için mesajınızdan {what} gibi görünen bir içeriği kaldırdık; ekibimiz "
    "bunu göremez ve asla ihtiyaç duymaz. Destek asla kurtarma ifadenizi, özel anahtarınızı, "
    "şifrenizi veya 2FA kodlarınızı istemez.",
    "pt": "Para sua segurança removemos da sua mensagem algo que parecia {what}; nossa equipe "
    "não pode ver e nunca precisa disso. O suporte nunca pedirá sua frase semente, chave "
    "privada, senha ou códigos 2FA.",
    "ko": "고객님의 안전을 위해 메시지에서 {what}(으)로 보이는 내용을 삭제했습니다. 상담원은 볼 수 없으며 "
    "절대 필요하지 않습니다. 지원팀은 시드 문구, 개인 키, 비밀번호, 2FA 코드를 절대 요청하지 않습니다.",
    "ja": "安全のため、メッセージから{what}と思われる内容を削除しました。担当者には表示されず、"
    "必要になることもありません。サポートがシードフレーズ、秘密鍵、パスワード、2FAコードを"
    "求めることは決してありません。",
}

SEED_EXPOSED = {
    "en": "A seed phrase or private key that has been typed anywhere must be treated as "
    "exposed: create a new wallet now and move your funds to it.",
    "zh": "助记词或私钥一旦在任何地方输入过，就应视为已泄露：请立即创建新钱包并把资产转移过去。",
    "es": "Una frase semilla o clave privada escrita en cualquier lugar debe considerarse "
    "expuesta: cree una billetera nueva ahora y mueva sus fondos a ella.",
    "ru": "Сид-фразу или приватный ключ, введённые где-либо, следует считать раскрытыми: "
    "создайте новый кошелёк и переведите туда средства.",
    "vi": "Cụm từ khôi phục hoặc khóa riêng đã được nhập ở bất kỳ đâu phải coi là bị lộ: hãy "
    "tạo ví mới ngay và chuyển tiền sang đó.",
    "tr": "Herhangi bir yere yazılmış bir kurtarma ifadesi veya özel anahtar ifşa olmuş "
    "sayılmalıdır: hemen yeni bir cüzdan oluşturun ve fonlarınızı oraya taşıyın.",
    "pt": "Uma frase semente ou chave privada digitada em qualquer lugar deve ser considerada "
    "exposta: crie uma nova carteira agora e mova seus fundos para ela.",
    "ko": "어디에든 입력된 시드 문구나 개인 키는 노출된 것으로 간주해야 합니다. 지금 새 지갑을 만들고 "
    "자산을 옮기세요.",
    "ja": "どこかに入力したシードフレーズや秘密鍵は漏えいしたものとみなしてください。"
    "今すぐ新しいウォレットを作成し、資産を移してください。",
}

PASSWORD_EXPOSED = {
    "en": "If you typed your password or a 2FA code, change your password now and keep 2FA on.",
    "zh": "如果您输入了密码或验证码，请立即修改密码并保持两步验证开启。",
}

SECRET_NAMES = {
    "en": {
        "mnemonic": "a seed phrase",
        "private_key": "a private key",
        "extended_private_key": "an extended private key",
        "keystore": "a keystore file",
        "password": "a password",
        "otp_code": "a verification code",
        "api_secret": "an API secret",
    },
    "zh": {
        "mnemonic": "助记词",
        "private_key": "私钥",
        "extended_private_key": "扩展私钥",
        "keystore": "钱包密钥文件",
        "password": "密码",
        "otp_code": "验证码",
        "api_secret": "API 密钥",
    },
}


def lang_or_en(lang: str | None) -> str:
    return lang if lang in SUPPORTED else "en"


def handoff_greeting(lang: str | None) -> str:
    return HANDOFF[lang_or_en(lang)]


def handoff_requested(lang: str | None) -> str:
    return HANDOFF_REQUESTED[lang_or_en(lang)]


def secret_warning(kinds: set[str], lang: str | None) -> str:
    """Tell the customer a secret was cut out, and what to do about it."""
    lang = lang_or_en(lang)
    names = SECRET_NAMES.get(lang, SECRET_NAMES["en"])
    sep = "、" if lang == "zh" else ", "
    what = (
        sep.join(names.get(k, k) for k in sorted(kinds))
        if lang in SECRET_NAMES
        else ", ".join(SECRET_NAMES["en"].get(k, k) for k in sorted(kinds))
    )
    text = SECRET_REMOVED[lang].format(what=what)
    if kinds & {"mnemonic", "private_key", "extended_private_key", "keystore"}:
        text += " " + SEED_EXPOSED[lang]
    if kinds & {"password", "otp_code", "api_secret"}:
        text += " " + PASSWORD_EXPOSED.get(lang, PASSWORD_EXPOSED["en"])
    return text
