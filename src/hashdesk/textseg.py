"""One jieba tokenizer for the whole process.

jieba's dictionary costs ~70 MB and ~0.4 s to load, so the secret guard (it asks whether a
run of Chinese characters reads as words) and the knowledge-base retrieval (it segments
queries and articles) share this one instead of loading two. It carries the support
vocabulary jieba's general dictionary splits badly, so both see the same words.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

# Support vocabulary jieba's general dictionary splits badly.
SUPPORT_WORDS = tuple(
    """
到账 未到账 没到账 充值 充币 提币 提现 出金 入金 确认数 区块确认 交易哈希
区块浏览器 选错网络 充错链 主网 数字标签 漏填 忘填 不支持 上币 合约地址 空投
两步验证 双重验证 谷歌验证器 身份验证器 验证码 备份密钥 解冻 解锁 冻结 被盗
盗号 异常登录 可疑登录 防钓鱼码 钓鱼网站 助记词 私钥 白名单 频率限制 限频
限流 签名 时间戳 强平 强制平仓 爆仓 标记价格 维持保证金 保险基金 自动减仓
资金费 资金费用 资金费率 永续合约 逐仓 全仓 手续费 挂单 吃单 实名认证
身份认证 人脸识别 活体检测 地址证明 资金来源 财富来源 反洗钱 银行流水 工资单
大额交易 官方渠道 假客服 远程控制 安全钱包 没到 未到 没收到 收不到 不到账
没显示 没入账 卡住 被拒 被锁
""".split()
)

_tokenizer: Any = None
_lock = threading.Lock()


def tokenizer() -> Any:
    """The shared `jieba.Tokenizer`, loaded on first use (thread-safe)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                logging.getLogger("jieba").setLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                for word in SUPPORT_WORDS:
                    tok.add_word(word, freq=20000)
                _tokenizer = tok
    return _tokenizer
