"""Write tests/data/lookalike_corpus.jsonl: values for the demo brand (Hashport) and verdicts.

    python bench/make_lookalike_corpus.py [--out PATH]

Hand-written cases (official values in odd spellings, unrelated values, brand-in-domain,
handle, e-mail and phone tricks) plus programmatic ones: dnstwist-style permutations
(omission, repetition, transposition, keyboard replacement, insertion, bit-flips,
hyphenation, vowel swap, other TLDs, added/dropped dots) and homoglyph / punycode forms.
Deterministic: the same file every run. Each line:
``{"id", "value", "expected": "official"|"not_official"|"impersonation", "technique"}``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import idna

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "lookalike_corpus.jsonl"

OFFICIAL_HOSTS = ("hashport.io", "hashport-exchange.com")

# --- official values in odd spellings ---------------------------------------------------
OFFICIAL: dict[str, list[str]] = {
    "official-domain": [
        "hashport.io",
        "hashport-exchange.com",
        "HASHPORT.IO",
        "Hashport-Exchange.com",
        "hashport.io.",
        "HASHPORT-EXCHANGE.COM.",
        "www.hashport.io",
        "WWW.Hashport-Exchange.Com",
        "app.hashport.io",
        "api.v2.hashport-exchange.com",
        "  hashport.io  ",
        "ｈａｓｈｐｏｒｔ．ｉｏ",  # full-width: UTS #46 maps it to hashport.io
    ],
    "official-url": [
        "https://hashport.io",
        "https://hashport.io/",
        "http://hashport-exchange.com/login?next=/wallet#top",
        "https://hashport.io:443/",
        "hashport.io:8443/support",
        "//hashport.io/help",
        "https:/hashport.io",
        "https:\\\\hashport.io\\login",
        "\thttps://www.hashport.io/support\n",
        "HTTPS://HASHPORT-EXCHANGE.COM./Support/",
        "https://hashport.io/?ref=evil.io",
        "https://hashport.io#@evil.io",
        "https://hashport.io?@evil.io",
        "https://user@hashport.io/",
        "https://evil.io@hashport-exchange.com/",
        "<https://hashport.io/fees>",
        "https://hashport.io/hashport-exchange.com.evil.io",
        "https://hashport.io\\@evil.io",  # a backslash is a slash: the host is hashport.io
        "https://hashport.io\\.evil.io",
        "https://hashport.io:443@hashport-exchange.com/",
    ],
    "official-email": [
        "support@hashport-exchange.com",
        "SUPPORT@HASHPORT-EXCHANGE.COM",
        "Support@Hashport-Exchange.com",
        "mailto:support@hashport-exchange.com",
        "mailto:support@hashport-exchange.com?subject=Help",
        "Hashport Support <support@hashport-exchange.com>",
        "help@hashport.io",
        "no-reply@hashport.io",
        "Security@Hashport.IO",
        "<compliance@hashport.io>",
        "support@hashport-exchange.com.",
    ],
    "official-telegram": [
        "@HashportExchange",
        "@hashportexchange",
        "@HASHPORTSUPPORT",
        "t.me/HashportSupport",
        "https://t.me/hashportexchange",
        "https://telegram.me/HashportSupport",
        "t.me/s/HashportExchange",
        "tg://resolve?domain=HashportSupport",
        "https://t.me/HashportSupport/123",
        "HashportSupport",
    ],
    "official-x": [
        "@hashport",
        "@HASHPORT",
        "x.com/hashport",
        "https://x.com/Hashport",
        "twitter.com/hashport",
        "https://twitter.com/hashport/status/1234567890",
        "https://mobile.twitter.com/hashport",
        "https://www.x.com/hashport?lang=en",
        "x.com/@hashport",
    ],
    "official-phone": [
        "+1 415 555 0100",
        "+14155550100",
        "+1 (415) 555-0100",
        "+1-415-555-0100",
        "+1.415.555.0100",
        "(415) 555-0100",
        "415-555-0100",
        "1 415 555 0100",
        "tel:+14155550100",
        "+44 20 7946 0100",
        "+44 (0)20 7946 0100",
        "020 7946 0100",
        "0044 20 7946 0100",
        "+442079460100",
        "011 44 20 7946 0100",
        "tel:+44-20-7946-0100",
        "+1 415 555 0100 ext. 200",
        "1-415-555-0100",
        "415.555.0100",
        "+1 415 5550100",
    ],
}

# --- unrelated values ------------------------------------------------------------------
UNRELATED = [
    "google.com",
    "https://www.google.com/search?q=hashport",
    "github.com",
    "binance.com",
    "https://www.coinbase.com/login",
    "kraken.com",
    "example.org",
    "passport.gov",
    "airport.io",
    "hashnode.com",
    "sport.com",
    "@randomuser",
    "@elonmusk",
    "@passport",
    "t.me/durov",
    "x.com/jack",
    "twitter.com/nasa",
    "john.doe@gmail.com",
    "support@gmail.com",
    "info@example.org",
    "+1 212 555 0199",
    "+44 161 496 0000",
    "+1 415 555 0123",
    "+33 1 23 45 67 89",
    "127.0.0.1",
    "https://10.0.0.1/",
    "hello world",
    "",
    "https://t.me/+AbCdEf123456",
    "mailto:alice@example.com",
    "hashpoint.com",
    "washington.com",
    "hashtag.io",
    "airportexchange.com",
    "passport-exchange.com",
    "https://t.me/joinchat/AAAAAEkk2WdoDrB4",
    "@porthash",
    "hashport exchange",
]

# --- hand-written impersonation ------------------------------------------------------------
IMPERSONATION: dict[str, list[str]] = {
    "brand-in-domain": [
        "hashport-support.com",
        "hashport-exchange-com.net",
        "secure-hashport.io",
        "hashportsupport.net",
        "tn-hashport.com",
        "ft-hashport.com",
        "hashport-login.com",
        "hashport-wallet.app",
        "hashport-kyc.com",
        "my-hashport.io",
        "hashportpro.co.com",
        "hashport-exchange.co.com",
        "id-hashport-nhlqk.daftpage.com",
        "hashport-support.github.io",
        "hashportairdrop.xyz",
        "claim-hashport.org",
        "hashport-recovery.net",
        "https://hashport-exchange-verify.com/login",
        "hashport-exchange.com-secure.info",
        "https://hashport.io.evil.io:8080/login",
    ],
    "hyphenation": [
        "hashportexchange.com",
        "hashport-ex-change.com",
    ],
    "mixed-script": [
        "һаѕһрогт.com",  # all Cyrillic
        "hashpοrt-exchange.com",  # one Greek omicron
        "https://xn--hashprt-exchange-1sl.com/",
    ],
    "subdomain": [
        "hashport-exchange.com.evil.io",
        "login.hashport.io.verify-account.ru",
        "hashport.io.secure-login.net",
        "https://www.hashport-exchange.com.session.top/",
        "support.hashport.io.evil.cn",
        "hashport.io-account.com",
        "https://hashport.verify-kyc.com/",
    ],
    "userinfo": [
        "https://hashport-exchange.com@evil.io/",
        "https://hashport.io%2F@evil.io",
        "http://support.hashport.io:443@evil.io/login",
        "https://www.hashport.io&login=true@203.0.113.7/",
        "HTTPS://HASHPORT.IO@EVIL.IO",
        "https://hashport.io:443@evil.io",
    ],
    "backslash": [
        "https://evil.io\\@hashport.io",  # urllib would say hashport.io; a browser opens evil.io
        "https://evil.io\\hashport-exchange.com",
    ],
    "percent-and-dots": [
        "hashport.io%2eevil.io",
        "https://hashport.io\u3002evil.io/",
        "https://hashport%2Dexchange.com.evil.io/",
    ],
    "brand-in-path": [
        "https://sites.google.com/view/hashport-support",
        "https://evil.io/hashport.io/login",
        "https://forms.gle/hashport-kyc-form",
    ],
    "malformed": [
        "hashport.io..",
    ],
    "handle-affix": [
        "@HashportSupport_",
        "@Hashport_Support",
        "@HashportSupportTeam",
        "@HashportHelp",
        "@HashportOfficial",
        "@hashport_official",
        "@hashportadmin",
        "@Hashport_Admin",
        "@HashportExchange1",
        "@HashportExchangeSupport",
        "@HashportCare",
        "@hashport_io",
        "@hashporthelpdesk",
        "@HashportSupport_bot",
        "@HashportTearn",
        "t.me/HashportSupport1",
        "t.me/Hashport_Exchange",
        "https://t.me/HashportHelpDesk",
        "x.com/hashport_support",
        "@Hashport.Support",
        "@hashport__support",
        "@HashportExchange_Official",
        "@hashport_cs",
        "@realHashport",
        "@TheHashport",
        "@hashport24",
        "@HashportGlobal",
    ],
    "handle-typo": [
        "@HashporrtSupport",
        "@HashportSupprt",
        "@HasportSupport",
        "@HashportExchagne",
        "x.com/hashportt",
        "twitter.com/hashpotr",
    ],
    "handle-homoglyph": [
        "@HashpοrtSupport",  # Greek omicron
        "@HashportЅupport",  # Cyrillic dze
        "@HashportSupp0rt",
        "@HashportSupportl",
        "@HashportSupportI",
        "twitter.com/hashp0rt",
        "x.com/hashpоrt",  # Cyrillic o
        "@HASHP0RTEXCHANGE",
    ],
    "handle-other-network": [
        "x.com/HashportExchange",
        "twitter.com/HashportSupport",
        "t.me/hashport",
    ],
    "email-brand-in-address": [
        "hashport.support@gmail.com",
        "hashportsupport@outlook.com",
        "support.hashport@protonmail.com",
        "hashport-exchange@yahoo.com",
        "h4shport.help@gmail.com",
        "Hashport Support <hashport.helpdesk@gmail.com>",
    ],
    "email-lookalike-domain": [
        "support@hashport-exchange.co",
        "support@hashport-exchange.net",
        "support@hashport.com",
        "support@hashport-support.com",
        "support@hashpoort.io",
        "support@hаshport.io",
        "support@xn--hshport-2fg.io",
        "noreply@hashport-exchange.com.evil.io",
        "Hashport Support <help@hashport-helpdesk.com>",
        "mailto:support@hashport-exchange.com.ru",
        "support@hashport.io.verify-login.ru",
    ],
    "email-unlisted-address": [
        "admin@hashport-exchange.com",
        "security@hashport-exchange.com",
        "support@mail.hashport.io",
    ],
    "phone-near-miss": [
        "+1 415 555 0101",
        "+1 415 555 0110",
        "+1 415 555 1100",
        "+1 415 555 0010",
        "+1 415 555 0200",
        "+1 415 556 0100",
        "+1 (415) 555-0109",
        "+44 20 7946 0101",
        "+44 20 7946 0190",
        "+44 20 7946 1100",
        "(415) 555-0107",
        "020 7946 0109",
    ],
    "phone-other-country": [
        "+44 415 555 0100",
        "+1 207 946 0100",
    ],
    "phone-claims-support": [
        "1-800-HASHPORT",
        "+1 (888) HASHPORT",
        "Hashport Support: +1 888 555 0147",
        "Hashport customer care 1-877-555-0188",
        "Hashport helpline +44 20 7946 0999",
        "Official Hashport hotline: +1 (646) 555-0123",
    ],
}

# Written after the detector was tuned, as a check that it generalises (all passed untuned
# except the two brand-mention values, which led to the lure-word rule for paths).
HELD_OUT: dict[str, list[tuple[str, str]]] = {
    "held-out-domain": [
        ("hashport-exchange.com.co", "impersonation"),
        ("hashport-io.com", "impersonation"),
        ("hashportt-exchange.com", "impersonation"),
        ("https://accounts-hashport.io.tk/", "impersonation"),
        ("hashport.io.com", "impersonation"),
        ("m.hashport.io-verify.info", "impersonation"),
        ("hashport-exchange.com.login.session-id.xyz", "impersonation"),
        ("hashporť.io", "impersonation"),
        ("hashport-exchange.cm", "impersonation"),
        ("hashport-exchange.om", "impersonation"),
        ("hashport.iо", "impersonation"),  # Cyrillic o in the TLD
        ("https://hashport.io@phish.example/login", "impersonation"),
        ("https://docs.google.com/forms/d/e/1FAIpQL/hashport-verification", "impersonation"),
        ("http://hashport-exchange.com.xn--80ak6aa92e.com/", "impersonation"),
        ("HASHPORT-EXCHANGE.COM.EVIL.IO", "impersonation"),
        ("hashport-exchange.com-login.net", "impersonation"),
        ("https://xn--hashport-exchang-4nc.com/", "impersonation"),
    ],
    "held-out-handle": [
        ("@Hashport_Exchange_Support", "impersonation"),
        ("@HashportSupportBot", "impersonation"),
        ("@hashport.helpdesk", "impersonation"),
        ("@HashportAdmin1", "impersonation"),
        ("@HashportSupport2024", "impersonation"),
        ("@Hashport_Supp", "impersonation"),
        ("@HashportSupportt", "impersonation"),
        ("@HashportSuport", "impersonation"),
        ("@HashpotSupport", "impersonation"),
        ("@Hashportsupport_official", "impersonation"),
        ("t.me/HashportSupportBot", "impersonation"),
        ("@HashportExchangeAdmin", "impersonation"),
        ("x.com/HashportHelp", "impersonation"),
        ("x.com/hashport__", "impersonation"),
        ("@hashport_", "impersonation"),
        ("@_hashport", "impersonation"),
    ],
    "held-out-email": [
        ("hashport@gmail.com", "impersonation"),
        ("support-hashport@mail.ru", "impersonation"),
        ("support@hashportexchange.com", "impersonation"),
        ("help@hashport-exchange.org", "impersonation"),
        ("security@hashport.io.com", "impersonation"),
        ("verify@hashport-kyc.net", "impersonation"),
        ("support@hashport-exchange.com.verify.ru", "impersonation"),
    ],
    "held-out-phone": [
        ("+14155550101", "impersonation"),
        ("+1 415-555-0190", "impersonation"),
        ("+44 20 7946 0010", "impersonation"),
        ("Call Hashport 24/7: +1 (415) 555-0199", "impersonation"),
        ("+1 800 555 0100 Hashport support", "impersonation"),
    ],
    "held-out-official": [
        ("https://hashport.io/login?redirect=https%3A%2F%2Fevil.io", "official"),
        ("https://support.hashport-exchange.com/hc/en-us/requests/new", "official"),
        ("HELP@hashport.io", "official"),
        ("tel:+442079460100", "official"),
        ("+44 20 79460100", "official"),
        ("https://t.me/hashportexchange?start=abc", "official"),
        ("twitter.com/Hashport/", "official"),
        ("@HashPortExchange", "official"),
    ],
    "held-out-unrelated": [
        ("coinbase.com", "not_official"),
        ("hashicorp.com", "not_official"),
        ("portal.io", "not_official"),
        ("hash.io", "not_official"),
        ("support.google.com", "not_official"),
        ("@hashicorp", "not_official"),
        ("@support", "not_official"),
        ("@official", "not_official"),
        ("@help", "not_official"),
        ("bitport.io", "not_official"),
        ("+1 650 253 0000", "not_official"),
        ("alice@protonmail.com", "not_official"),
        ("https://t.me/durov/123", "not_official"),
        ("x.com/search?q=hashport", "not_official"),
    ],
    "brand-mention": [  # the brand on another platform, with no lure: not listed, not faked
        ("https://www.reddit.com/r/hashport/", "not_official"),
        ("https://www.youtube.com/@hashport", "not_official"),
    ],
}

# --- programmatic look-alikes -------------------------------------------------------------
HOMOGLYPHS = {
    "a": ["а", "ɑ"],  # Cyrillic a, Latin alpha
    "c": ["с"],
    "e": ["е"],
    "h": ["һ"],
    "o": ["о", "ο", "0"],
    "p": ["р"],
    "s": ["ѕ"],
    "x": ["х"],
}
KEYBOARD = {
    "a": "qwsz",
    "c": "xdfv",
    "e": "wsdr",
    "g": "ftyhbv",
    "h": "gyujnb",
    "n": "bhjm",
    "o": "iklp",
    "p": "ol0",
    "r": "edft",
    "s": "awedxz",
    "t": "rfgy",
    "x": "zsdc",
}
VOWELS = "aeiou"
OTHER_TLDS = ("com", "net", "org", "co", "app", "exchange", "co.uk", "support")


def _split(host: str) -> tuple[str, str]:
    name, _, tld = host.partition(".")
    return name, tld


def omission(name: str) -> list[str]:
    return [name[:i] + name[i + 1 :] for i in range(len(name)) if name[i] != "-"]


def repetition(name: str) -> list[str]:
    return [name[:i] + c + name[i:] for i, c in enumerate(name) if c.isalpha()]


def transposition(name: str) -> list[str]:
    return [
        name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        for i in range(len(name) - 1)
        if name[i] != name[i + 1] and "-" not in name[i : i + 2]
    ]


def replacement(name: str) -> list[str]:
    return [name[:i] + k + name[i + 1 :] for i, c in enumerate(name) for k in KEYBOARD.get(c, "")]


def insertion(name: str) -> list[str]:
    return [
        name[:i] + k + name[i:]
        for i in range(1, len(name))
        for k in KEYBOARD.get(name[i - 1], "")[:1]
    ]


def bitsquatting(name: str) -> list[str]:
    out = []
    for i, c in enumerate(name):
        for bit in range(8):
            flipped = chr(ord(c) ^ (1 << bit))
            if flipped.isascii() and (flipped.islower() or flipped.isdigit()):
                out.append(name[:i] + flipped + name[i + 1 :])
    return out


def hyphenation(name: str) -> list[str]:
    return [
        name[:i] + "-" + name[i:] for i in range(1, len(name)) if "-" not in name[i - 1 : i + 1]
    ]


def vowel_swap(name: str) -> list[str]:
    return [
        name[:i] + v + name[i + 1 :]
        for i, c in enumerate(name)
        if c in VOWELS
        for v in VOWELS
        if v != c
    ]


def homoglyph(name: str) -> list[str]:
    return [name[:i] + g + name[i + 1 :] for i, c in enumerate(name) for g in HOMOGLYPHS.get(c, [])]


def _pick(values: list[str], n: int, exclude: set[str]) -> list[str]:
    """Up to n distinct values spread evenly over the list (deterministic)."""
    uniq = [v for v in dict.fromkeys(values) if v not in exclude]
    if len(uniq) <= n:
        return uniq
    step = len(uniq) / n
    return [uniq[int(i * step)] for i in range(n)]


def generated() -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    exclude = {_split(h)[0] for h in OFFICIAL_HOSTS}
    fuzzers = {
        "typo-omission": (omission, 4),
        "typo-repetition": (repetition, 4),
        "typo-transposition": (transposition, 4),
        "typo-keyboard": (replacement, 5),
        "typo-insertion": (insertion, 4),
        "typo-bitsquatting": (bitsquatting, 5),
        "hyphenation": (hyphenation, 3),
        "typo-vowel-swap": (vowel_swap, 4),
    }
    for host in OFFICIAL_HOSTS:
        name, tld = _split(host)
        for technique, (fn, n) in fuzzers.items():
            for variant in _pick(fn(name), n, exclude):
                rows.append((f"{variant}.{tld}", "impersonation", technique))
        for variant in _pick(homoglyph(name), 6, exclude):
            unicode_host = f"{variant}.{tld}"
            rows.append((unicode_host, "impersonation", "homoglyph"))
            if not variant.isascii():
                puny = idna.encode(unicode_host).decode("ascii")
                rows.append((f"https://{puny}/login", "impersonation", "punycode"))
        for other in OTHER_TLDS:
            if other != tld:
                rows.append((f"{name}.{other}", "impersonation", "other-tld"))
        rows.append((f"{name}{tld.replace('.', '')}.com", "impersonation", "dropped-dot"))
        rows.append((f"www{name}.{tld}", "impersonation", "dropped-dot"))
        rows.append((f"{name[:4]}.{name[4:]}.{tld}", "impersonation", "added-dot"))
    return rows


def corpus() -> list[dict[str, str]]:
    rows: list[tuple[str, str, str]] = []
    for technique, values in OFFICIAL.items():
        rows += [(v, "official", technique) for v in values]
    rows += [(v, "not_official", "unrelated") for v in UNRELATED]
    for technique, values in IMPERSONATION.items():
        # contract: "an address that no entry covers is not official, even at an official
        # domain's subdomain" - it is at the real domain, not made to look like it.
        expected = "not_official" if technique == "email-unlisted-address" else "impersonation"
        rows += [(v, expected, technique) for v in values]
    for technique, pairs in HELD_OUT.items():
        rows += [(v, expected, technique) for v, expected in pairs]
    rows += generated()
    seen: set[str] = set()
    out: list[dict[str, str]] = []
    for value, expected, technique in rows:
        if value in seen:
            continue
        seen.add(value)
        out.append(
            {
                "id": f"c{len(out) + 1:03d}",
                "value": value,
                "expected": expected,
                "technique": technique,
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = corpus()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["expected"]] = counts.get(row["expected"], 0) + 1
    print(f"wrote {len(rows)} values to {args.out}: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
