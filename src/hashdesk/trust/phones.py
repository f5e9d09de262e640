"""Phone numbers: read any common notation, compare by digits in international form.

A number written with ``+`` or ``00`` is read as international. Without them it is read
in each region of the registry's own numbers (``(415) 555-0100`` in the US,
``020 7946 0100`` in the UK); it is official if any reading is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import phonenumbers

from hashdesk.trust.brand import Brand
from hashdesk.trust.lookalike import Resemblance, find_token
from hashdesk.trust.registry import OfficialPhone
from hashdesk.trust.skeleton import distance

SUPPORT_WORDS = re.compile(
    r"support|help|hot ?line|care|service|official|customer|contact|assist|desk|team|agent",
    re.IGNORECASE,
)
_NUMBER_IN_TEXT = re.compile(r"(?:\+|\b00|\b)\d[\d\s().\-/\u2010-\u2015]{5,}\d")
_EXTENSION = re.compile(r"\s*(?:ext\.?|extension|x|#)\s*\d{1,6}\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PhoneReading:
    """One way to read the number: `e164` like ``+14155550100``."""

    e164: str
    country_code: int
    national: str


@dataclass(frozen=True, slots=True)
class PhoneText:
    number: str  # the number part as written
    vanity: str  # letters written inside the number (1-800-HASHPORT)
    label: str  # words around the number (Hashport Support: …)
    readings: tuple[PhoneReading, ...]


def read_phone(text: str, regions: Sequence[str]) -> PhoneText:
    """Split label from number and read the number in every plausible way; never raises."""
    text = text.strip()
    number, label = text, ""
    if re.search(r"[A-Za-z]", _EXTENSION.sub("", text)):
        found = _NUMBER_IN_TEXT.search(text)
        vanity_like = re.fullmatch(r"\+?[\d\s().\-]*\d[\d\s().\-]*[A-Za-z][A-Za-z\d\s().\-]*", text)
        if vanity_like:
            number = text
        elif found:
            number = found.group(0)
            label = (text[: found.start()] + " " + text[found.end() :]).strip(" :-,;")
    vanity = "".join(re.findall(r"[A-Za-z]+", _EXTENSION.sub("", number)))
    compact = re.sub(r"[\s().\-/\u2010-\u2015]", "", number)
    if compact.startswith("00"):
        number = "+" + compact[2:]
    readings: dict[str, PhoneReading] = {}
    attempts: list[str | None] = [None] if number.lstrip().startswith("+") else list(regions)
    for region in attempts:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if not parsed.country_code or not parsed.national_number:
            continue
        e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        readings.setdefault(
            e164,
            PhoneReading(
                e164, parsed.country_code, phonenumbers.national_significant_number(parsed)
            ),
        )
    return PhoneText(number=number, vanity=vanity, label=label, readings=tuple(readings.values()))


def official_match(phone: PhoneText, officials: Sequence[OfficialPhone]) -> OfficialPhone | None:
    by_e164 = {p.e164: p for p in officials}
    for reading in phone.readings:
        if reading.e164 in by_e164:
            return by_e164[reading.e164]
    return None


def phone_resemblance(
    phone: PhoneText, officials: Sequence[OfficialPhone], brand: Brand
) -> Resemblance | None:
    """How an unofficial number imitates an official one, if it does."""
    shown = phone.number.strip()
    best: tuple[int, Resemblance] | None = None
    for reading in phone.readings:
        digits = reading.e164.lstrip("+")
        for off in officials:
            edits = distance(digits, off.e164.lstrip("+"), 1)
            if edits <= 1 and len(digits) >= 7:
                cand = (
                    edits,
                    Resemblance(
                        "phone-near-miss",
                        f"{reading.e164} is one digit away from the official {off.listed}",
                        off.listed,
                    ),
                )
            elif reading.national == off.national and reading.country_code != off.country_code:
                cand = (
                    2,
                    Resemblance(
                        "phone-other-country",
                        f"{reading.e164} is the official number {off.listed} "
                        "under another country code",
                        off.listed,
                    ),
                )
            else:
                continue
            if best is None or cand[0] < best[0]:
                best = cand
    if best is not None:
        return best[1]
    closest = _closest(phone, officials)
    if phone.vanity and find_token(phone.vanity, brand) is not None:
        return Resemblance(
            "phone-vanity",
            f"{shown} spells the brand in its digits but is not an official number",
            closest,
        )
    if phone.label and (find_token(phone.label, brand) or SUPPORT_WORDS.search(phone.label)):
        return Resemblance(
            "phone-claims-support",
            f"{shown} is presented as '{phone.label}' but is not an official number",
            closest,
        )
    return None


def _closest(phone: PhoneText, officials: Sequence[OfficialPhone]) -> str:
    if not officials:
        return ""
    digits = [r.e164.lstrip("+") for r in phone.readings] or [re.sub(r"\D", "", phone.number)]
    return min(officials, key=lambda o: min(distance(d, o.e164.lstrip("+")) for d in digits)).listed
