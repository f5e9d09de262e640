# ruff: noqa: E501 - one customer message per line: data, not code
"""Hand-written training phrases in es, pt, ru, vi, tr, ko and ja (one line each)."""

from __future__ import annotations

MULTI: dict[str, dict[str, str]] = {lang: {} for lang in ("es", "pt", "ru", "vi", "tr", "ko", "ja")}

# --------------------------------------------------------------------------------- es
MULTI["es"]["account_access"] = """
no puedo iniciar sesión en mi cuenta
dice contraseña incorrecta pero es la correcta
restablecí la contraseña y sigue sin funcionar
no me llega el correo para cambiar la contraseña
mi cuenta está bloqueada por demasiados intentos
perdí el teléfono con el autenticador de google
cambié de celular y perdí los códigos 2FA
el código de verificación por sms no llega
me pide verificar el dispositivo nuevo una y otra vez
no tengo acceso al número de teléfono registrado
la app me cierra la sesión y no puedo volver a entrar
mi cuenta aparece desactivada y no puedo entrar
el código 2fa siempre es inválido
cómo desbloqueo mi cuenta
no puedo acceder a mi cuenta desde ayer
solicité restablecer el 2FA hace una semana y nada
no puedo entrar, el captcha no me deja
olvidé con qué correo me registré
"""
MULTI["es"]["account_security"] = """
hay un retiro que yo no hice
me robaron los fondos de la cuenta
alguien entró a mi cuenta desde otro país
me hackearon la cuenta
cambiaron mi correo sin mi permiso
recibí un aviso de inicio de sesión que no fui yo
hay operaciones que yo no hice
un supuesto soporte me pidió mi frase semilla
hice clic en un enlace de phishing y puse mi contraseña
hay una clave API que yo no creé
alguien se hace pasar por ustedes en telegram
congelen mi cuenta, creo que la hackearon
me llegan códigos de verificación que no pedí
un dispositivo desconocido en mi cuenta
mi saldo desapareció sin que yo hiciera nada
estafa: página falsa que copia su web
"""
MULTI["es"]["deposit"] = """
mi depósito no ha llegado
envié {amt} {asset} y no aparece en mi saldo
el depósito está confirmado en la blockchain pero no se acredita
deposité por la red equivocada
olvidé poner el memo en el depósito
olvidé la etiqueta de destino de XRP
deposité un token no soportado
el depósito lleva horas pendiente
transferí desde {ex} y no llegó
recibí menos de lo que deposité
pagué con tarjeta y no recibí las criptos
mi depósito por transferencia bancaria no aparece
hice un depósito hace {when} y nada
el hash es {hash} y no tengo el depósito
el depósito dice completado pero no está
"""
MULTI["es"]["withdrawal"] = """
mi retiro está pendiente
el retiro lleva {when} en revisión
retiré a otra billetera y no llegó
el retiro aparece completado pero no lo recibí
el retiro falló y no me devolvieron el dinero
envié el retiro a una dirección equivocada
elegí la red equivocada en el retiro
olvidé el memo al retirar
no puedo retirar, el botón está deshabilitado
cómo cancelo un retiro pendiente
el retiro fue rechazado sin motivo
el exchange de destino dice que no recibió nada
retiro de {amt} {asset} atascado
mi retiro al banco no llegó
retiros bloqueados 24 horas después de cambiar contraseña
"""
MULTI["es"]["trading"] = """
mi orden limitada no se ejecutó
la orden de mercado se ejecutó a un precio malo
no puedo cancelar la orden
la orden se ejecutó dos veces
el stop loss se activó a un precio mucho peor
me cobraron una comisión más alta en la operación
la conversión me dio menos de lo cotizado
la transferencia de la cuenta de fondos a spot no aparece
el bot de grid se detuvo y mis fondos están bloqueados
no puedo poner órdenes, error del sistema
la orden se canceló sola
compré {coin} y recibí menos
mis fondos están congelados en órdenes abiertas
deslizamiento enorme en la compra a mercado
"""
MULTI["es"]["futures"] = """
me liquidaron la posición sin llegar al precio de liquidación
quiero disputar la liquidación
me cobraron la tasa de financiamiento dos veces
no puedo cerrar mi posición de futuros
la posición desapareció
el margen de la posición está mal
mi long con apalancamiento {lev} fue liquidado
no puedo cambiar el apalancamiento
el stop loss de futuros no se activó
el pnl no realizado está mal
me hicieron auto-desapalancamiento
liquidación injusta en el perpetuo
"""
MULTI["es"]["api_keys"] = """
cómo creo una clave API
la API da error de firma inválida
error de IP no permitida en la API
la API me devuelve 429, límite de peticiones
timestamp fuera de recvWindow
mi clave API dejó de funcionar
cómo activo permisos de trading en la API
el websocket se desconecta
mi bot no se conecta a la API
la API devuelve 401 no autorizado
cómo borro una clave API vieja
error {err} en la API
"""
MULTI["es"]["compliance_review"] = """
mi verificación de identidad fue rechazada
el KYC lleva días en revisión
qué documentos aceptan para el KYC
me piden comprobar el origen de los fondos
mi cuenta está restringida por cumplimiento
mi depósito grande está en revisión
la verificación facial falla siempre
rechazaron mi comprobante de domicilio
cuenta limitada por revisión AML
por qué tengo que verificarme otra vez
me pidieron extractos bancarios
"""
MULTI["es"]["general"] = """
cuáles son las comisiones
cuándo van a listar {coin}
tienen app para móvil
hola
gracias
cómo cambio el idioma
cuándo es el mantenimiento
tienen programa de referidos
cómo funciona el staking
es seguro este exchange
quiero hablar con una persona
cuánto cuesta retirar {coin}
"""

# --------------------------------------------------------------------------------- pt
MULTI["pt"]["account_access"] = """
não consigo entrar na minha conta
diz senha incorreta mas está certa
redefini a senha e continua sem funcionar
o e-mail de redefinição de senha não chega
minha conta foi bloqueada por muitas tentativas
perdi o celular com o google authenticator
troquei de celular e perdi o 2FA
o código por sms não chega
fica pedindo para verificar o novo dispositivo
não tenho mais acesso ao número cadastrado
o app me desloga e não consigo voltar
conta desativada, não consigo logar
código 2fa sempre inválido
como desbloquear minha conta
não consigo logar desde ontem
pedi para resetar o 2FA e nada
"""
MULTI["pt"]["account_security"] = """
tem um saque que eu não fiz
roubaram meus fundos
alguém entrou na minha conta de outro país
hackearam minha conta
trocaram meu e-mail sem minha permissão
recebi alerta de login que não fui eu
tem operações que eu não fiz
um suposto suporte pediu minha frase de recuperação
cliquei num link de phishing
tem uma chave API que eu não criei
alguém está se passando pela corretora no telegram
congelem minha conta, acho que fui hackeado
dispositivo desconhecido na minha conta
meu saldo sumiu sem eu fazer nada
"""
MULTI["pt"]["deposit"] = """
meu depósito não caiu
enviei {amt} {asset} e não aparece no saldo
depósito confirmado na blockchain mas não creditado
depositei na rede errada
esqueci o memo no depósito
esqueci a tag do XRP no depósito
depositei um token não suportado
depósito pendente há horas
transferi da {ex} e não chegou
recebi menos do que depositei
paguei o pix e não caiu
depósito via pix não apareceu
fiz um depósito há {when} e nada
o hash é {hash} e o depósito não caiu
"""
MULTI["pt"]["withdrawal"] = """
meu saque está pendente
o saque está em análise há {when}
saquei para outra carteira e não chegou
saque concluído mas não recebi
o saque falhou e o dinheiro não voltou
enviei o saque para o endereço errado
escolhi a rede errada no saque
esqueci o memo no saque
não consigo sacar, botão desativado
como cancelo um saque pendente
saque rejeitado sem motivo
a outra corretora diz que não recebeu
saque de {amt} {asset} travado
saque para o banco não chegou
"""
MULTI["pt"]["trading"] = """
minha ordem limite não executou
ordem a mercado executada com preço ruim
não consigo cancelar a ordem
a ordem foi executada duas vezes
o stop loss executou muito abaixo
cobraram taxa maior na negociação
a conversão deu menos do que a cotação
a transferência da carteira de financiamento para spot não apareceu
o robô de grid parou e os fundos estão travados
não consigo colocar ordem, erro no sistema
a ordem foi cancelada sozinha
comprei {coin} e recebi menos
"""
MULTI["pt"]["futures"] = """
minha posição foi liquidada sem chegar no preço
quero contestar a liquidação
cobraram a taxa de financiamento duas vezes
não consigo fechar minha posição de futuros
a posição sumiu
a margem da posição está errada
meu long alavancado {lev} foi liquidado
não consigo mudar a alavancagem
o stop dos futuros não acionou
liquidação injusta no perpétuo
"""
MULTI["pt"]["api_keys"] = """
como criar uma chave de API
erro de assinatura inválida na API
API diz IP não permitido
API retorna 429
timestamp fora do recvWindow
minha chave de API parou de funcionar
como dar permissão de trade na API
o websocket cai toda hora
meu robô não conecta na API
erro {err} na API
"""
MULTI["pt"]["compliance_review"] = """
minha verificação de identidade foi recusada
KYC em análise há dias
quais documentos vocês aceitam
pediram comprovante de origem dos fundos
minha conta está restrita por compliance
meu depósito alto está em análise
a verificação facial sempre falha
recusaram meu comprovante de residência
conta limitada por análise de AML
pediram extrato bancário
"""
MULTI["pt"]["general"] = """
quais são as taxas
quando vão listar {coin}
tem aplicativo para celular
olá
obrigado
como mudo o idioma
quando é a manutenção
tem programa de indicação
como funciona o staking
quero falar com um atendente
"""

# --------------------------------------------------------------------------------- ru
MULTI["ru"]["account_access"] = """
не могу войти в аккаунт
пишет неверный пароль, хотя он правильный
сбросил пароль, все равно не пускает
письмо для сброса пароля не приходит
аккаунт заблокирован после нескольких попыток входа
потерял телефон с google authenticator
сменил телефон и потерял коды 2FA
смс код не приходит при входе
постоянно просит подтвердить новое устройство
нет доступа к старому номеру телефона
приложение выкидывает и не дает войти
аккаунт отключен, не могу зайти
код 2fa всегда неверный
как разблокировать аккаунт
не могу зайти со вчерашнего дня
заявка на сброс 2FA висит неделю
"""
MULTI["ru"]["account_security"] = """
есть вывод, который я не делал
у меня украли средства
кто-то зашел в аккаунт из другой страны
мой аккаунт взломали
почту в аккаунте поменяли без моего ведома
пришло уведомление о входе, это был не я
сделки, которые я не совершал
якобы поддержка попросила сид-фразу
перешел по фишинговой ссылке и ввел пароль
есть API ключ, который я не создавал
кто-то выдает себя за вашу поддержку в телеграме
заморозьте аккаунт, меня взломали
неизвестное устройство в аккаунте
баланс пропал, я ничего не делал
"""
MULTI["ru"]["deposit"] = """
депозит не пришел
отправил {amt} {asset}, на балансе нет
транзакция подтверждена в блокчейне, но не зачислена
отправил не в той сети
забыл указать мемо при пополнении
забыл тег при депозите XRP
отправил неподдерживаемый токен
пополнение висит несколько часов
перевел с {ex}, не дошло
зачислили меньше, чем я отправил
оплатил картой, крипта не пришла
пополнил {when} назад, ничего
хэш {hash}, депозит не зачислен
"""
MULTI["ru"]["withdrawal"] = """
вывод завис
вывод на проверке уже {when}
вывел на другой кошелек, не пришло
вывод выполнен, но я не получил
вывод не прошел и деньги не вернулись
отправил вывод не на тот адрес
выбрал не ту сеть при выводе
забыл мемо при выводе
не могу вывести, кнопка неактивна
как отменить вывод
вывод отклонили без причины
биржа-получатель говорит, что ничего не пришло
вывод {amt} {asset} завис
вывод на карту не пришел
"""
MULTI["ru"]["trading"] = """
лимитный ордер не исполнился
рыночный ордер исполнился по плохой цене
не могу отменить ордер
ордер исполнился дважды
стоп-лосс сработал намного ниже
взяли повышенную комиссию за сделку
конвертация дала меньше, чем показывало
перевод со счета финансирования на спот не пришел
грид бот остановился, средства заблокированы
не могу выставить ордер, ошибка системы
ордер отменился сам
купил {coin}, получил меньше
"""
MULTI["ru"]["futures"] = """
позицию ликвидировали, хотя цена не дошла
оспариваю ликвидацию
списали фандинг два раза
не могу закрыть позицию по фьючерсам
позиция пропала
маржа позиции отображается неправильно
лонг с плечом {lev} ликвидировали
не могу поменять плечо
стоп по фьючерсам не сработал
несправедливая ликвидация на бессрочном контракте
"""
MULTI["ru"]["api_keys"] = """
как создать API ключ
API ошибка подписи
API пишет IP не разрешен
API возвращает 429
timestamp вне recvWindow
мой API ключ перестал работать
как включить торговлю для API ключа
вебсокет постоянно отключается
бот не подключается к API
ошибка {err} в API
"""
MULTI["ru"]["compliance_review"] = """
верификацию личности отклонили
KYC на проверке несколько дней
какие документы нужны для верификации
просят подтвердить источник средств
аккаунт ограничен из-за комплаенса
крупный депозит на проверке
проверка лица не проходит
отклонили подтверждение адреса
аккаунт ограничен из-за проверки AML
просят выписку из банка
"""
MULTI["ru"]["general"] = """
какие комиссии
когда добавите {coin}
есть мобильное приложение
привет
спасибо
как поменять язык
когда техработы
есть реферальная программа
как работает стейкинг
хочу поговорить с оператором
"""

# --------------------------------------------------------------------------------- vi
MULTI["vi"]["account_access"] = """
không đăng nhập được tài khoản
báo sai mật khẩu dù tôi nhập đúng
đã đặt lại mật khẩu mà vẫn không vào được
không nhận được email đặt lại mật khẩu
tài khoản bị khóa vì nhập sai nhiều lần
mất điện thoại có google authenticator
đổi điện thoại nên mất mã 2FA
không nhận được mã sms khi đăng nhập
cứ bắt xác minh thiết bị mới mãi
không còn dùng số điện thoại cũ
app tự đăng xuất và không vào lại được
tài khoản bị vô hiệu hóa, không đăng nhập được
mã 2fa luôn báo sai
khong dang nhap duoc tai khoan
lam sao mo khoa tai khoan
yêu cầu reset 2FA một tuần chưa xử lý
"""
MULTI["vi"]["account_security"] = """
có lệnh rút tiền mà tôi không thực hiện
tài sản của tôi bị đánh cắp
có người đăng nhập tài khoản từ nước khác
tài khoản bị hack
email tài khoản bị đổi mà tôi không biết
nhận thông báo đăng nhập lạ, không phải tôi
có giao dịch tôi không làm
người giả danh hỗ trợ xin cụm từ khôi phục
tôi bấm vào link lừa đảo và nhập mật khẩu
có API key tôi không tạo
có người giả mạo sàn trên telegram
đóng băng tài khoản giúp tôi, bị hack rồi
tai khoan bi hack mat het tien
thiết bị lạ trong tài khoản
"""
MULTI["vi"]["deposit"] = """
nạp tiền chưa về
tôi gửi {amt} {asset} nhưng số dư không có
giao dịch đã xác nhận trên blockchain nhưng chưa cộng
nạp nhầm mạng
quên ghi memo khi nạp
quên tag khi nạp XRP
nạp token không được hỗ trợ
nạp tiền treo mấy tiếng rồi
chuyển từ {ex} sang mà chưa về
nhận ít hơn số đã nạp
nap tien chua ve vi
nạp {when} rồi vẫn chưa thấy
hash là {hash}, chưa được cộng
"""
MULTI["vi"]["withdrawal"] = """
lệnh rút tiền bị treo
rút tiền đang xét duyệt {when} rồi
rút về ví khác nhưng chưa nhận được
rút tiền báo hoàn thành nhưng không nhận được
rút tiền thất bại, tiền không hoàn lại
rút nhầm địa chỉ
chọn nhầm mạng khi rút
quên memo khi rút
không rút được, nút bị khóa
làm sao hủy lệnh rút
lệnh rút bị từ chối không rõ lý do
sàn nhận nói chưa nhận được
rut tien chua ve
rút {amt} {asset} bị kẹt
"""
MULTI["vi"]["trading"] = """
lệnh giới hạn không khớp
lệnh thị trường khớp giá quá tệ
không hủy được lệnh
lệnh bị khớp hai lần
cắt lỗ kích hoạt ở giá tệ hơn nhiều
bị tính phí giao dịch cao hơn
chuyển đổi nhận ít hơn báo giá
chuyển từ ví funding sang spot chưa thấy
bot grid dừng và tiền bị khóa
không đặt lệnh được, lỗi hệ thống
lệnh tự bị hủy
mua {coin} nhưng nhận ít hơn
"""
MULTI["vi"]["futures"] = """
vị thế bị thanh lý dù giá chưa chạm
khiếu nại thanh lý
bị trừ phí funding hai lần
không đóng được vị thế hợp đồng
vị thế biến mất
ký quỹ vị thế hiển thị sai
lệnh long đòn bẩy {lev} bị thanh lý
không đổi được đòn bẩy
cắt lỗ hợp đồng không kích hoạt
bi chay tai khoan futures vo ly
"""
MULTI["vi"]["api_keys"] = """
cách tạo API key
API báo lỗi chữ ký
API báo IP không được phép
API trả về 429
timestamp ngoài recvWindow
API key không hoạt động nữa
cách bật quyền giao dịch cho API
websocket hay bị ngắt
bot không kết nối được API
lỗi {err} trên API
"""
MULTI["vi"]["compliance_review"] = """
xác minh danh tính bị từ chối
KYC đang xét duyệt mấy ngày
cần giấy tờ gì để xác minh
yêu cầu chứng minh nguồn tiền
tài khoản bị hạn chế do tuân thủ
khoản nạp lớn đang bị xét duyệt
xác minh khuôn mặt không qua
giấy xác nhận địa chỉ bị từ chối
kyc khong duoc duyet
yêu cầu sao kê ngân hàng
"""
MULTI["vi"]["general"] = """
phí giao dịch bao nhiêu
khi nào niêm yết {coin}
có app điện thoại không
xin chào
cảm ơn
đổi ngôn ngữ thế nào
khi nào bảo trì
có chương trình giới thiệu không
staking hoạt động thế nào
tôi muốn nói chuyện với nhân viên
"""

# --------------------------------------------------------------------------------- tr
MULTI["tr"]["account_access"] = """
hesabıma giriş yapamıyorum
şifre yanlış diyor ama doğru
şifremi sıfırladım yine giremiyorum
şifre sıfırlama e-postası gelmiyor
çok deneme yüzünden hesabım kilitlendi
google authenticator olan telefonumu kaybettim
telefon değiştirdim 2FA kodları gitti
sms kodu gelmiyor
sürekli yeni cihazı doğrula diyor
kayıtlı telefon numarama erişimim yok
uygulama oturumu kapatıyor, tekrar giremiyorum
hesabım devre dışı, giriş yapamıyorum
2fa kodu hep geçersiz
hesabima giremiyorum
hesap kilidini nasıl açarım
2FA sıfırlama talebim bir haftadır bekliyor
"""
MULTI["tr"]["account_security"] = """
benim yapmadığım bir çekim var
fonlarım çalındı
başka ülkeden biri hesabıma girdi
hesabım hacklendi
e-postam izinsiz değiştirildi
giriş bildirimi geldi, ben değildim
yapmadığım işlemler var
sahte destek kurtarma kelimelerimi istedi
oltalama linkine tıkladım ve şifremi girdim
oluşturmadığım bir API anahtarı var
telegramda biri sizin adınıza dolandırıcılık yapıyor
hesabımı dondurun, hacklendim
tanımadığım cihaz var
bakiyem sıfırlandı, ben bir şey yapmadım
"""
MULTI["tr"]["deposit"] = """
yatırdığım para gelmedi
{amt} {asset} gönderdim bakiyede yok
blokzincirde onaylandı ama hesaba geçmedi
yanlış ağdan yatırdım
memo yazmayı unuttum
XRP yatırırken tag unuttum
desteklenmeyen token yatırdım
yatırma saatlerdir beklemede
{ex} borsasından gönderdim gelmedi
gönderdiğimden az geldi
havale yaptım hesaba geçmedi
yatirdigim usdt gelmedi
hash {hash}, yatırma görünmüyor
"""
MULTI["tr"]["withdrawal"] = """
çekim işlemim beklemede
çekim {when} incelemede
başka cüzdana çektim gelmedi
çekim tamamlandı ama ulaşmadı
çekim başarısız oldu, para geri gelmedi
yanlış adrese çektim
çekimde yanlış ağ seçtim
çekerken memo unuttum
çekim yapamıyorum, buton kapalı
bekleyen çekimi nasıl iptal ederim
çekimim sebepsiz reddedildi
karşı borsa almadığını söylüyor
cekim yapamiyorum
{amt} {asset} çekimi takıldı
"""
MULTI["tr"]["trading"] = """
limit emrim gerçekleşmedi
piyasa emri kötü fiyattan gerçekleşti
emri iptal edemiyorum
emir iki kez gerçekleşti
zarar durdur çok daha kötü fiyattan çalıştı
işlemden fazla komisyon kesildi
dönüştürmede teklif edilenden az aldım
fonlama cüzdanından spota transfer gelmedi
grid botu durdu fonlar kilitli
emir veremiyorum, sistem hatası
emir kendiliğinden iptal oldu
{coin} aldım ama az geldi
"""
MULTI["tr"]["futures"] = """
pozisyonum fiyat gelmeden likit oldu
likidasyona itiraz ediyorum
fonlama ücreti iki kez kesildi
vadeli pozisyonumu kapatamıyorum
pozisyon kayboldu
pozisyon teminatı yanlış görünüyor
{lev} kaldıraçlı long pozisyonum likit oldu
kaldıracı değiştiremiyorum
vadeli zarar durdur çalışmadı
haksız likidasyon
"""
MULTI["tr"]["api_keys"] = """
API anahtarı nasıl oluşturulur
API imza hatası veriyor
API IP izinli değil diyor
API 429 dönüyor
timestamp recvWindow dışında
API anahtarım çalışmıyor
API anahtarına işlem izni nasıl verilir
websocket sürekli kopuyor
botum API'ye bağlanamıyor
API hata {err}
"""
MULTI["tr"]["compliance_review"] = """
kimlik doğrulamam reddedildi
KYC günlerdir incelemede
hangi belgeler kabul ediliyor
fon kaynağı belgesi istiyorlar
hesabım uyum nedeniyle kısıtlandı
büyük yatırmam incelemede
yüz doğrulaması geçmiyor
adres belgem reddedildi
hesabım AML incelemesi yüzünden kısıtlandı
banka dökümü istediler
"""
MULTI["tr"]["general"] = """
komisyonlar ne kadar
{coin} ne zaman listelenecek
mobil uygulama var mı
merhaba
teşekkürler
dil nasıl değiştirilir
bakım ne zaman
referans programı var mı
staking nasıl çalışıyor
bir temsilciyle görüşmek istiyorum
"""

# --------------------------------------------------------------------------------- ko
MULTI["ko"]["account_access"] = """
계정에 로그인이 안 돼요
비밀번호가 틀렸다고 나와요 맞는데
비밀번호 재설정했는데도 로그인이 안 돼요
비밀번호 재설정 메일이 안 와요
로그인 시도를 많이 해서 계정이 잠겼어요
구글 OTP 있는 폰을 잃어버렸어요
폰을 바꿨더니 2FA 코드가 없어졌어요
문자 인증번호가 안 와요
새 기기 인증을 계속 요구해요
등록된 전화번호를 더 이상 못 써요
앱이 자꾸 로그아웃돼서 못 들어가요
계정이 비활성화돼서 로그인이 안 돼요
2fa 코드가 계속 틀렸대요
계정 잠금 해제는 어떻게 하나요
2FA 초기화 신청한 지 일주일 됐어요
"""
MULTI["ko"]["account_security"] = """
제가 하지 않은 출금이 있어요
자산이 도난당했어요
다른 나라에서 누가 로그인했어요
계정이 해킹당했어요
이메일이 제 허락 없이 바뀌었어요
로그인 알림이 왔는데 제가 아니에요
제가 하지 않은 거래가 있어요
가짜 고객센터가 시드 구문을 달라고 했어요
피싱 링크를 눌러서 비밀번호를 입력했어요
제가 만들지 않은 API 키가 있어요
텔레그램에서 거래소 사칭하는 사람이 있어요
계정 동결해 주세요 해킹당한 것 같아요
모르는 기기가 등록돼 있어요
잔고가 사라졌어요 아무것도 안 했는데
"""
MULTI["ko"]["deposit"] = """
입금이 안 들어왔어요
{amt} {asset} 보냈는데 잔고에 없어요
블록체인에서는 확인됐는데 입금 반영이 안 돼요
네트워크를 잘못 선택해서 입금했어요
입금할 때 메모를 안 넣었어요
XRP 입금 태그를 빠뜨렸어요
지원하지 않는 토큰을 입금했어요
입금이 몇 시간째 대기 중이에요
{ex}에서 보냈는데 안 왔어요
보낸 것보다 적게 들어왔어요
원화 입금이 반영이 안 됐어요
해시는 {hash}인데 입금이 안 됐어요
"""
MULTI["ko"]["withdrawal"] = """
출금이 대기 중이에요
출금이 {when}째 심사 중이에요
다른 지갑으로 출금했는데 안 왔어요
출금 완료라는데 못 받았어요
출금 실패했는데 돈이 안 돌아왔어요
출금 주소를 잘못 입력했어요
출금할 때 네트워크를 잘못 골랐어요
출금할 때 메모를 안 넣었어요
출금 버튼이 비활성화돼 있어요
대기 중인 출금 취소 어떻게 해요
출금이 이유 없이 거절됐어요
받는 거래소가 못 받았대요
{amt} {asset} 출금이 멈췄어요
"""
MULTI["ko"]["trading"] = """
지정가 주문이 체결이 안 돼요
시장가 주문이 이상한 가격에 체결됐어요
주문 취소가 안 돼요
주문이 두 번 체결됐어요
손절이 훨씬 낮은 가격에 체결됐어요
거래 수수료가 더 많이 나갔어요
전환했는데 견적보다 적게 받았어요
펀딩 지갑에서 현물로 이체한 게 안 보여요
그리드 봇이 멈추고 자금이 묶였어요
주문이 안 들어가요 시스템 오류
주문이 혼자 취소됐어요
{coin} 샀는데 적게 들어왔어요
"""
MULTI["ko"]["futures"] = """
청산가에 안 닿았는데 청산됐어요
청산에 이의 제기합니다
펀딩비가 두 번 빠져나갔어요
선물 포지션이 안 닫혀요
포지션이 사라졌어요
포지션 증거금이 이상하게 나와요
{lev} 레버리지 롱이 청산됐어요
레버리지 변경이 안 돼요
선물 손절이 작동 안 했어요
무기한 선물 부당 청산
"""
MULTI["ko"]["api_keys"] = """
API 키 어떻게 만들어요
API 서명 오류가 나요
API가 IP 허용 안 됨이라고 해요
API가 429를 반환해요
타임스탬프가 recvWindow 밖이래요
API 키가 작동을 안 해요
API 키에 거래 권한 주는 법
웹소켓이 자꾸 끊겨요
봇이 API에 연결이 안 돼요
API 오류 {err}
"""
MULTI["ko"]["compliance_review"] = """
신원 인증이 거절됐어요
KYC 심사가 며칠째예요
인증에 어떤 서류가 필요해요
자금 출처 증명을 요구해요
컴플라이언스 때문에 계정이 제한됐어요
큰 금액 입금이 심사 중이에요
얼굴 인증이 안 돼요
주소 증명이 거절됐어요
AML 심사로 계정이 제한됐어요
은행 거래내역을 달래요
"""
MULTI["ko"]["general"] = """
수수료가 얼마예요
{coin} 언제 상장해요
모바일 앱 있어요
안녕하세요
감사합니다
언어 변경은 어떻게 해요
점검은 언제예요
추천인 프로그램 있어요
스테이킹은 어떻게 해요
상담원 연결해 주세요
"""

# --------------------------------------------------------------------------------- ja
MULTI["ja"]["account_access"] = """
アカウントにログインできません
パスワードが違うと出ますが合っています
パスワードをリセットしてもログインできません
パスワード再設定のメールが届きません
ログイン試行が多すぎてロックされました
認証アプリの入ったスマホをなくしました
機種変更で二段階認証のコードが消えました
SMSの認証コードが届きません
新しい端末の確認を何度も求められます
登録した電話番号がもう使えません
アプリが勝手にログアウトして入れません
アカウントが無効になっていてログインできません
2FAコードがいつも無効と言われます
アカウントのロック解除方法を教えてください
二段階認証のリセット申請から一週間経ちました
"""
MULTI["ja"]["account_security"] = """
身に覚えのない出金があります
資産が盗まれました
海外から誰かがログインしています
アカウントが乗っ取られました
メールアドレスが勝手に変更されました
ログイン通知が来ましたが私ではありません
身に覚えのない取引があります
偽のサポートにシードフレーズを聞かれました
フィッシングリンクを押してパスワードを入力しました
作成していないAPIキーがあります
テレグラムで取引所を装った詐欺があります
乗っ取られたのでアカウントを凍結してください
知らない端末が登録されています
何もしていないのに残高がなくなりました
"""
MULTI["ja"]["deposit"] = """
入金が反映されません
{amt} {asset}を送ったのに残高にありません
ブロックチェーンでは承認済みなのに入金されません
間違ったネットワークで入金しました
入金時にメモを入れ忘れました
XRPの入金でタグを忘れました
対応していないトークンを入金しました
入金が何時間も保留中です
{ex}から送金したのに届きません
送った額より少なく入金されました
円の銀行入金が反映されません
ハッシュは{hash}ですが入金されていません
"""
MULTI["ja"]["withdrawal"] = """
出金が保留中です
出金が{when}審査中です
別のウォレットに出金したのに届きません
出金完了なのに受け取っていません
出金が失敗して資金が戻りません
間違ったアドレスに出金しました
出金でネットワークを間違えました
出金時にメモを入れ忘れました
出金ボタンが押せません
保留中の出金をキャンセルしたい
出金が理由なく拒否されました
送金先の取引所が受け取っていないと言っています
{amt} {asset}の出金が止まっています
"""
MULTI["ja"]["trading"] = """
指値注文が約定しません
成行注文がひどい価格で約定しました
注文がキャンセルできません
注文が二重に約定しました
損切りがかなり不利な価格で約定しました
取引手数料が多く引かれました
コンバートで見積もりより少なく受け取りました
資金口座から現物口座への振替が反映されません
グリッドボットが止まって資金がロックされています
注文が出せません、システムエラー
注文が勝手にキャンセルされました
{coin}を買ったのに少なく届きました
"""
MULTI["ja"]["futures"] = """
清算価格に届いていないのに強制決済されました
強制決済に異議があります
資金調達率が二回引かれました
先物のポジションが決済できません
ポジションが消えました
ポジションの証拠金がおかしいです
{lev}倍のロングが清算されました
レバレッジが変更できません
先物の損切りが発動しませんでした
無期限先物の不当な清算
"""
MULTI["ja"]["api_keys"] = """
APIキーの作り方を教えてください
APIで署名エラーが出ます
APIでIPが許可されていないと出ます
APIが429を返します
タイムスタンプがrecvWindowの範囲外です
APIキーが使えなくなりました
APIキーに取引権限を付けるには
WebSocketがよく切れます
ボットがAPIに接続できません
APIエラー {err}
"""
MULTI["ja"]["compliance_review"] = """
本人確認が否認されました
KYCの審査が何日も続いています
本人確認に使える書類は何ですか
資金源の証明を求められました
コンプライアンスの理由でアカウントが制限されました
高額入金が審査中です
顔認証が通りません
住所証明が却下されました
AML審査でアカウントが制限されました
銀行の取引明細を求められました
"""
MULTI["ja"]["general"] = """
手数料はいくらですか
{coin}はいつ上場しますか
スマホアプリはありますか
こんにちは
ありがとうございます
言語の変更方法は
メンテナンスはいつですか
紹介プログラムはありますか
ステーキングの仕組みは
オペレーターと話したいです
"""
