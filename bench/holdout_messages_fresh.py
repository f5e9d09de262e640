# ruff: noqa: E501 - hand-written message text, one message per line
"""A second batch of held-out messages, written after the guard and extractor were frozen
(2024-05 session) and scored once before any change; kept apart so that first-run score
can be reproduced (`bench/triage_holdout.py --only-fresh`)."""

from __future__ import annotations

M = tuple

FRESH: dict[str, list[M]] = {
    "en": [
        (
            "deposit",
            "hey guys, sent 42.5 USDT over Tron to {trx} like 20 minutes ago and nothing yet. hash is {hex64}",
            ("amount", "42.5 USDT"),
            ("tsu", "2024-05-06T09:40:00Z"),
        ),
        (
            "withdrawal",
            "Withdrawal #W99120045561 to {btc} still 'processing' after 6 hours??",
            ("withdrawal_id", "W99120045561"),
        ),
        (
            "account_access",
            "new phone, can't receive the SMS. my 2FA code from the old email is [[otp:{otp}]] if that helps",
        ),
        (
            "account_security",
            "scammer got my words, here they are numbered so you can blacklist:\n{mn_en_numbered}",
        ),
        (
            "trading",
            "Bought ETH at 3,120 but the order history shows 3,180. Order no. 7720019934",
            ("order_id", "7720019934"),
        ),
        (
            "futures",
            "funding on my SOLUSDT short yesterday at 8pm was way higher than the displayed rate",
            ("tsl", "2024-05-05 20:00"),
        ),
        (
            "api_keys",
            "Here's my key pair for debugging. key: 5kJd9Qw2Lx8Zp3Vt7Ny1Bm4Hc6Rf0Ga2, secret key: [[api:{api}]]",
        ),
        (
            "compliance_review",
            "Asked to explain a 25,000 USDC deposit from {eth}. It's from my salary, attached payslips.",
            ("amount", "25000 USDC"),
        ),
        (
            "general",
            "Do you charge anything for converting 0.01 BTC dust to BNB?",
            ("amount", "0.01 BTC"),
        ),
        (
            "account_access",
            "I keep typing my password [[pw:Hx7!pQ2z-Lm]] and it says the account doesn't exist. email {email}",
        ),
        ("deposit", "USDC via Solana: {u_solscan_tx} — not credited"),
        (
            "withdrawal",
            "Can you check {u_etherscan_tx}? The withdrawal says success but my Ledger shows nothing.",
        ),
        (
            "account_security",
            "Someone logged in at 04:17 this morning from Moscow. I'm in Canada. Pls lock it.",
            ("tsl", "2024-05-06 04:17"),
        ),
        (
            "general",
            "I accidentally pasted my seed phrase in the live chat yesterday: {mn_en24} — can you wipe the transcript?",
            ("tsd", "2024-05-05"),
        ),
    ],
    "zh": [
        (
            "deposit",
            "充了88.8u到 {trx} 一个小时前就成功了，怎么还没到？",
            ("amount", "88.8 USDT"),
            ("tsu", "2024-05-06T09:00:00Z"),
        ),
        (
            "withdrawal",
            "提现订单号 W2024050600123 卡住了，金额 1200 USDT",
            ("amount", "1200 USDT"),
            ("withdrawal_id", "W2024050600123"),
        ),
        ("account_access", "谷歌验证码：[[otp:{otp}]] 登录的时候一直说不对"),
        ("account_security", "这是我的助记词 {mn_zh} ，骗子说帮我提现，现在币没了"),
        (
            "trading",
            "现货买单一直没成交，订单号 5520019981，挂单价格 0.5 USDT",
            ("order_id", "5520019981"),
            ("amount", "0.5 USDT"),
        ),
        (
            "futures",
            "昨天晚上10点半合约被强平，亏了2000U，仓位订单 8820034412",
            ("tsl", "2024-05-05 22:30"),
            ("amount", "2000 USDT"),
            ("order_id", "8820034412"),
        ),
        ("api_keys", "API 的 secret key：[[api:{api}]] 帮忙看下为什么签名错误"),
        ("compliance_review", "让我补充资金来源证明，我的钱是挖矿挖的，有矿池记录可以吗"),
        ("general", "请问USDT提到 {ton} 需要备注吗"),
        ("account_access", "我的登录密码是 [[pw:Qq123456!]] 麻烦帮我看下账户是不是被冻结了"),
        ("deposit", "5月4日下午2点充的ETH没到 {u_etherscan_tx}", ("tsl", "2024-05-04 14:00")),
        ("withdrawal", "提BTC到 {btc_tr} 已经三个小时了，链上查不到"),
    ],
    "es": [
        (
            "deposit",
            "Mandé 75 USDT a {trx} hace 2 horas y no llegan",
            ("amount", "75 USDT"),
            ("tsu", "2024-05-06T08:00:00Z"),
        )
    ],
    "ru": [("account_access", "Мой пароль: [[pw:Volga_2024!]], но вход не работает")],
    "vi": [
        (
            "withdrawal",
            "Rút 0,2 BTC về {btc} mà chưa thấy, mã rút tiền 77190023",
            ("amount", "0.2 BTC"),
            ("withdrawal_id", "77190023"),
        )
    ],
    "tr": [
        (
            "account_security",
            "Biri hesabıma girdi, 2FA kodum [[otp:{otp}]] idi, kimseyle paylaşmadım",
        )
    ],
    "pt": [("trading", "Minha ordem 6630012245 foi cancelada sozinha", ("order_id", "6630012245"))],
    "ko": [
        (
            "deposit",
            "어제 입금한 1000 USDT가 안 들어왔어요 {u_tronscan_tx}",
            ("tsd", "2024-05-05"),
            ("amount", "1000 USDT"),
        )
    ],
    "ja": [("account_security", "秘密鍵 {hexkey} を詐欺サイトに入力してしまいました")],
}
