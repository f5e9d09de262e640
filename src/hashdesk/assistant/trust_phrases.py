# ruff: noqa: E501 - customer-facing text in nine languages: CJK characters count double.
"""What the desk tells a customer about trust actions: an urgent freeze they asked for, and
the verdict on a contact they reported. Per language; English is the fallback."""

from __future__ import annotations

from .phrases import lang_or_en

FREEZE_REQUESTED = {
    "en": "We have asked our security team to freeze your account right away. As soon as a "
    "supervisor confirms it, trading, withdrawals and sign-ins on your account are blocked "
    "until you unfreeze it together with our security team. A security specialist will reply "
    "here. Meanwhile, never share your password, 2FA codes or seed phrase — we will never ask "
    "for them.",
    "zh": "我们已请求安全团队立即冻结您的账户。主管确认后，您账户的交易、提现和登录将被暂停，"
    "直到您与安全团队一起解冻。安全专员会在这里回复您。在此期间，请勿向任何人提供您的密码、"
    "两步验证码或助记词——我们绝不会索要这些信息。",
    "es": "Hemos pedido a nuestro equipo de seguridad que congele su cuenta de inmediato. En "
    "cuanto un supervisor lo confirme, se bloquearán las operaciones, los retiros y los inicios "
    "de sesión hasta que la descongele junto con nuestro equipo de seguridad. Un especialista "
    "le responderá aquí. Mientras tanto, no comparta nunca su contraseña, sus códigos 2FA ni "
    "su frase semilla: nunca se los pediremos.",
    "ru": "Мы попросили службу безопасности немедленно заморозить ваш аккаунт. Как только "
    "руководитель подтвердит это, торговля, вывод средств и вход в аккаунт будут заблокированы, "
    "пока вы вместе со службой безопасности не разморозите его. Специалист ответит здесь. "
    "Никому не сообщайте пароль, коды 2FA или сид-фразу — мы никогда их не попросим.",
    "vi": "Chúng tôi đã yêu cầu đội bảo mật đóng băng tài khoản của bạn ngay lập tức. Ngay khi "
    "người giám sát xác nhận, giao dịch, rút tiền và đăng nhập sẽ bị chặn cho đến khi bạn cùng "
    "đội bảo mật mở lại tài khoản. Chuyên viên bảo mật sẽ trả lời tại đây. Đừng bao giờ chia sẻ "
    "mật khẩu, mã 2FA hay cụm từ khôi phục — chúng tôi không bao giờ yêu cầu chúng.",
    "tr": "Güvenlik ekibimizden hesabınızı hemen dondurmasını istedik. Bir yönetici onaylar "
    "onaylamaz, güvenlik ekibimizle birlikte yeniden açana kadar hesabınızda işlem, para çekme "
    "ve oturum açma engellenir. Bir güvenlik uzmanı buradan yanıt verecek. Şifrenizi, 2FA "
    "kodlarınızı veya kurtarma ifadenizi asla paylaşmayın — bunları asla istemeyiz.",
    "pt": "Pedimos à nossa equipe de segurança que congele sua conta imediatamente. Assim que "
    "um supervisor confirmar, negociações, saques e acessos ficam bloqueados até você "
    "descongelá-la junto com nossa equipe de segurança. Um especialista responderá aqui. "
    "Nunca compartilhe sua senha, códigos 2FA ou frase semente — nunca pediremos isso.",
    "ko": "보안팀에 계정을 즉시 동결하도록 요청했습니다. 관리자가 확인하는 즉시, 보안팀과 함께 "
    "해제할 때까지 계정의 거래, 출금, 로그인이 차단됩니다. 보안 담당자가 여기에서 답변드립니다. "
    "비밀번호, 2FA 코드, 시드 문구는 절대 공유하지 마세요. 저희는 절대 요청하지 않습니다.",
    "ja": "セキュリティチームにアカウントの即時凍結を依頼しました。管理者が確認し次第、"
    "セキュリティチームと一緒に解除するまで、取引・出金・ログインは停止されます。担当者が"
    "こちらで返信いたします。パスワード、2FAコード、シードフレーズは決して誰にも教えないで"
    "ください。当社がそれらを求めることはありません。",
}

# Verdicts on a reported contact. {value}: what was reported; {official}: what it imitates.
REPORT_VERDICT: dict[str, dict[str, str]] = {
    "en": {
        "impersonation": "Thank you for the report. {value} is NOT one of our channels: it "
        "imitates {official}. Do not sign in, send funds or share any code there. Our "
        "security team has your report.",
        "not_official": "Thank you for the report. {value} is not one of our official "
        "channels. Do not sign in, send funds or share any code there. Our security team has "
        "your report.",
        "official": "Thank you for checking. {value} is one of our official channels. Our "
        "security team has your report and will reply here if anything needs your attention.",
    },
    "zh": {
        "impersonation": "感谢您的举报。{value} 不是我们的官方渠道，它在冒充 {official}。"
        "请不要在那里登录、转账或提供任何验证码。安全团队已收到您的举报。",
        "not_official": "感谢您的举报。{value} 不是我们的官方渠道。请不要在那里登录、转账或"
        "提供任何验证码。安全团队已收到您的举报。",
        "official": "感谢您的核实。{value} 是我们的官方渠道。安全团队已收到您的举报，"
        "如有需要会在这里回复您。",
    },
    "es": {
        "impersonation": "Gracias por el aviso. {value} NO es uno de nuestros canales: imita "
        "a {official}. No inicie sesión, no envíe fondos ni comparta códigos allí. Nuestro "
        "equipo de seguridad tiene su reporte.",
        "not_official": "Gracias por el aviso. {value} no es uno de nuestros canales "
        "oficiales. No inicie sesión, no envíe fondos ni comparta códigos allí. Nuestro equipo "
        "de seguridad tiene su reporte.",
        "official": "Gracias por comprobarlo. {value} es uno de nuestros canales oficiales. "
        "Nuestro equipo de seguridad tiene su reporte y le responderá aquí si hace falta.",
    },
    "ru": {
        "impersonation": "Спасибо за сообщение. {value} — НЕ наш канал: он подделывается под "
        "{official}. Не входите там в аккаунт, не переводите средства и не сообщайте коды. "
        "Служба безопасности получила ваше сообщение.",
        "not_official": "Спасибо за сообщение. {value} не является нашим официальным каналом. "
        "Не входите там в аккаунт, не переводите средства и не сообщайте коды. Служба "
        "безопасности получила ваше сообщение.",
        "official": "Спасибо за проверку. {value} — наш официальный канал. Служба безопасности "
        "получила ваше сообщение и ответит здесь, если потребуется.",
    },
    "vi": {
        "impersonation": "Cảm ơn bạn đã báo cáo. {value} KHÔNG phải kênh của chúng tôi: nó giả "
        "mạo {official}. Đừng đăng nhập, chuyển tiền hay chia sẻ mã nào ở đó. Đội bảo mật đã "
        "nhận báo cáo của bạn.",
        "not_official": "Cảm ơn bạn đã báo cáo. {value} không phải kênh chính thức của chúng "
        "tôi. Đừng đăng nhập, chuyển tiền hay chia sẻ mã nào ở đó. Đội bảo mật đã nhận báo cáo.",
        "official": "Cảm ơn bạn đã kiểm tra. {value} là kênh chính thức của chúng tôi. Đội bảo "
        "mật đã nhận báo cáo và sẽ trả lời tại đây nếu cần.",
    },
    "tr": {
        "impersonation": "Bildiriminiz için teşekkürler. {value} bizim kanalımız DEĞİL: "
        "{official} kanalını taklit ediyor. Orada oturum açmayın, para göndermeyin, kod "
        "paylaşmayın. Güvenlik ekibimiz bildiriminizi aldı.",
        "not_official": "Bildiriminiz için teşekkürler. {value} resmi kanallarımızdan biri "
        "değil. Orada oturum açmayın, para göndermeyin, kod paylaşmayın. Güvenlik ekibimiz "
        "bildiriminizi aldı.",
        "official": "Kontrol ettiğiniz için teşekkürler. {value} resmi kanallarımızdan biri. "
        "Güvenlik ekibimiz bildiriminizi aldı; gerekirse buradan yanıt verecek.",
    },
    "pt": {
        "impersonation": "Obrigado pelo aviso. {value} NÃO é um canal nosso: imita "
        "{official}. Não faça login, não envie fundos nem compartilhe códigos lá. Nossa "
        "equipe de segurança recebeu seu relato.",
        "not_official": "Obrigado pelo aviso. {value} não é um dos nossos canais oficiais. Não "
        "faça login, não envie fundos nem compartilhe códigos lá. Nossa equipe de segurança "
        "recebeu seu relato.",
        "official": "Obrigado por verificar. {value} é um dos nossos canais oficiais. Nossa "
        "equipe de segurança recebeu seu relato e responderá aqui se necessário.",
    },
    "ko": {
        "impersonation": "신고해 주셔서 감사합니다. {value}은(는) 저희 채널이 아니며 "
        "{official}을(를) 사칭합니다. 그곳에서 로그인, 송금, 코드 공유를 하지 마세요. 보안팀이 신고를 접수했습니다.",
        "not_official": "신고해 주셔서 감사합니다. {value}은(는) 저희 공식 채널이 아닙니다. "
        "그곳에서 로그인, 송금, 코드 공유를 하지 마세요. 보안팀이 신고를 접수했습니다.",
        "official": "확인해 주셔서 감사합니다. {value}은(는) 저희 공식 채널입니다. 보안팀이 "
        "신고를 접수했으며 필요하면 여기에서 답변드립니다.",
    },
    "ja": {
        "impersonation": "ご報告ありがとうございます。{value} は当社のチャネルではなく、"
        "{official} になりすましています。そこでログイン、送金、コードの共有をしないでください。"
        "セキュリティチームが報告を受け付けました。",
        "not_official": "ご報告ありがとうございます。{value} は当社の公式チャネルではありません。"
        "そこでログイン、送金、コードの共有をしないでください。セキュリティチームが報告を受け付けました。",
        "official": "ご確認ありがとうございます。{value} は当社の公式チャネルです。セキュリティ"
        "チームが報告を受け付け、必要があればこちらで返信いたします。",
    },
}

# When the registry names no particular official value that a report imitates.
OUR_CHANNELS = {
    "en": "one of ours",
    "zh": "我们的渠道",
    "es": "uno de los nuestros",
    "ru": "наш канал",
    "vi": "kênh của chúng tôi",
    "tr": "bizim kanalımızı",
    "pt": "um dos nossos",
    "ko": "저희 채널",
    "ja": "当社のチャネル",
}


def freeze_requested(lang: str | None) -> str:
    return FREEZE_REQUESTED[lang_or_en(lang)]


def report_verdict(lang: str | None, verdict: str, value: str, resembles: str | None) -> str:
    lang = lang_or_en(lang)
    template = REPORT_VERDICT[lang].get(verdict, REPORT_VERDICT[lang]["not_official"])
    return template.format(value=value, official=resembles or OUR_CHANNELS[lang])
