# ruff: noqa: E501 - hand-written message text, one message per line
"""Hard negatives: ordinary support messages and prose that must not be flagged as secrets."""

from __future__ import annotations

import pytest

from hashdesk.triage.guard import scan

ENGLISH_PROSE = [
    "I will never give you my seed, so please don't ask for it.",
    "Can you please help me? I have been waiting all day and nothing happened with my deposit.",
    "You can always ask me about the account, I will answer any question you have about it.",
    "Please check this before the end of the day, I need the money to pay my rent and other bills.",
    "The market was very volatile today and my order was filled at a much worse price than I expected.",
    "I have a question about the fee: why did you charge more than what the page said it would be?",
    "Can you also tell me when the new token will be listed? My friend said it would happen this month.",
    "This is the third time I have to write to you about the same problem, and nobody seems to care.",
    "hello again, just wanted to follow up on my case from last week, any news about it yet?",
    "My wallet address is correct, the network is correct, the amount is correct, so where is my money?",
    "I want to close my account and move all my funds to another exchange because of this poor service.",
    "Please check the attached screenshot, it shows the transfer was complete on the other side.",
    "I think someone else had access to my account: there is a login from a city I have never been to.",
    "Is there any limit on how much I can withdraw per day if I only have the basic verification level?",
    "When will my futures position be closed, and can you explain why the margin call happened so early?",
    "seed round investors unlock schedule question: when does the token vesting end for early buyers",
    "I lost my phone and cannot access my authenticator app anymore, how can I reset the two factor?",
    "My password doesn't work and I forgot my password, the reset email never arrives either.",
    "The code never arrives, I tried five times already. My phone number is +1 415 555 0134.",
    "I withdrew 123456 USDT on 2024-05-03 and it still shows processing. Order 987654321.",
    "Order 123456 was filled at 14:20 but I only got half, please check.",
    "Call me at 138 0013 8000 or 020-7946-0958 if you need anything else.",
    "I received 2 codes: one by SMS and one by email. Which one do I need to enter?",
    "my 2FA code is not working since I changed phones on May 3",
    "Tor exit node login, not me. Password is unique, 2FA is TOTP. Please revoke all sessions.",
    'App says "your account has been logged out due to a password change" but I changed nothing.',
]

SPANISH_PORTUGUESE_ITALIAN_FRENCH_CZECH = [
    "Hola, hice un retiro de mi cuenta hace dos días y todavía no ha llegado a mi billetera, "
    "por favor revisen el estado porque necesito el dinero para pagar una factura importante.",
    "Buenas tardes, quiero saber por qué mi cuenta fue bloqueada después de cambiar la contraseña "
    "y qué documentos necesitan para verificar mi identidad otra vez.",
    "Olá, fiz um depósito de USDT pela rede TRC20 e até agora não caiu na minha conta, já se "
    "passaram mais de três horas, podem verificar por favor?",
    "Bom dia, gostaria de saber qual é o limite diário de saque para contas com verificação "
    "intermediária e se existe alguma taxa adicional para saque em real.",
    "Ciao, ho fatto un prelievo ieri sera ma risulta ancora in elaborazione, potete controllare "
    "il motivo del ritardo e dirmi quando arriverà sul mio portafoglio?",
    "Bonjour, mon dépôt en bitcoin n'apparaît toujours pas sur mon compte alors que la transaction "
    "est confirmée sur la blockchain depuis plusieurs heures, pouvez-vous vérifier ?",
    "Dobrý den, můj vklad ještě nedorazil na účet, přestože transakce byla potvrzena, můžete to "
    "prosím zkontrolovat a dát mi vědět, kdy peníze dorazí?",
]

RU_VI_TR_KO_JA = [
    "Здравствуйте, мой вывод средств висит уже сутки в статусе обработки, проверьте пожалуйста, "
    "что случилось, я никогда не дам вам мою сид-фразу.",
    "Xin chào, tôi đã rút tiền từ hôm qua nhưng đến giờ vẫn chưa nhận được, vui lòng kiểm tra giúp tôi.",
    "Merhaba, dün yaptığım para çekme işlemi hâlâ beklemede görünüyor, lütfen kontrol eder misiniz?",
    "안녕하세요, 어제 출금 신청을 했는데 아직도 처리 중으로 나옵니다. 확인 부탁드립니다.",
    "こんにちは。昨日出金を申請しましたが、まだ処理中のままです。確認していただけますか。",
    "가격 가끔 가난 가능 가능성 가득 가령 가르침 가방 가을 가정 가족 이런 단어가 왜 보이는지 궁금합니다",
]

CHINESE_PARAGRAPHS = [
    "你好，我昨天下午在你们平台提现了一笔USDT，选择的是TRC20网络，到现在已经过去快二十个小时了，"
    "状态一直显示处理中，我查了一下链上也没有任何记录，请问是什么原因导致的？麻烦尽快帮我处理一下，"
    "这笔钱我急用，谢谢。",
    "我的合约仓位在行情剧烈波动的时候被强制平仓了，但是我看标记价格根本没有到达强平价格，"
    "而且当时我的保证金率还很高，我怀疑是系统出了问题，要求你们给一个合理的解释并赔偿我的损失。",
    "请问一下你们的现货手续费是怎么计算的？我看到成交记录里面扣的手续费比官网上写的要高很多，"
    "是不是因为我没有开通用平台币抵扣的功能？如果开通的话以前的订单能不能退还多收的部分？",
    "今天早上登录的时候收到一条陌生设备登录提醒，地点显示在国外，可是我本人一直在国内，"
    "我已经修改了登录密码，也重新绑定了谷歌验证，请帮我检查一下账户有没有异常操作和提币记录。",
    "我在实名认证的时候上传了身份证正反面和手持照片，但是审核一直没有通过，也没有告诉我具体原因，"
    "现在账户被限制了提现功能，我需要提供什么资料才能解除限制？资金来源证明需要哪些文件？",
    "我用API做量化交易，最近经常出现签名错误和时间戳超出接收窗口的问题，服务器时间我已经同步过了，"
    "IP白名单也设置了，但是还是会偶尔报错，想问一下是不是你们的接口有调整或者限频规则变化了？",
    "充值的时候忘记填写备注了，钱已经从另一个交易所转出来了，链上显示成功，但是我的账户里面没有到账，"
    "客服之前说可以申请找回，请问需要多长时间？会不会收取手续费？我应该提交哪些信息给你们？",
    "我不会把助记词告诉任何人的，你们的客服之前让我提供助记词，我觉得很可疑，这是不是诈骗？"
    "请确认一下官方客服到底会不会要求用户提供这些信息，我很担心自己的资产安全。",
    "大家好，我想问一下新币上线的时间是什么时候，还有充值和提现是不是同时开放，以及最低充值金额是多少，"
    "另外新用户有没有什么活动或者奖励，手续费能不能打折，谢谢大家的回答。",
    "老师说学习要一步一个脚印，不能急于求成，只有把基础打牢了，将来才能在工作中发挥更大的作用，"
    "这个道理很多人都明白，可是真正能做到的人却很少，大部分人还是希望快速看到结果。",
    "因为网络问题我的订单没有及时撤销，结果以很差的价格成交了，能不能帮我看看当时的深度和成交明细？"
    "我觉得这个价格明显偏离了市场价，是不是有人在操纵，我要求平台给出合理说明。",
    "账户冻结了怎么办",
    "我的提现一直没有到账怎么办",
    "为什么我的充值还没有到账呢请帮忙看下",
]


@pytest.mark.parametrize(
    "text",
    ENGLISH_PROSE + SPANISH_PORTUGUESE_ITALIAN_FRENCH_CZECH + RU_VI_TR_KO_JA + CHINESE_PARAGRAPHS,
)
def test_prose_is_not_a_secret(text: str) -> None:
    result = scan(text)
    assert result.secrets == (), [(s.kind, text[s.start : s.end], s.reason) for s in result.secrets]
    assert result.redacted_text == text
