from .conftest import Harness


async def test_verify_endpoint_answers_against_the_configured_registry(harness: Harness) -> None:
    h = harness
    cases = {
        "https://www.hashport-exchange.com/login": "official",
        "support@hashport-exchange.com": "official",
        "t.me/HashportSupport": "official",
        "+1 (415) 555-0100": "official",
        "hashp0rt-exchange.com": "impersonation",
        "@Hashport_Support_Team": "impersonation",
        "google.com": "not_official",
    }
    for value, verdict in cases.items():
        r = await h.http.get("/api/v1/verify", params={"value": value})
        assert r.status_code == 200
        body = r.json()
        assert body["verdict"] == verdict, (value, body)
        assert {"value", "kind", "verdict", "reason"} <= body.keys()
    r = await h.http.get("/api/v1/verify", params={"value": "hashp0rt-exchange.com"})
    assert r.json()["resembles"] == "hashport-exchange.com"
    assert (await h.http.get("/api/v1/verify")).status_code == 422
    assert (await h.http.get("/api/v1/verify", params={"value": "x" * 5000})).status_code == 422
