"""Secrets sent through the API never reach the database files or the logs."""

from __future__ import annotations

import secrets
from pathlib import Path

import httpx
from mnemonic import Mnemonic

from .clients import auth
from .server import LiveServer


def _files_contain(root: Path, needles: list[bytes]) -> list[tuple[str, str]]:
    hits = []
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for n in needles:
            if n in data:
                hits.append((str(path), n.decode(errors="replace")[:20]))
    return hits


async def test_seed_key_password_never_stored_or_logged(tmp_path: Path) -> None:
    server = LiveServer(var_dir=tmp_path / "var", extra_env={"HASHDESK_LOG_LEVEL": "DEBUG"})
    server.seed_demo()
    server.start()
    phrase_en = Mnemonic("english").generate(strength=128)
    phrase_zh = Mnemonic("chinese_simplified").generate(strength=128)
    private_key = secrets.token_hex(32)
    password = "Tr0ub4dor&" + secrets.token_hex(3)
    otp = f"{secrets.randbelow(10**6):06d}"
    try:
        async with httpx.AsyncClient(base_url=server.url, timeout=10) as http:
            r = await http.post(
                "/api/v1/conversations",
                json={
                    "channel": "web",
                    "text": f"My wallet is empty!! my seed phrase is {phrase_en}",
                },
            )
            assert r.status_code == 201
            conv = r.json()
            assert phrase_en not in r.text
            texts = [
                f"here is my private key {private_key} please recover",
                f"my password is {password} and I still can't log in",
                f"我的助记词是 {phrase_zh} 请帮我找回资产",
                f"the google authenticator code is {otp}",
            ]
            for text in texts:
                r = await http.post(
                    f"/api/v1/conversations/{conv['id']}/messages",
                    json={"text": text},
                    headers=auth(conv["token"]),
                )
                assert r.status_code == 201
                assert "[redacted" in r.json()["text"]
            r = await http.get(
                f"/api/v1/conversations/{conv['id']}/messages", headers=auth(conv["token"])
            )
            notices = [m for m in r.json()["messages"] if m["author"] == "system"]
            assert len(notices) == 5
            assert "new wallet" in notices[0]["text"]  # a typed seed phrase is exposed
            assert "新钱包" in notices[3]["text"]  # told in the customer's language
            # The agent's view holds only the redacted text.
            tok = server.agent_token("lead")
            r = await http.get("/api/v1/cases", headers=auth(tok))
            case = next(c for c in r.json()["cases"] if c["conversation_id"] == conv["id"])
            r = await http.get(f"/api/v1/cases/{case['id']}", headers=auth(tok))
            for s in (phrase_en, private_key, password, phrase_zh):
                assert s not in r.text
    finally:
        server.stop()
    needles = [s.encode() for s in (phrase_en, private_key, password, phrase_zh)]
    # Distinctive pieces too: four consecutive words of each phrase.
    needles += [" ".join(phrase_en.split()[3:7]).encode(), private_key[10:40].encode()]
    needles += ["".join(phrase_zh.split()[2:6]).encode(), " ".join(phrase_zh.split()[2:6]).encode()]
    hits = _files_contain(tmp_path / "var", needles)
    assert not hits, f"secrets found in {hits}"
    assert (tmp_path / "var" / "hashdesk.sqlite3").exists()
    log = server.log()
    assert len(log) > 0
    for n in needles:
        assert n.decode() not in log
