# ruff: noqa: E501 - one customer message per line: data, not code
"""Hand-written English training phrases per category (see triage_trainset.py).

Slots in braces are filled by the generator: {asset} {coin} {net} {amt} {ex} {wallet}
{when} {oid} {wid} {uid} {hash} {addr} {lev} {pair} {fiat} {err} {country}.
"""

from __future__ import annotations

EN: dict[str, str] = {}

EN["account_access"] = """
can't log in to my account
cannot login, it says incorrect password but I know it's right
I reset my password and the new one still doesn't work
forgot my password and the reset email never arrives
the password reset link says expired every time I click it
my account got locked after too many wrong password attempts
account temporarily locked, try again in 2 hours, I need in now
how do I unlock my account
account disabled when I try to sign in, I never asked for that
lost my phone with google authenticator on it, need to reset 2fa
changed phones and my authenticator codes are gone
2fa code always says invalid even though the time is synced
the sms verification code never comes when I log in
email verification code for login doesn't arrive, checked spam
stuck in a device verification loop, it keeps asking me to confirm the new device
it asks me to verify my new device but the confirmation link does nothing
I no longer have access to the phone number on my account, can't receive sms codes
my registered email is closed, how do I change it so I can log in
can't remember which email I used to register
security key / yubikey lost, can't sign in
passkey stopped working and I can't sign in
face id login stopped working after the app update
app keeps logging me out and I can't log back in
the login page keeps loading forever
captcha won't accept my answer so I can't log in
the puzzle slider at login fails every time
says session expired and sends me back to login again and again
I disabled my account by mistake, how do I reactivate it
my account was frozen after I froze it myself, how do I unfreeze
want to reset my 2fa, the reset request has been pending for a week
2fa reset was rejected, I still can't log in
I can log in on the website but not in the app
I can log in on the app but the website says wrong password
login says "account does not exist" but I have funds there
it says my ip is blocked when I try to log in
new laptop, cannot pass the login verification
old phone broke, authenticator gone, cannot access my account at all
how to recover my account without the old phone number
I forgot my password and my 2fa is on a lost phone
locked out of my account
cannot access my account since the update
my login is not working
login failed again, please help me get back in
keeps saying wrong verification code when I try to log in
the sms code arrives but it says expired immediately
email code for sign in comes 10 minutes later and is already expired
I changed my password and now I'm locked out
is there a way to log in without 2fa, my authenticator is gone
how do I switch 2fa from sms to authenticator, the sms never arrives
my account was deactivated when I was inactive, how do I get back in
can't get in, it asks for a 2fa I never set up
it asks for security questions I don't remember
my sub-account can't log in
tried to log in from another country while travelling and now I'm locked out
the google auth reset form asks for a selfie, I did it but still can't log in
cannot receive the verification email on my new email address
account locked for security after password change, how long
I need to unlock my account urgently, I have open positions and cannot log in
login says too many requests, wait 24 hours
keeps telling me to complete verification before I can log in
qr code login doesn't work on the desktop app
the app says my device is not recognised and won't let me in
account access lost after I changed my phone
someone told me to reset my 2fa, how does that work, I can't log in
i cant log in to my acc
lost 2fa, pls help me reset
log in problem
my account is locked and I don't know why, I can't log in
"""

EN["account_security"] = """
I got a login alert from a device I don't recognise
new login from another country, that wasn't me
someone logged into my account, I see a session that isn't mine
there is a withdrawal I did not make
my funds were withdrawn without my permission
someone withdrew my {asset} to an unknown address
my account was hacked
I think my account is compromised
my balance is gone, I didn't trade or withdraw anything
unauthorized trades on my account overnight
someone placed orders on my account, I didn't do it
I see API keys I never created
my email on the account was changed without my knowledge
my phone number was changed on my account and it wasn't me
my 2fa was disabled by someone else
withdrawal address whitelist changed and I never did it
got an email about a password change I didn't make
received a password reset email I never requested
someone is trying to get into my account, I keep getting codes I didn't request
I keep receiving sms verification codes I never asked for
I clicked a phishing link and entered my login details
I entered my credentials on a fake site that looked like yours
a fake support agent on telegram asked for my seed phrase
someone pretending to be your staff called me and asked me to move my funds
reporting a scam website copying your exchange
reporting a fake app using your brand in the app store
an instagram account impersonating your support is scamming people
got an email claiming to be from you asking me to verify my wallet, is it phishing?
the email didn't have my anti-phishing code, is it fake?
someone on twitter says they are your support and asked for my uid and password
I gave my 2fa code to someone claiming to be support, what now
my computer has malware, please freeze my account
please freeze my account, I lost my phone which was logged in
my phone was stolen and the app is logged in
I want to lock my account, I think someone has my password
suspicious activity on my account
there is a device in my device management I don't recognise
unknown ip address in my login history
my sub-account was emptied
a transfer to another user that I didn't make
someone converted all my coins to a shitcoin
I didn't authorize this withdrawal of {amt} {asset}
there's a withdrawal to {addr} that I never made
all my assets disappeared from my account
got an alert that a new withdrawal address was added, not me
someone changed my anti-phishing code
somebody bought {coin} with all my usdt, it wasn't me
I was scammed by a person claiming to be an exchange employee
fake giveaway using your logo asked me to send eth, I sent it
is this email from you or a scam? it asks me to log in
someone hacked my email and now my exchange account
my google account was hacked, please secure my exchange account
hacker changed my password, I can't get back in and my funds are at risk
help my account got hacked
there are orders in my history I never placed
my api key was used to trade without my knowledge
I didn't log in from this device, please check
security alert email about login from a new browser, not me
how do I report a phishing site
please block my account temporarily, my password leaked
someone messaged me on whatsapp pretending to be your support
a fake customer service asked me to transfer usdt to a safe account
I think I installed a fake version of your app
my account shows a login I don't recognise and a withdrawal request
a withdrawal confirmation email arrived but I didn't request any withdrawal
"""

EN["deposit"] = """
my deposit hasn't arrived
deposit not credited yet
sent {amt} {asset} to my deposit address but it's not in my account
deposit still not showing after {when}
the transaction is confirmed on the blockchain but my balance didn't update
deposited {asset} via {net}, not received
transferred {asset} from {ex} to here, still nothing
I sent {coin} from my {wallet} wallet, where is it
deposit is stuck in pending confirmations
my deposit shows in history but balance is zero
deposit completed on the explorer, not credited on your side
I deposited on the wrong network
I sent {asset} over {net} but the address was for another network
sent tokens to my deposit address on a chain you don't support
deposited a token that isn't supported, how to recover
forgot to add the memo when depositing
forgot the destination tag on my xrp deposit
wrong memo on my deposit
deposited without a tag, can you credit it manually
deposited to an old deposit address
can I recover a deposit sent to the wrong address type
my deposit was only partially credited
received less than I sent on my deposit
the deposit amount is different from what I transferred
deposit of {amt} {asset} missing, txid {hash}
here's the tx hash {hash}, please credit my deposit
deposit not arrived tx {hash}
where is my deposit, it has {net} confirmations already
deposit pending for hours
deposit says success but nothing in spot or funding
bought crypto with my card, card charged but no crypto received
paid by bank transfer, money left my bank, nothing credited
p2p seller released but coins not in my wallet? no wait it's a bank deposit, not credited
my {fiat} bank deposit is not showing
SEPA deposit not arrived after 2 days
fiat deposit via card failed but money taken
deposit from {ex} says completed, not here
my deposit went to a contract address, what now
I sent usdt erc20 to my trc20 deposit address
sent bep20 usdt to the erc20 address
sent {asset} on arbitrum but I only see ethereum as the deposit network
deposit minimum? I sent less than the minimum and it's not credited
sent below minimum deposit amount, can it be credited
deposit under review? it has been confirmed for hours
deposited but the coin is now delisted, where are my funds
is deposit for {coin} suspended? I already sent it
deposit address shows a different network than I expected
how long do deposits take to arrive, mine has been {when}
deposit not received after {when}, please check
can you check my deposit? it's been a while
i deposited {amt}u but didn't get it
top up not received
top-up failed, money deducted
my incoming transfer isn't showing
haven't received the coins I sent to my account
funds sent from my ledger not credited
the exchange I withdrew from says it's completed but my deposit here is missing
deposit needs more confirmations? explorer shows 100+
I deposited nft/token by mistake, can you return it
I sent {coin} to my deposit address with the wrong memo, it's someone else's memo
deposit credited to the wrong account
deposit into sub-account not showing
deposit arrived to funding account? I can't find it in spot
"""

EN["withdrawal"] = """
my withdrawal is pending
withdrawal stuck in processing for {when}
withdrawal under review for days
my withdrawal has no txid yet
withdrawal shows completed but not received in my wallet
withdrew {amt} {asset} to {ex}, not arrived
withdrawal to my {wallet} wallet never came
withdrawal failed and the funds didn't come back
withdrawal was rejected without explanation
withdrawal cancelled by the system
I can't withdraw, the button is disabled
withdrawals disabled for 24 hours after I changed my password, why
withdrawal suspended for {coin}?
withdrawal limit reached? I can't withdraw more
sent my withdrawal to the wrong address
I made a typo in the withdrawal address
withdrew to the wrong network
selected {net} but the receiving address was on another chain
forgot the memo when withdrawing to another exchange
forgot the destination tag on my xrp withdrawal
can you cancel my withdrawal
how do I cancel a pending withdrawal
withdrawal id {wid} still pending
the receiving exchange says they didn't get my withdrawal
txid {hash} for my withdrawal, the other side can't find it
withdrawal confirmation email link doesn't work
I never got the withdrawal confirmation email
withdrawal stuck on "awaiting approval"
withdrawal keeps failing with an error
says insufficient balance when I withdraw but I have enough
withdrawal fee charged but the withdrawal failed
withdrawal is taking too long
how long will my withdrawal take, it's been {when}
cash out to my bank hasn't arrived
fiat withdrawal to my card not received
SEPA withdrawal completed but not in my bank
payout is delayed
my withdraw is stuck
wd pending
withdraw not received
i withdrew usdt but it didn't arrive
the address whitelist blocks my withdrawal
withdrawal address not whitelisted error
new withdrawal address has a 24 hour lock, can you remove it
withdrew to a contract address that doesn't accept deposits
withdrawal sent to a deactivated address
sent my withdrawal to an address on the wrong chain, how to recover
withdrawal processing, broadcast hasn't happened
the withdrawal shows success on the explorer but the destination exchange hasn't credited it — can you give me the txid
withdrawal of {amt} {coin} to {addr} is stuck
pending withdrawal since yesterday
withdrawal failed: network congestion?
why is my withdrawal in review
withdrawal request cancelled automatically
I received less than I withdrew
withdrawal amount wrong on arrival
withdrawal went through twice
my withdrawal has been pending for {when}, can you speed it up
how do I withdraw to my bank account, it says unavailable
"""

EN["trading"] = """
my limit order didn't fill even though the price reached it
limit order not executed
order stuck and I can't cancel it
order cancelled by the system without reason
market order filled at a terrible price
slippage on my market buy was huge
my order got partially filled and the rest disappeared
stop-loss triggered at a much worse price
stop limit didn't trigger even though price crossed
take profit on spot didn't execute
my order was executed twice
the order book froze and I couldn't trade
can't place an order, says system busy
error when placing order: price outside limits
trading pair {pair} suspended? my orders are stuck
spot order {oid} filled but balance didn't update
order history shows filled but I didn't get the coins
fees on my trade were higher than expected
charged taker fee on a maker order
bnb fee discount not applied to my trades
trading fee deducted twice
convert gave me less than the quote
swap/convert failed but the funds are deducted
transfer from funding to spot is not showing
internal transfer between my wallets is delayed
moved usdt from spot to futures wallet, not showing in futures
transfer between sub-account and main account hasn't arrived
moved funds to my earn account and they're missing
coins stuck "in order" even though I have no open orders
balance frozen in orders
grid bot stopped and funds are locked
my trading bot bought at the wrong price
copy trading closed my positions without reason? spot copy, I mean
dca bot executed at a weird price
bought {coin} but received less than expected
sold {coin} but didn't get usdt
my buy order at {amt} didn't execute
the chart shows price touched my limit but no fill
order rejected: minimum notional
can't sell my {coin}, says trading restricted
why was my order {oid} canceled
oco order only executed one leg incorrectly
iceberg order not working
my spot trades show the wrong average price
margin trading interest charged too much? spot margin loan
borrowed on spot margin and can't repay
auto-invest bought at the wrong time
conversion rate was different from what it showed
the limit sell executed below my price
market sell sold way lower than the last price
order filled but pnl looks wrong on spot
price spike filled my stop at a bad price on spot
p2p trade: I paid but the seller didn't release
p2p order cancelled after I paid
the buy button is greyed out
trade executed but coins went to the wrong wallet
fills missing from my trade history
my open order disappeared
order {oid} stuck in pending
"""

EN["futures"] = """
my futures position was liquidated unfairly
liquidated even though mark price didn't reach my liquidation price
I dispute this liquidation
got liquidated on a wick
liquidation price wrong on my position
funding fee charged twice
funding rate seems wrong
charged a huge funding fee
can't close my position
close position button not working
my position disappeared
position size wrong after adding margin
margin balance shows the wrong number
isolated margin changed to cross by itself
can't change leverage, position open
leverage changed by itself to {lev}
{lev} long liquidated in seconds
my short got force closed
auto deleveraged while in profit
adl took my profitable position
take profit on my perp didn't trigger
stop loss on my futures position didn't trigger
unrealized pnl is wrong on my perpetual
realized pnl is missing after closing
insurance fund? my liquidation loss was bigger than my margin
position shows negative margin
futures order rejected: insufficient margin
margin call but I had enough collateral
my perp position opened twice
can't reduce my position, says reduce-only error
coin-margined contract liquidation dispute
usdt-m futures pnl wrong
mark price vs last price liquidation complaint
futures app shows wrong entry price
trailing stop on futures didn't work
position closed at a price that never existed on the chart
funding payment not received on my short
got charged funding even though funding was negative
hedge mode position shows wrong
the contract was delisted and my position closed
delivery contract settled at the wrong price
cross margin liquidated all my positions
why did my liquidation happen at {amt}
{pair} perpetual liquidation, I want compensation
I opened a long with {lev} leverage and it closed at a loss I didn't expect
can't add margin to my position
margin ratio jumped to 100% suddenly
futures copy trading lead trader closed my position
lost everything on futures because of a price spike
my futures order filled at a different price
futures position liquidated during maintenance
position tp/sl missing
why was I liquidated
liq price changed after funding
the perp contract price spiked only on your exchange
"""

EN["api_keys"] = """
how do I create an api key
how to make a read-only api key
api key permissions: how to enable trading
can I enable withdrawals on my api key
ip whitelist on my api key not working
api says ip not allowed even though it's whitelisted
invalid signature error on api
signature for this request is not valid
timestamp outside recvwindow error
api error {err}
getting http 429 rate limit
what are the api rate limits
api key invalid or expired
my api key stopped working
api key was deleted automatically
api key expired after 90 days of no ip binding
how to bind ip to my api key
websocket keeps disconnecting
websocket user data stream stops after 24h
listenkey expired
api returns 401 unauthorized
api returns -2015 invalid api-key, ip, or permissions
order endpoint returns insufficient permissions
trading bot can't connect to the api
my ccxt script fails authentication
3commas says my api key is invalid
how do I connect my api key to a tax tool safely
api key for sub-account
rest api documentation for order placement
hmac sha256 signing example?
api nonce error
my api passphrase doesn't work
created api key but secret not shown again, how to see it
how many api keys can I have
ed25519 / rsa api key support?
api order placement latency very high
my bot gets banned ip for too many requests
endpoint returns 418 ip banned
rate limit weight exceeded
api key shows no trading permission
api withdraw endpoint says permission denied
recvwindow error even though my clock is synced
websocket order book stream missing updates
fix api connection
api keys page won't load, can't create a key
api key label how to change
delete an old api key
how to rotate my api key
api request signed with secret but says bad signature
websocket authentication failed
rate limited on the market data api
api returns error {err} when placing an order
my python bot gets invalid api key
"""

EN["compliance_review"] = """
my kyc was rejected
identity verification failed
verification stuck under review
kyc pending for days
what documents do you accept for kyc
can I use a driver's license for verification
selfie verification keeps failing
face verification doesn't work
proof of address rejected
you asked for source of funds, what documents do you need
source of wealth request, how do I respond
my large deposit is under review, you want documents
large transaction review, how long does it take
my account is restricted after review
account restricted due to compliance
account limited, they say compliance requirements
why is my account restricted, I did nothing wrong
my account was suspended for aml review
funds frozen pending compliance review
they want bank statements to prove my funds
enhanced due diligence questionnaire
travel rule information required for my transfer
why do I need to verify my identity again
re-verification requested, why
my country is not supported and my account is restricted
account limited because of my residence
level 2 verification required to withdraw more
upgrade verification level
kyc name mismatch with my bank
document information mismatch
my passport is expired, how to update kyc
can't complete verification, camera not working in the liveness check
under 18? my kyc was rejected for age
compliance team emailed me asking about my transactions
asked to explain the purpose of my transfers
my withdrawal was held for aml check and they want source of funds
account frozen by risk control, asked for documents
risk control restricted my account after a big deposit
how to lift the restriction on my account
questionnaire about my occupation and income
can I submit payslips as proof of funds
my business account kyb verification
corporate verification documents
verification rejected: document blurry
address proof must be within 3 months?
why was my verification declined
identity verification for a p2p limit
how long does kyc review take
my account has trading restricted after a compliance check
sanctions screening flagged my account
they closed my account for compliance reasons
I got a request for information from compliance
kyc again? I already did it last year
proof of funds request for my {amt} {asset} deposit
my deposit of {amt} {asset} is frozen for review, what documents
"""

EN["general"] = """
what are your trading fees
what is the withdrawal fee for {coin}
what is the minimum deposit for {coin}
when will you list {coin}
will you list this token
is {coin} going to be delisted
do you have a mobile app
is there a desktop app
how do I change my nickname
how do I change the language
how do I enable dark mode
what time is the maintenance
is the exchange down
is there an announcement about the airdrop
how does staking work here
what is the apy on savings
do you have a referral program
how do I invite friends
what is vip level and how to upgrade
which countries do you support
do you support apple pay
how to buy crypto with a card
how to use the launchpad
where is the proof of reserves
is my money safe here
is this exchange regulated
hello
hi
hey
anyone there?
thanks
thank you, solved
ok
got it
can I talk to a human
I want to speak to a real person
how do I contact support by email
where can I find my account statement for taxes
how do I download my transaction history
how to set price alerts
how does the earn product work
what's the difference between spot and funding wallet
how do I transfer between wallets
what networks do you support for usdt
do you support the lightning network
when does the promotion end
how do I join the trading competition
where is the new listing announcement
can I have two accounts
how do I close my account
is there a fee for deposits
what are the maker and taker fees
what does "unified account" mean
how to use the demo trading
do you have an affiliate program
does the exchange have insurance
can you explain how futures work, I'm new
what is a funding rate, just curious
what's the max leverage you offer
how do I turn on notifications
your app has a typo in the menu
feedback: the new ui is confusing
suggestion: add more trading pairs
what are the opening hours of support
"""
