# ruff: noqa: E501 - hand-written message text, one message per line
"""Hand-written English customer messages for the triage held-out set.

Placeholders in braces are filled with generated identifiers (see holdout_ids.py);
[[kind:value]] marks a hand-written secret. Evidence tuples label the facts a careful
agent would pick out: ("amount", "150 USDT"), ("order_id", "..."), ("tsl", local time),
("tsd", local date), ("tsu", UTC time), ("email", ...), ("withdrawal_id", ...).
"""

from __future__ import annotations

M = tuple

EN: list[M] = [
    # --- account_access -----------------------------------------------------------------
    (
        "account_access",
        "I can't log in, it keeps asking for the 2FA code but I changed phones and the old authenticator is gone. How do I reset it?",
    ),
    (
        "account_access",
        "Locked out of my account after 5 wrong attempts. My registered email is {email}. Please unlock.",
    ),
    (
        "account_access",
        "hi, my password is [[pw:Sunflower#2024]] and it still says incorrect password, what is going on??",
    ),
    (
        "account_access",
        "The SMS code never arrives when I try to sign in. I tried 4 times since yesterday 9pm.",
        ("tsl", "2024-05-05 21:00"),
    ),
    (
        "account_access",
        "device verification loop: every time I click the link in the email it sends me back to the login page",
    ),
    (
        "account_access",
        "I forgot my password and the reset email is not coming, checked spam too. email: {email}",
    ),
    (
        "account_access",
        "my google authenticator code: [[otp:{otp}]] doesnt work, it says invalid 2FA code every time",
    ),
    (
        "account_access",
        "Can't get in. Password: [[pw:Tr0ub4dor&3]] email {email} please check what's wrong with my account",
    ),
    (
        "account_access",
        "account disabled?? I didnt do anything, just logged in from my new laptop this morning",
        ("tsd", "2024-05-06"),
    ),
    (
        "account_access",
        "Lost my phone with the authenticator app, I need to remove 2FA. I can provide my ID.",
    ),
    (
        "account_access",
        "the email verification code I got was [[otp:{otp}]] but the page says expired right away",
    ),
    (
        "account_access",
        "Why do I have to verify my device again every single time I log in? This is the 6th time today.",
        ("tsd", "2024-05-06"),
    ),
    (
        "account_access",
        "My account got locked after I changed my phone number. Last successful login was May 3 around 8pm.",
        ("tsl", "2024-05-03 20:00"),
    ),
    (
        "account_access",
        "I need to change the email on my account, I no longer have access to {email}",
    ),
    (
        "account_access",
        "2FA reset request submitted 3 days ago and still no answer. Ticket says pending review.",
        ("tsd", "2024-05-03"),
    ),
    # --- account_security --------------------------------------------------------------
    (
        "account_security",
        "URGENT someone withdrew 2,500 USDT from my account to {trx} I did NOT do this!!! txid {hex64}",
        ("amount", "2500 USDT"),
    ),
    (
        "account_security",
        "Got a login alert from an unknown device in Lagos, Nigeria at 2024-05-05 03:12. That wasn't me, please freeze my account.",
        ("tsl", "2024-05-05 03:12"),
    ),
    (
        "account_security",
        "Someone called me pretending to be from your support and asked for my seed phrase. I didn't give it. Is this a known scam?",
    ),
    (
        "account_security",
        "I think my account is compromised, there are API keys I never created and trades I didn't place. Order 7741209931 was not me.",
        ("order_id", "7741209931"),
    ),
    (
        "account_security",
        "I gave my recovery phrase to a fake support guy on telegram, here it is so you can check: {mn_en}. Please help me secure my funds",
    ),
    (
        "account_security",
        "unauthorized withdrawal of 0.85 BTC to {btc} 2 hours ago, please stop it",
        ("amount", "0.85 BTC"),
        ("tsu", "2024-05-06T08:00:00Z"),
    ),
    (
        "account_security",
        "I received an email from support@binance-security-help.com asking me to verify my wallet. Is this phishing?",
        ("email", "support@binance-security-help.com"),
    ),
    (
        "account_security",
        "My email was hacked. Password was [[pw:Qwerty!2023]] and I think they used it here too. Please lock everything.",
    ),
    (
        "account_security",
        "There is a whitelisted withdrawal address I never added: {eth}. How did it get there?",
    ),
    (
        "account_security",
        "A 'security team' member asked me to install AnyDesk. After that 1200 USDT disappeared. {u_tronscan_tx}",
        ("amount", "1200 USDT"),
    ),
    (
        "account_security",
        "please disable my account now, my phone was stolen and the thief might get my SMS codes",
    ),
    (
        "account_security",
        "I will never give you my seed, but someone on X claiming to be your support keeps DMing me. Their handle is @exchange_help_desk24",
    ),
    (
        "account_security",
        "this is my private key {hexkey0x} , my wallet was drained, can you trace where the money went?",
    ),
    (
        "account_security",
        "Login from new IP 185.220.101.4 yesterday at 23:40, not me. Changed password already.",
        ("tsl", "2024-05-05 23:40"),
    ),
    (
        "account_security",
        "my anti-phishing code disappeared from your emails, is someone impersonating you?",
    ),
    # --- deposit -------------------------------------------------------------------------
    (
        "deposit",
        "Deposited 500 USDT via TRC20 yesterday, still not credited. TxID: {hex64}",
        ("amount", "500 USDT"),
        ("tsd", "2024-05-05"),
    ),
    (
        "deposit",
        "sent 0.25 ETH to my deposit address {eth} 3 hours ago, shows confirmed on chain: {u_etherscan_tx}",
        ("amount", "0.25 ETH"),
        ("tsu", "2024-05-06T07:00:00Z"),
    ),
    (
        "deposit",
        "I forgot the memo when depositing XRP to {xrp}. Amount was 1,500 XRP, tx hash {hex64}",
        ("amount", "1500 XRP"),
    ),
    (
        "deposit",
        "Wrong network!! I sent USDT on BEP20 to my ERC20 address {eth}. {u_bscscan_tx} can you recover it?",
    ),
    (
        "deposit",
        "BTC deposit to {btc} has 6 confirmations but my balance is still 0. {u_mempool_tx}",
    ),
    ("deposit", "Deposit of 120 SOL not showing. Signature: {soltx}", ("amount", "120 SOL")),
    (
        "deposit",
        "Hi, my TON deposit to {ton} with memo 48213377 is missing since 2024-05-04 16:05",
        ("tsl", "2024-05-04 16:05"),
    ),
    (
        "deposit",
        "deposited 1000 DOGE to {doge} on May 2, still pending after 40 confirmations",
        ("amount", "1000 DOGE"),
        ("tsd", "2024-05-02"),
    ),
    (
        "deposit",
        "I sent an unsupported token (PEPE on Arbitrum) to my deposit address. {u_arbiscan_tx}",
    ),
    ("deposit", "LTC deposit {hex64} to {ltc} not credited, 3 confirmations already"),
    (
        "deposit",
        "my deposit address changed? I sent 300 USDC to the old one {eth_lower}",
        ("amount", "300 USDC"),
    ),
    (
        "deposit",
        "Deposit via Polygon not arrived {u_polygonscan_tx} amount 75 USDT",
        ("amount", "75 USDT"),
    ),
    (
        "deposit",
        "Why is my deposit stuck at 'awaiting network confirmation' for 5 hours? txid {ethtx}",
    ),
    ("deposit", "I sent XRP to {xrpx} from Coinbase but it's not in my account"),
    (
        "deposit",
        "Sent 0.5 BTC from my Ledger to {btc_tr}, hash {hex64}. Been 2 hours.",
        ("amount", "0.5 BTC"),
    ),
    # --- withdrawal ----------------------------------------------------------------------
    (
        "withdrawal",
        "My withdrawal of 2000 USDT has been pending for 2 days. Withdrawal ID: W2024050311873",
        ("amount", "2000 USDT"),
        ("withdrawal_id", "W2024050311873"),
    ),
    (
        "withdrawal",
        "withdrawal to {trx_bad} failed, is the address wrong? I copied it from my wallet",
    ),
    (
        "withdrawal",
        "I withdrew 123456 USDT on 2024-05-03 and it still shows processing",
        ("amount", "123456 USDT"),
        ("tsd", "2024-05-03"),
    ),
    (
        "withdrawal",
        "Withdrawal completed on your side but not received in my wallet {sol}. txid {soltx}",
    ),
    (
        "withdrawal",
        "sent to wrong address {eth_bad} by mistake, can you cancel? withdrawal id 88123004512",
        ("withdrawal_id", "88123004512"),
    ),
    (
        "withdrawal",
        "Withdrawal under review for 48 hours, amount 15,000 USDC, why so long?",
        ("amount", "15000 USDC"),
    ),
    (
        "withdrawal",
        "I withdrew ETH on Arbitrum but selected Ethereum network by mistake. Tx {ethtx}",
    ),
    (
        "withdrawal",
        "BTC withdrawal to {btc_legacy} shows completed, blockchair says unconfirmed {u_blockchair_btc_tx}",
    ),
    (
        "withdrawal",
        "Withdrawal ID 2451187732 failed with 'risk control', please explain",
        ("withdrawal_id", "2451187732"),
    ),
    ("withdrawal", "can I withdraw TON to {ton_b} without memo? it's my personal wallet"),
    (
        "withdrawal",
        "withdrawal stuck, 0.3 BTC to {btc_p2sh} since yesterday 11:30 am",
        ("amount", "0.3 BTC"),
        ("tsl", "2024-05-05 11:30"),
    ),
    (
        "withdrawal",
        "The withdrawal fee was 25 USDT for ERC20, your page says 5 USDT. Refund please.",
        ("amount", "25 USDT"),
        ("amount", "5 USDT"),
    ),
    (
        "withdrawal",
        "I withdrew XRP to {xrp} but forgot the destination tag 104233 for the receiving exchange",
    ),
    ("withdrawal", "withdraw to {ltc_bech} not received, {hex64}"),
    # --- trading ---------------------------------------------------------------------------
    (
        "trading",
        "My limit order 5512093348 to buy BTC at 61,000 was never filled even though price dropped below it",
        ("order_id", "5512093348"),
    ),
    (
        "trading",
        "Market sell order filled at a terrible price, order id: 99213384710, lost like 400 USDT in slippage",
        ("order_id", "99213384710"),
        ("amount", "400 USDT"),
    ),
    (
        "trading",
        "why was I charged 0.1% fee instead of 0.075% with BNB discount? order #4418820091",
        ("order_id", "4418820091"),
    ),
    (
        "trading",
        "transfer from funding to spot wallet taking forever, 250 USDT, 30 min already",
        ("amount", "250 USDT"),
    ),
    (
        "trading",
        "The stop loss didn't trigger at 2,950 on ETH/USDT, order 7730015527",
        ("order_id", "7730015527"),
    ),
    (
        "trading",
        "cannot cancel my open order, button greyed out. Order number 3309981123",
        ("order_id", "3309981123"),
    ),
    (
        "trading",
        "Spot order stuck in 'pending' since 2024-05-06 09:14 UTC",
        ("tsu", "2024-05-06T09:14:00Z"),
    ),
    (
        "trading",
        "I bought 0.02 BTC but only received 0.0199 BTC, where did the rest go?",
        ("amount", "0.02 BTC"),
        ("amount", "0.0199 BTC"),
    ),
    (
        "trading",
        "my OCO order got partially filled and the other leg is still open?? order 1188230045",
        ("order_id", "1188230045"),
    ),
    (
        "trading",
        "Convert feature quoted 1 ETH = 3100 USDT but I got 3050 USDT",
        ("amount", "1 ETH"),
        ("amount", "3100 USDT"),
        ("amount", "3050 USDT"),
    ),
    (
        "trading",
        "Hello, the trading pair SOL/USDC disappeared from my favorites and I can't find it",
    ),
    (
        "trading",
        "I placed a buy for 1000 USDT of PEPE and the fill price was 8% above market",
        ("amount", "1000 USDT"),
    ),
    ("trading", "Fee rebate for VIP 2 not applied last month, how do I claim it?"),
    (
        "trading",
        "order 6612034871 executed twice!! I only clicked once",
        ("order_id", "6612034871"),
    ),
    # --- futures -----------------------------------------------------------------------------
    (
        "futures",
        "I got liquidated on BTCUSDT perpetual but mark price never touched my liq price. Position order 8834410276",
        ("order_id", "8834410276"),
    ),
    (
        "futures",
        "funding fee charged 3 times today, -45 USDT total, is that normal?",
        ("amount", "45 USDT"),
        ("tsd", "2024-05-06"),
    ),
    (
        "futures",
        "cannot close my ETH short, error 'reduce only order rejected', order id 2298810033",
        ("order_id", "2298810033"),
    ),
    (
        "futures",
        "Margin balance shows negative after auto-deleverage, I lost 3,200 USDT",
        ("amount", "3200 USDT"),
    ),
    (
        "futures",
        "isolated margin mode switched to cross by itself yesterday at 4pm and my other positions got liquidated",
        ("tsl", "2024-05-05 16:00"),
    ),
    (
        "futures",
        "Liquidation at 2024-05-05 02:31:10, leverage 20x, the candle wick was fake",
        ("tsl", "2024-05-05 02:31:10"),
    ),
    (
        "futures",
        "TP/SL not triggered on my long position, order 7712300458, huge loss",
        ("order_id", "7712300458"),
    ),
    ("futures", "Why is my unrealized PnL different from what the app shows on web?"),
    (
        "futures",
        "coin-margined contract settlement wrong, I should have 0.12 BTC not 0.09 BTC",
        ("amount", "0.12 BTC"),
        ("amount", "0.09 BTC"),
    ),
    ("futures", "insurance fund question: who pays when my position is bankrupt?"),
    (
        "futures",
        "ADL closed my profitable position 40 min ago, order 5501283374, I want compensation",
        ("order_id", "5501283374"),
        ("tsu", "2024-05-06T09:20:00Z"),
    ),
    (
        "futures",
        "position size doubled after I clicked close, hedge mode bug? order no. 6619023447",
        ("order_id", "6619023447"),
    ),
    (
        "futures",
        "Copy trading lead trader liquidated my 800 USDT, can I get it back?",
        ("amount", "800 USDT"),
    ),
    # --- api_keys ------------------------------------------------------------------------------
    (
        "api_keys",
        "Getting -2015 Invalid API-key, IP, or permissions for action. API key label: bot-prod-1, IP whitelisted 52.14.88.201",
    ),
    (
        "api_keys",
        "my api key is fine but the signature is rejected. api key: Kq8Z2mP4rT6vX9yB1cD3fG5hJ7kL0nQ2, api secret: [[api:{api}]]",
    ),
    (
        "api_keys",
        "timestamp for this request is outside of the recvWindow, my server uses NTP already",
    ),
    (
        "api_keys",
        "How do I enable futures permission on an existing API key? It was created before I opened futures.",
    ),
    (
        "api_keys",
        "Secret Key: [[api:{api}]] , please check why my orders fail with invalid signature",
    ),
    (
        "api_keys",
        "Rate limit 429 errors since yesterday 18:00 even though I send like 5 requests per second",
        ("tsl", "2024-05-05 18:00"),
    ),
    ("api_keys", "Can I have more than 30 API keys per account? I run several strategies."),
    (
        "api_keys",
        "I accidentally posted my API secret on GitHub: [[api:{api}]] . Delete the key please!",
    ),
    ("api_keys", "websocket user data stream disconnects every 24h, is that expected?"),
    ("api_keys", "IP allow-list won't accept an IPv6 address, what format do you need?"),
    (
        "api_keys",
        "error 10004 sign error, my passphrase is [[api:Trd-Bot_2024x]] and key label is alpha-mm",
    ),
    (
        "api_keys",
        "API order endpoint returns 'insufficient balance' but I have 10,000 USDT in spot",
        ("amount", "10000 USDT"),
    ),
    # --- compliance_review -------------------------------------------------------------------
    (
        "compliance_review",
        "My account is restricted pending source of funds review. What documents do I need to upload?",
    ),
    ("compliance_review", "KYC rejected 3 times, the photo of my passport is clear. What's wrong?"),
    (
        "compliance_review",
        "You asked for proof of funds for my 50,000 USDT deposit. I have bank statements, is that enough?",
        ("amount", "50000 USDT"),
    ),
    (
        "compliance_review",
        "Large withdrawal of 12 BTC is under compliance review, how long does it take?",
        ("amount", "12 BTC"),
    ),
    ("compliance_review", "Why do you need my salary slips? I just want to withdraw my own money."),
    (
        "compliance_review",
        "Identity verification stuck at face recognition step, camera works fine",
    ),
    (
        "compliance_review",
        "my account was flagged by travel rule checks for a withdrawal to {eth}, what info is needed?",
    ),
    (
        "compliance_review",
        "I'm a PEP according to your form? I'm not a politician, please correct it",
    ),
    (
        "compliance_review",
        "EDD questionnaire sent to {email}, I replied on May 1 but no update",
        ("tsd", "2024-05-01"),
    ),
    ("compliance_review", "proof of address: can I use a utility bill older than 3 months?"),
    (
        "compliance_review",
        "received 3 BTC from a mixer by accident, now my account is frozen, I can explain",
        ("amount", "3 BTC"),
    ),
    (
        "compliance_review",
        "source of wealth declaration: I sold my house, I have the sale agreement, where to upload?",
    ),
    # --- general ---------------------------------------------------------------------------------
    ("general", "When will you list the new token? My friend said it would be this week."),
    ("general", "what are the withdrawal fees for USDT on TRC20 vs ERC20?"),
    (
        "general",
        "Is there a referral program? My referral code is 88213 and it doesn't show rewards",
    ),
    ("general", "How do I download my transaction history for taxes for 2023?"),
    ("general", "do you support Lightning network deposits?"),
    (
        "general",
        "Hi, how long does a card purchase usually take? I bought 100 USDT with my Visa",
        ("amount", "100 USDT"),
    ),
    ("general", "What's the minimum deposit for SOL?"),
    ("general", "Can I change my nickname shown in P2P?"),
    ("general", "Where can I see the proof of reserves report?"),
    ("general", "Are there any fees for internal transfers between users?"),
    ("general", "Is the app available in Vietnamese?"),
    ("general", "how to set up price alerts on mobile"),
    ("general", "how do I import my xprv into your wallet? {xprv}"),
    (
        "general",
        "Backup of my wallet: {yprv} is this the xpub? which one do I paste for watch-only?",
    ),
    (
        "general",
        "hey i typed my seed in the chat earlier by mistake:\n{mn_en_lines}\nplease delete it",
    ),
    (
        "account_security",
        "Is this safe? My wallet app exported this key: {wif} . I want to import it to your exchange wallet",
    ),
    (
        "deposit",
        "I deposited from MetaMask but the funds are missing; here is my keystore file so you can check {keystore}",
    ),
    (
        "withdrawal",
        "My Phantom wallet keypair is {solarr} - the withdrawal arrived there but I can't see it",
    ),
    ("account_security", "recovery phrase:\n{mn_en_numbered}\nplease tell me if it was leaked"),
    (
        "account_access",
        "i cant login to my wallet, my seed words are {mn_en_typo} , is one of them wrong?",
    ),
    ("account_security", "Please verify my wallet ownership, 24 words: {mn_en24}"),
    (
        "account_access",
        "The 2FA code you sent me by SMS is [[otp:{otp}]], please log me in manually",
    ),
    (
        "trading",
        "why did my order fail? i use my login password [[pw:Moonlambo99]] for trading too",
    ),
    (
        "futures",
        "sorry for my englsh, my futures acount was liqudated at 3am today and i lost 1500 usdt, order 3381102294",
        ("tsl", "2024-05-06 03:00"),
        ("amount", "1500 USDT"),
        ("order_id", "3381102294"),
    ),
    (
        "api_keys",
        "Can I restrict an API key to read-only? The label is tax-export and it's used by my accountant.",
    ),
    (
        "api_keys",
        "HMAC signature mismatch only when I add recvWindow=5000 to the query string, any idea?",
    ),
    (
        "compliance_review",
        "My account has been under review since April 28, I already sent my ID and a selfie.",
        ("tsd", "2024-04-28"),
    ),
    (
        "compliance_review",
        "Why was my withdrawal of 8,000 USDT flagged for AML review? It's my own wallet.",
        ("amount", "8000 USDT"),
    ),
    (
        "trading",
        "The fee on order 2209941187 was charged in BNB even though I turned that option off",
        ("order_id", "2209941187"),
    ),
    (
        "trading",
        "Transfer between my sub-account and main account is missing 120 USDC",
        ("amount", "120 USDC"),
    ),
    ("futures", "What's the max leverage for ETHUSDT perpetual on a new account?"),
    (
        "futures",
        "my position was closed at 64,250 but the liquidation price shown was 63,900, order 4410288833",
        ("order_id", "4410288833"),
    ),
    (
        "general",
        "You announced an airdrop for holders of 50 BNB or more, when is the snapshot?",
        ("amount", "50 BNB"),
    ),
]
