"""Outbound guard: replies that ask for a secret are blocked; warnings and instructions are not."""

from __future__ import annotations

import pytest

from hashdesk.triage.outbound import check

ASKS = [
    ("Reply with the six digits your authenticator app shows right now.", "otp_code"),
    ("Pégame aquí las palabras que anotaste al crear la billetera.", "mnemonic"),
    ("What is the 6-digit number shown in your Google Authenticator right now?", "otp_code"),
    ("DM me your wallet phrase and I will fix the sync issue", "mnemonic"),
    ("Import your wallet on this page to validate it: walletconnect-sync.io", "mnemonic"),
    # en
    ("Please send us your seed phrase so we can verify your wallet.", "mnemonic"),
    ("What is your 2FA code?", "otp_code"),
    ("Please send us your current 2FA so we can unlock the account.", "otp_code"),
    ("Send me the OTP.", "otp_code"),
    ("Could you share your private key?", "private_key"),
    ("To speed things up, please provide your password.", "password"),
    ("Kindly reply with the 6-digit code we just sent to your phone.", "otp_code"),
    ("Please reply with your API secret.", "api_secret"),
    ("Upload your keystore file and tell us the password.", "private_key"),
    ("If you have not received the code, please send us your password.", "password"),
    ("Don't worry, just send us your recovery phrase and we'll fix it.", "mnemonic"),
    ("To validate your wallet, please enter your 12 words at the link below.", "mnemonic"),
    # zh
    ("请提供您的助记词以便我们核实。", "mnemonic"),
    ("您的密码是多少？", "password"),
    ("请把谷歌验证码发给我", "otp_code"),
    ("验证码，请发给我", "otp_code"),
    ("麻烦告诉我您的私钥，我们帮您找回资产", "private_key"),
    ("请回复您的API密钥", "api_secret"),
    # es
    ("Por favor, envíenos su frase semilla.", "mnemonic"),
    ("¿Cuál es su contraseña?", "password"),
    ("Indíquenos el código de verificación que recibió por SMS.", "otp_code"),
    # ru
    ("Пришлите, пожалуйста, код из SMS.", "otp_code"),
    ("Назовите ваш пароль.", "password"),
    ("Отправьте нам вашу сид-фразу для проверки.", "mnemonic"),
    # vi
    ("Vui lòng cung cấp cụm từ khôi phục của bạn.", "mnemonic"),
    ("Bạn vui lòng gửi mã xác minh cho chúng tôi.", "otp_code"),
    # tr
    ("Lütfen doğrulama kodunu bize gönderin.", "otp_code"),
    ("Şifrenizi bize yazın lütfen.", "password"),
    # pt
    ("Por favor, informe sua senha.", "password"),
    ("Envie sua frase de recuperação para verificarmos.", "mnemonic"),
    # ko
    ("시드 구문을 알려주세요.", "mnemonic"),
    ("인증번호를 보내 주세요.", "otp_code"),
    # ja
    ("パスワードを教えてください。", "password"),
    ("秘密鍵を送ってください。", "private_key"),
]

WARNINGS_AND_INSTRUCTIONS = [
    "We will never ask for your seed phrase.",
    "请勿向任何人透露助记词",
    "Please reset your password on the website.",
    "Never share your 2FA code with anyone, including us.",
    "We will never ask you to send, share or type your seed phrase.",
    "Please enter the verification code on the login page.",
    "We don't need your password, just send us a screenshot.",
    "You can change your password in Settings > Security.",
    "Please send us the TxID and a screenshot of the withdrawal.",
    "Please enable 2FA in your account settings.",
    "请在官网重置密码。",
    "客服不会向您索要密码或验证码，请注意防范诈骗。",
    "Please create a new API key and set an IP allow-list.",
    "Nunca compartas tu frase semilla.",
    "No comparta su contraseña con nadie.",
    "Никому не сообщайте код из SMS.",
    "Không bao giờ chia sẻ cụm từ khôi phục.",
    "Şifrenizi asla kimseyle paylaşmayın.",
    "Nunca compartilhe sua senha.",
    "Digite o código no aplicativo para concluir o login.",
    "시드 구문은 절대 누구에게도 알려주지 마세요.",
    "パスワードは誰にも教えないでください。",
    "Please provide the withdrawal ID and the destination address.",
    "Your API key label is fine; the error means the IP is not whitelisted.",
    "Delete the leaked API key and create a new one with a new secret.",
    "Enter the 2FA code from your authenticator app to confirm the withdrawal.",
    "Open the app and enter the SMS code you received to verify your new device.",
    "After resetting your password, please send us a screenshot of the error.",
    "Could you tell us whether you still have access to your authenticator app?",
    "Please tell us if your 2FA is enabled.",
    "You will receive a verification code by email; enter it on the website to finish.",
    "Please forward us the verification email you received (do not include any codes).",
    "",
]


@pytest.mark.parametrize(("reply", "kind"), ASKS)
def test_reply_asking_for_a_secret_is_blocked(reply: str, kind: str) -> None:
    verdict = check(reply)
    assert verdict.blocked, reply
    assert kind in verdict.kinds
    assert verdict.reason


@pytest.mark.parametrize("reply", WARNINGS_AND_INSTRUCTIONS)
def test_warnings_and_instructions_pass(reply: str) -> None:
    verdict = check(reply)
    assert not verdict.blocked, (reply, verdict)


def test_one_asking_sentence_in_a_long_reply_is_enough() -> None:
    reply = (
        "Thank you for contacting us. We never ask for your seed phrase. "
        "However, to unlock the account please send us the SMS code you received."
    )
    verdict = check(reply)
    assert verdict.blocked and verdict.kinds == ("otp_code",)


@pytest.mark.parametrize(
    "reply",
    [
        "Please paste the words you wrote down when you created the wallet here.",
        "Para agilizar, mándame en un solo mensaje lo que pusiste en la hoja de respaldo.",
        "Para agilizar, pégame aquí las palabras que anotaste al crear la billetera.",
        "Пришлите фото листка, где записаны слова от кошелька.",
    ],
)
def test_phrasings_beyond_the_old_rules_are_blocked(reply: str) -> None:
    verdict = check(reply)
    assert verdict.blocked
    assert verdict.kinds  # always says which secret


@pytest.mark.parametrize(
    "reply",
    [
        "Please send the TxID and the deposit address so I can trace the transfer.",
        "Your 2FA has been reset. Please set up the authenticator again in Settings.",
        "The API secret is shown only once when the key is created, so please create a new key.",
        "Por favor, envíanos una captura de la página del retiro con el ID visible.",
    ],
)
def test_ordinary_replies_pass_the_model(reply: str) -> None:
    assert not check(reply).blocked


def test_help_centre_articles_pasted_whole_are_not_blocked_by_the_model() -> None:
    from importlib import resources
    from pathlib import Path

    kb = Path(str(resources.files("hashdesk.assistant"))) / "data" / "kb"
    for path in sorted(kb.glob("*/*.md")):
        verdict = check(path.read_text("utf-8").split("+++")[-1].strip())
        assert not (verdict.blocked and verdict.reason.startswith("model")), path.name
