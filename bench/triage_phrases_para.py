# ruff: noqa: E501 - one customer message per line: data, not code
"""Paraphrases of every catalog bullet, written to avoid the obvious keywords.

Each block below is one category; lines are grouped by the bullet of the catalog table
they describe (catalog.md, "what customers write about"). English, then Chinese.
"""

from __future__ import annotations

PARA: dict[str, dict[str, str]] = {"en": {}, "zh": {}}

PARA["en"]["account_access"] = """
I can't get in
the site won't let me in since this morning
sign-in keeps failing with no explanation
I'm not able to access my account from any device
it just bounces me back to the start page after I enter my details
my account is marked as disabled and I don't know why, how do I turn it back on
the account says inactive, I just haven't used it for a while, please enable it
my profile is deactivated, I want to use it again
the account got locked, I only mistyped a few times
account temporarily suspended after failed attempts, when can I try again
I don't have my authenticator any more, my phone broke
I have my password but not my phone, how can I still get into my account
my second factor device is gone, how do I prove it's me and get in
the six-digit codes don't work any more after I restored my phone
I need to move my 2fa to a new phone but I can't log in to do it
I don't remember my password and the reset mail never shows up
the reset link takes me to an error page
I changed my password and the new one isn't accepted
it asks me to confirm the new device, I confirm, and it asks again
"device not authorized" even after approving it from the email
every login ends with "please verify this device" and the verification never sticks
I approve the login on my phone and the browser still waits forever
the captcha/slider doesn't load so I can't finish signing in
the app says my session has expired each time I open it
"""

PARA["en"]["account_security"] = """
I got a notice about a sign-in from a place I've never been
an alert says someone logged in from a browser I don't use
the security email mentions a login from another city, that wasn't me
there's a phone in my trusted devices I've never owned
a new device showed up in my device list, not mine
a sell order for all my coins was placed at night and filled, I never placed it
trades appeared in my history that I didn't make
my coins were sold for usdt without me doing anything
money left my account to an address I don't recognise
a transfer to another user went out and I didn't send it
I'm pretty sure my account was compromised, settings changed and an address was added
I think somebody else has my credentials
my account is acting strange: new api key, changed email, I did none of it
someone is pretending to be your company on telegram
a fake website is copying your login page, reporting it
got an sms saying my account is suspended with a weird link, fake right?
an account calling itself your support contacted me first and asked for my codes
a person on discord claims to be your admin and offers to fix my account for a fee
"""

PARA["en"]["deposit"] = """
the blockchain shows my transfer confirmed but my account balance never increased
it's confirmed on chain with plenty of blocks, still no credit
the explorer says success, your side shows nothing
I used the wrong network to send to my deposit address
sent on one chain, the address was for another chain
I picked base instead of ethereum when sending in
I left out the memo when sending in atom
the tag I typed for my incoming xrp is off by one digit
I sent coins in without the required comment field
I sent a token you don't list to my deposit address
a coin your exchange doesn't support went to my account address
I transferred in from my hardware wallet hours ago and it's still not in my history
my incoming funds haven't shown up yet
"""

PARA["en"]["withdrawal"] = """
my outgoing transfer has been sitting in review since friday
the request to send my coins out is still waiting for approval
it's been processing for ages and no hash yet
the attempt to send out failed and I was charged the network fee anyway
it failed three times when I tried to move coins out
my outgoing transfer keeps getting cancelled automatically
I put in the wrong destination, one character different, and it went through
I sent my coins out to an address that isn't mine by mistake
I chose tron but the receiving exchange only accepts ethereum for usdt
I sent out on the wrong chain, the receiver can't see it
it's marked complete on your end, but nothing showed up in my wallet
the receiving side says nothing arrived from you
status says done, my wallet balance didn't change
"""

PARA["en"]["trading"] = """
my spot buy is stuck as processing and I can't cancel or edit it
the order I placed won't go through, it just errors
my order has been open for hours though the market moved past it
the order filled at 0.54 though my limit was 0.50
I got a fill I didn't expect, way off the price
the trade executed twice
moving money from my trading account to my funding account is delayed
the transfer between my own wallets hasn't arrived
I shifted usdt from funding to spot an hour ago, still missing
the fee on my last trade was much higher than listed
I was charged more commission than the fee table says
my market order failed with "insufficient liquidity" on a big pair
I got a partial fill and the rest of the order vanished
"""

PARA["en"]["futures"] = """
I want to dispute my liquidation, the price elsewhere never went that low
my leveraged position was closed out by the system unfairly
they closed my contract at a price that didn't exist
my position shows the wrong entry price
the margin on my contract looks doubled
the collateral on my position is wrong after I added to it
trying to close my short, it says reduce only order rejected
the close button on my position doesn't work
I can't exit my long
why am I paying funding every 8 hours when the rate is negative for shorts
the funding payment on my contract is far bigger than the rate shown
the margin mode changed and now the liquidation price is much closer
"""

PARA["en"]["api_keys"] = """
how do I generate a new key for my trading software
I need a key for my bot, where do I create it
I need to give my key permission for margin trading, where is that setting
my key can read but can't place orders, how do I change its rights
I added my ip to the allow-list but requests are still refused from it
calls from my server are rejected because of the ip restriction
the signature on my requests is rejected though I follow the docs
my hmac looks right but the server says it's invalid
we hit the request limit constantly, can you raise it for our account
too many requests, what are the limits per minute
error "api key does not exist" for a key I made 10 minutes ago
"""

PARA["en"]["compliance_review"] = """
my 50,000 usdt transfer was flagged for review, what do you need from me
a big transaction is under review and I've been asked for information
the identity check keeps failing at the document upload
my identity verification didn't go through again
you're asking where my money comes from, I'm salaried, what should I send
you want to know the origin of my funds, what counts as proof
my account was restricted after your review, I can't trade or withdraw
after the review my account is limited, what now
I need to re-verify because my id changed after marriage
the proof of address I uploaded was rejected
"""

PARA["en"]["general"] = """
how much do you charge for sending coins out in general
what does it cost to trade here
are you going to list the new layer-2 token
do you plan to add more coins soon
where do you post news about maintenance
where can I read your announcements
how do I set up recurring buys
how do I use the price alert feature
can I have my account statement in pdf
can you send me a yearly summary of my activity
just wanted to say thanks for the help last time
do you have a referral link I can share
"""

PARA["zh"]["account_access"] = """
进不去了
从早上开始网站就不让我进
登录一直失败也不说为什么
哪个设备都进不了账户
输完信息又跳回首页
账户显示已停用，不知道为什么，怎么重新启用
很久没用，账户显示不活跃，帮我开通
账户被锁了，我只是输错了几次
验证器没了，手机坏了
密码我知道，手机没了，怎么才能进账户
换手机恢复之后六位数验证码就不对了
想把二次验证换到新手机，可是登不进去改
密码忘了，重置邮件一直不来
重置链接打开是报错页面
让我确认新设备，我确认了又让确认
邮件里批准了设备还是提示设备未授权
每次登录都要验证设备，验证了也不算
"""

PARA["zh"]["account_security"] = """
收到一个从我没去过的地方登录的通知
提醒说有人用我不用的浏览器登录了
受信任设备里有个我从来没用过的手机
设备列表里出现了一个新设备，不是我的
半夜有人挂了卖单把我的币全卖了，我没下过单
记录里出现了我没做过的交易
钱转到了一个我不认识的地址
有一笔转给别的用户的转账，不是我转的
我很确定账户被人动了，设置被改还加了地址
有人在电报上冒充你们公司
有个假网站在模仿你们的登录页，举报一下
收到短信说账户被冻结，带个奇怪的链接，是假的吧
"""

PARA["zh"]["deposit"] = """
链上显示确认了，账户余额一直没加
区块都确认很多了还是没入账
用错网络往充值地址转了
从一条链转过来，地址是另一条链的
转ATOM进来忘了写memo
转入XRP填的标签错了一位
转了一个你们没上的币到我的充值地址
从硬件钱包转进来几个小时了，记录里还没有
"""

PARA["zh"]["withdrawal"] = """
转出申请从周五开始一直在审核
往外转币一直处理中，也没有哈希
往外转失败了，网络费还是扣了
转出申请几分钟后就自动取消
目标地址输错了一个字符，还是转出去了
选了波场网络，对方交易所的USDT只收以太坊
你们这边显示完成，我钱包什么都没收到
对方说没收到你们转过去的
"""

PARA["zh"]["trading"] = """
现货买单一直处理中，撤不了也改不了
挂单几个小时不成交，行情早就过了
限价0.50，结果按0.54成交了
从交易账户转到资金账户延迟一个小时了
自己账户之间的划转没到
上一笔交易的手续费比标准高很多
主流币对下市价单失败，提示流动性不足
部分成交后剩下的订单消失了
"""

PARA["zh"]["futures"] = """
要申诉强平，别的平台价格根本没跌到那里
杠杆仓位被系统不合理地平掉了
仓位的开仓价显示不对
合约保证金看起来翻倍了
想平空单，提示只减仓委托被拒
为什么空单负费率还每8小时扣我资金费
保证金模式变了，现在强平价近了很多
"""

PARA["zh"]["api_keys"] = """
怎么给交易软件生成新的key
要给key开杠杆交易权限，在哪设置
IP加到白名单了，从那个IP请求还是被拒
按文档签名还是被拒
一直触发限频，能给我们账户提高额度吗
刚建十分钟的key提示不存在
"""

PARA["zh"]["compliance_review"] = """
5万U的转账被标记审核，需要我提供什么
身份核验一直卡在上传证件那一步
问我资金来源，我是上班族，该提供什么
审核后账户被限制，不能交易不能提现，接下来怎么办
结婚后证件变了，需要重新认证
上传的住址证明被拒了，是上个月的水电账单
"""

PARA["zh"]["general"] = """
你们一般提币收多少钱
会上线上周发布的那个二层代币吗
维护公告在哪里发
怎么设置定期定额买入
能给我PDF的账户对账单吗
上次客服很好，谢谢
"""

PARA["en"]["account_security"] += """
there are orders in my history from last night that I never placed, ids {oid} and {oid}
two buy orders I didn't create were filled this morning, order {oid}
my open orders list has trades I never entered
someone placed a sell order on my account, order {oid}, it wasn't me
"""
PARA["en"]["general"] += """
I want to close my account and move everything elsewhere, your service is poor
please close my account, I'm leaving for another exchange
I'm unhappy with the support and want to shut my account down
this is the third time I write and nobody answers, very disappointed
can I speak to a manager
"""
PARA["en"]["trading"] += """
why did you charge more fee on my trade than the page says
the trading fee on my order {oid} is higher than your fee schedule
"""
PARA["zh"]["account_security"] += """
历史记录里有两笔昨晚的订单不是我下的，订单号{oid}
今天早上成交了两笔我没下过的买单
有人在我账户挂了卖单，订单{oid}，不是我
"""
PARA["zh"]["general"] += """
想注销账户把钱转到别的交易所，服务太差了
帮我注销账户，不用了
第三次发消息了没人回，很失望
"""
