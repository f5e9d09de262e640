# ruff: noqa: E501 - hand-written message text, one message per line
"""Hand-written es / ru / vi / tr / pt / ko / ja messages for the held-out set."""

from __future__ import annotations

M = tuple

ES: list[M] = [
    (
        "account_access",
        "No puedo iniciar sesión, el código de Google Authenticator siempre sale inválido y cambié de móvil.",
    ),
    (
        "account_access",
        "Mi contraseña es [[pw:Barcelona#77]] y me dice que es incorrecta, ¿qué pasa?",
    ),
    (
        "account_security",
        "Alguien retiró 1.200 USDT de mi cuenta a {trx} sin mi permiso, ayer a las 22:15",
        ("amount", "1200 USDT"),
        ("tsl", "2024-05-05 22:15"),
    ),
    (
        "account_security",
        "Un supuesto soporte me pidió la frase semilla, aquí está para que comprueben: {mn_es}",
    ),
    (
        "deposit",
        "Deposité 250 USDT por TRC20 hace 3 horas y no aparece. TxID: {hex64}",
        ("amount", "250 USDT"),
        ("tsu", "2024-05-06T07:00:00Z"),
    ),
    ("deposit", "Envié XRP a {xrp} y olvidé la etiqueta de destino, ¿cómo lo recupero?"),
    (
        "withdrawal",
        "Mi retiro de 0,5 BTC sigue pendiente desde ayer a las 15:00, ID de retiro 77120034",
        ("amount", "0.5 BTC"),
        ("tsl", "2024-05-05 15:00"),
        ("withdrawal_id", "77120034"),
    ),
    ("withdrawal", "Retiré a una dirección equivocada {eth_bad}, ¿se puede cancelar?"),
    (
        "trading",
        "Mi orden límite no se ejecutó aunque el precio llegó, número de orden 5512093301",
        ("order_id", "5512093301"),
    ),
    (
        "futures",
        "Me liquidaron en futuros y el precio de marca nunca llegó a mi precio de liquidación, orden 8834410201",
        ("order_id", "8834410201"),
    ),
    ("api_keys", "Error de firma en la API, mi clave secreta es [[api:{api}]]"),
    (
        "compliance_review",
        "Me piden prueba del origen de fondos por un depósito de 20.000 USDT, ¿qué documentos sirven?",
        ("amount", "20000 USDT"),
    ),
    ("general", "Exporté mi clave privada {wif_u}, ¿la puedo importar aquí?"),
    ("general", "¿Cuál es la comisión de retiro de USDT en la red TRC20?"),
]

RU: list[M] = [
    ("account_access", "Не могу войти, код из SMS не приходит уже второй день"),
    ("account_access", "Вот мой код подтверждения [[otp:{otp}]], а система пишет что он неверный"),
    (
        "account_security",
        "Кто-то вывел 0,8 BTC с моего аккаунта на {btc}, это был не я!",
        ("amount", "0.8 BTC"),
    ),
    (
        "account_security",
        "Мне написал «саппорт» и попросил сид-фразу. Вот она, проверьте, не украли ли: {mn_en}",
    ),
    (
        "deposit",
        "Депозит 1000 USDT не зачислен, хэш транзакции {hex64}, прошло уже 2 часа",
        ("amount", "1000 USDT"),
    ),
    ("deposit", "Отправил TON на {ton} с мемо 77812345, но баланс не изменился"),
    (
        "withdrawal",
        "Вывод средств висит в статусе обработки, номер вывода 4451187732, сумма 3000 USDT",
        ("withdrawal_id", "4451187732"),
        ("amount", "3000 USDT"),
    ),
    ("withdrawal", "Вывел на {sol}, транзакция {soltx}, но на кошелек не пришло"),
    (
        "trading",
        "Ордер исполнился по плохой цене, номер ордера 99213384799",
        ("order_id", "99213384799"),
    ),
    (
        "futures",
        "Ликвидировали позицию вчера в 16:00, хотя маркировочная цена не дошла до цены ликвидации",
        ("tsl", "2024-05-05 16:00"),
    ),
    ("api_keys", "Ошибка подписи API, секретный ключ: [[api:{api}]]"),
    (
        "compliance_review",
        "Аккаунт ограничен до проверки источника средств, какие документы нужны?",
    ),
    ("account_security", "Вот мой keystore файл, проверьте, не взломан ли кошелек: {keystore}"),
    ("general", "Какая минимальная сумма депозита для SOL?"),
]

VI: list[M] = [
    ("account_access", "Tôi không đăng nhập được, mã xác minh Google luôn báo sai"),
    ("account_access", "Mật khẩu của tôi là [[pw:Hanoi@2024]] mà vẫn báo sai mật khẩu"),
    (
        "account_security",
        "Tài khoản bị hack, có người rút 2000 USDT về ví {trx}",
        ("amount", "2000 USDT"),
    ),
    (
        "account_security",
        "mã OTP là [[otp:{otp}]] có người gọi điện bảo tôi đọc mã này, tôi có bị lừa không?",
    ),
    (
        "deposit",
        "Tôi nạp 500 USDT mạng BEP20 từ hôm qua mà chưa nhận được, {u_bscscan_tx}",
        ("amount", "500 USDT"),
        ("tsd", "2024-05-05"),
    ),
    ("deposit", "Nạp BTC vào {btc} đã 6 xác nhận nhưng số dư vẫn bằng 0, txid {hex64}"),
    (
        "withdrawal",
        "Lệnh rút tiền đang chờ duyệt 2 ngày rồi, mã rút tiền 88120345",
        ("withdrawal_id", "88120345"),
    ),
    ("withdrawal", "rut tien ve vi {eth} chua ve, da 3 tieng roi"),
    (
        "trading",
        "Lệnh giới hạn không khớp dù giá đã chạm, mã lệnh 5512093302",
        ("order_id", "5512093302"),
    ),
    ("futures", "Vị thế bị thanh lý lúc 2 giờ sáng nay, đòn bẩy 20x, tôi muốn khiếu nại"),
    ("api_keys", "API báo lỗi chữ ký không hợp lệ, IP đã thêm vào danh sách trắng"),
    (
        "compliance_review",
        "Tài khoản bị hạn chế, yêu cầu chứng minh nguồn tiền, tôi cần nộp giấy tờ gì?",
    ),
    ("account_security", "Khóa riêng tư của tôi là {hexkey}, ví đã bị rút sạch"),
    ("general", "Phí rút USDT mạng TRC20 là bao nhiêu?"),
]

TR: list[M] = [
    ("account_access", "Giriş yapamıyorum, SMS doğrulama kodu gelmiyor"),
    ("account_access", "Şifrem: [[pw:Istanbul34!]] ama yine de hatalı şifre diyor"),
    (
        "account_security",
        "Hesabımdan izinsiz 1500 USDT çekildi, adres {trx}",
        ("amount", "1500 USDT"),
    ),
    (
        "account_security",
        "Biri destek ekibi gibi davranıp kurtarma ifademi istedi, işte kelimeler: {mn_en}",
    ),
    (
        "deposit",
        "Dün yatırdığım 300 USDT hâlâ hesabıma geçmedi, işlem hash {hex64}",
        ("amount", "300 USDT"),
        ("tsd", "2024-05-05"),
    ),
    ("deposit", "XRP yatırırken etiketi unuttum, adres {xrp}"),
    (
        "withdrawal",
        "Para çekme işlemim 2 gündür beklemede, çekim numarası 99120034",
        ("withdrawal_id", "99120034"),
    ),
    ("withdrawal", "Yanlış ağ seçtim, {ethtx} işlemi nereye gitti?"),
    ("trading", "Limit emrim gerçekleşmedi, emir numarası 5512093303", ("order_id", "5512093303")),
    (
        "futures",
        "Vadeli işlemde pozisyonum tasfiye edildi, emir 8834410203, tazminat istiyorum",
        ("order_id", "8834410203"),
    ),
    ("api_keys", "API imza hatası alıyorum, gizli anahtar: [[api:{api}]]"),
    (
        "compliance_review",
        "Hesabım fon kaynağı incelemesi nedeniyle kısıtlandı, hangi belgeler gerekli?",
    ),
    ("general", "xprv anahtarım {zprv} bunu cüzdanıma nasıl aktarırım?"),
    ("general", "TRC20 ağında USDT çekim ücreti ne kadar?"),
]

PT: list[M] = [
    ("account_access", "Não consigo entrar, o código do Google Authenticator sempre dá inválido"),
    ("account_access", "Minha senha é [[pw:Saopaulo@123]] e continua dando senha incorreta"),
    (
        "account_security",
        "Alguém sacou 0,3 BTC da minha conta para {btc_legacy}, não fui eu!",
        ("amount", "0.3 BTC"),
    ),
    (
        "account_security",
        "Recebi um e-mail de suporte@exchange-verificacao.com pedindo minha frase de recuperação, é golpe?",
        ("email", "suporte@exchange-verificacao.com"),
    ),
    (
        "deposit",
        "Depositei 200 USDT pela rede TRC20 ontem às 15h e não caiu, hash {hex64}",
        ("amount", "200 USDT"),
        ("tsl", "2024-05-05 15:00"),
    ),
    (
        "deposit",
        "Fiz um depósito de SOL para {sol} há 2 horas e nada",
        ("tsu", "2024-05-06T08:00:00Z"),
    ),
    (
        "withdrawal",
        "Meu saque está em análise há 3 dias, ID do saque 66120034",
        ("withdrawal_id", "66120034"),
        ("tsd", "2024-05-03"),
    ),
    ("withdrawal", "Saque enviado para {ltc} mas não chegou"),
    (
        "trading",
        "Minha ordem foi executada duas vezes, número da ordem 6612034803",
        ("order_id", "6612034803"),
    ),
    (
        "futures",
        "Fui liquidado no contrato perpétuo, ordem 8834410204, o preço de marcação não chegou lá",
        ("order_id", "8834410204"),
    ),
    ("api_keys", "Erro de assinatura na API, chave secreta: [[api:{api}]]"),
    (
        "compliance_review",
        "Pediram comprovante de origem dos fundos para um depósito de 30.000 USDT",
        ("amount", "30000 USDT"),
    ),
    ("account_security", "Minha frase de recuperação é {mn_pt}, alguém roubou meus fundos"),
    ("general", "Qual é a taxa de saque de USDT na rede TRC20?"),
]

KO: list[M] = [
    ("account_access", "로그인이 안 됩니다. 구글 OTP 인증번호가 계속 틀렸다고 나와요"),
    ("account_access", "비밀번호는 [[pw:Seoul!2024]] 인데 계속 비밀번호가 틀렸다고 합니다"),
    (
        "account_security",
        "제 계정에서 3000 USDT가 무단으로 출금됐어요. 주소 {trx}",
        ("amount", "3000 USDT"),
    ),
    ("account_security", "시드 구문 유출된 것 같아요: {mn_ko}"),
    (
        "deposit",
        "어제 오후 3시에 입금한 500 USDT가 아직 안 들어왔어요. TxID {hex64}",
        ("tsl", "2024-05-05 15:00"),
        ("amount", "500 USDT"),
    ),
    ("deposit", "XRP 입금할 때 태그를 안 넣었어요. 주소 {xrp}"),
    (
        "withdrawal",
        "출금이 이틀째 처리 중입니다. 출금 번호 55120034",
        ("withdrawal_id", "55120034"),
    ),
    ("withdrawal", "출금 주소를 잘못 입력했어요 {eth_bad}"),
    ("trading", "지정가 주문이 체결되지 않았어요. 주문번호 5512093304", ("order_id", "5512093304")),
    (
        "futures",
        "선물 포지션이 청산됐는데 마크 가격이 청산가에 도달하지 않았어요. 주문번호 8834410205",
        ("order_id", "8834410205"),
    ),
    ("api_keys", "API 서명 오류가 납니다. 시크릿 키: [[api:{api}]]"),
    ("compliance_review", "자금 출처 증빙을 요구받았는데 어떤 서류를 내야 하나요?"),
    ("account_security", "개인키 {hexkey0x} 가 유출된 것 같아요. 지갑이 비었어요"),
    ("general", "TRC20 USDT 출금 수수료가 얼마인가요?"),
]

JA: list[M] = [
    ("account_access", "ログインできません。認証コードがいつも無効と表示されます"),
    ("account_access", "パスワードは [[pw:Tokyo#2024]] ですが、間違っていると言われます"),
    (
        "account_security",
        "私のアカウントから無断で 2000 USDT が出金されました。宛先 {trx}",
        ("amount", "2000 USDT"),
    ),
    ("account_security", "サポートを名乗る人にシードフレーズを聞かれました。これです: {mn_ja}"),
    (
        "deposit",
        "昨日の午後3時に入金した 100 USDT がまだ反映されません。TxID {hex64}",
        ("tsl", "2024-05-05 15:00"),
        ("amount", "100 USDT"),
    ),
    ("deposit", "TON を {ton} にメモ 99812345 付きで送りましたが届いていません"),
    ("withdrawal", "出金が2日間処理中のままです。出金番号 44120034", ("withdrawal_id", "44120034")),
    ("withdrawal", "{btc} への出金が完了と表示されていますが届いていません"),
    ("trading", "指値注文が約定しません。注文番号 5512093305", ("order_id", "5512093305")),
    (
        "futures",
        "先物のポジションが清算されました。注文番号 8834410206",
        ("order_id", "8834410206"),
    ),
    ("api_keys", "認証コードは[[otp:{otp}]]です。API キーの作成画面で弾かれます"),
    ("compliance_review", "資金源の証明を求められました。どの書類が必要ですか"),
    ("general", "秘密鍵 {tprv} はテストネット用です。メインネットで使えますか"),
    ("general", "TRC20 の USDT 出金手数料はいくらですか"),
]

OTHER = {"es": ES, "ru": RU, "vi": VI, "tr": TR, "pt": PT, "ko": KO, "ja": JA}
