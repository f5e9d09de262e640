"""Cross-language query expansion (data/kb/glossary.toml): support vocabulary in languages
without articles, mapped to English index terms. See the file's header for the key syntax."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .text import normalize


@dataclass(frozen=True, slots=True)
class Glossary:
    entries: Mapping[str, tuple[tuple[re.Pattern[str], str], ...]]

    @classmethod
    def parse(cls, raw: Mapping[str, object], *, source: str = "<glossary>") -> Glossary:
        entries: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {}
        for lang, table in raw.items():
            if not isinstance(table, dict):
                raise ValueError(f'{source}: [{lang}] must be a table of "term" = "english"')
            compiled = []
            for key, value in table.items():
                if not isinstance(value, str) or not key.strip():
                    raise ValueError(f"{source}: [{lang}] {key!r} must map to English text")
                compiled.append((_pattern(key), value))
            entries[lang] = tuple(compiled)
        return cls(entries)

    @classmethod
    def load(cls, path: Path) -> Glossary:
        if not path.is_file():
            return cls({})
        with path.open("rb") as fh:
            return cls.parse(tomllib.load(fh), source=str(path))

    def expand(self, query: str, lang: str) -> str:
        """The English text for the glossary terms found in `query` ('' if none)."""
        table = self.entries.get(lang)
        if not table:
            return ""
        q = normalize(query)
        return " ".join(english for pattern, english in table if pattern.search(q))


def _pattern(key: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in normalize(key.strip()).split("*")]
    body = r"\w*".join(parts)
    tail = "" if key.strip().endswith("*") else r"(?!\w)"
    return re.compile(rf"(?<!\w){body}{tail}")
