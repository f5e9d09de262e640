"""Knowledge-base articles: Markdown files with TOML (``+++``) or YAML (``---``) front matter.

One file per article per language, laid out as ``<dir>/<language>/<id>.md``; the same ``id``
in every language. Front matter keys:

    id         slug: lowercase letters, digits and hyphens           (required)
    title      the article's title                                     (required)
    category   a catalog category id (catalog.md)                      (required)
    language   ISO 639-1 code of the text, e.g. en, zh                 (required)
    tags       list of keywords and synonyms customers use             (required, may be empty)
    updated    date of the last review, YYYY-MM-DD                     (required)
    summary    one or two sentences the assistant can quote            (optional)
    questions  list of ways customers ask about it                     (optional)

Loading is all-or-nothing per file: `parse_article` raises `ArticleError` naming the file
and the problem; `load_dir` collects every file's errors before raising.
"""

from __future__ import annotations

import importlib
import re
import tomllib
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,79}$")
LANG_RE = re.compile(r"^[a-z]{2,3}$")
REQUIRED = ("id", "title", "category", "language", "tags", "updated")
OPTIONAL = ("summary", "questions")


class ArticleError(ValueError):
    """An article file is malformed. `source` names the file, `problems` lists what is wrong."""

    def __init__(self, source: str, problems: Iterable[str]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__(f"{source}: " + "; ".join(self.problems))


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    category: str
    language: str
    tags: tuple[str, ...]
    updated: date
    body: str
    summary: str = ""
    questions: tuple[str, ...] = ()
    source: str = field(default="", compare=False)

    @property
    def url_path(self) -> str:
        return f"/kb/{self.language}/{self.id}"

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.language)


def split_front_matter(text: str) -> tuple[str, str, str]:
    """``(format, front matter, body)`` where format is ``toml`` or ``yaml``."""
    text = text.lstrip("\ufeff")
    first, _, rest = text.partition("\n")
    fence = first.strip()
    if fence not in ("+++", "---"):
        raise ValueError(
            "the file must start with front matter: a line `+++` (TOML) or `---` (YAML)"
        )
    match = re.search(rf"^{re.escape(fence)}[ \t]*$", rest, flags=re.MULTILINE)
    if match is None:
        raise ValueError(f"front matter opened with `{fence}` is never closed")
    return ("toml" if fence == "+++" else "yaml", rest[: match.start()], rest[match.end() :])


def _parse_meta(fmt: str, raw: str) -> dict[str, Any]:
    if fmt == "toml":
        try:
            return tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"front matter is not valid TOML: {exc}") from exc
    try:
        yaml: Any = importlib.import_module("yaml")
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ValueError("YAML front matter needs PyYAML installed; or use TOML (`+++`)") from exc
    try:
        meta = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise ValueError(f"front matter is not valid YAML: {exc}") from exc
    if not isinstance(meta, dict):
        raise ValueError("front matter must be a mapping of keys to values")
    return meta


def _str_list(meta: dict[str, Any], key: str, problems: list[str]) -> tuple[str, ...]:
    value = meta.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"`{key}` must be a list of non-empty strings")
        return ()
    return tuple(v.strip() for v in value)


def _date(value: Any, problems: list[str]) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    problems.append("`updated` must be a date, YYYY-MM-DD")
    return date.min


def parse_article(
    text: str,
    *,
    source: str = "<string>",
    categories: Collection[str] | None = None,
    expect_id: str | None = None,
    expect_language: str | None = None,
) -> Article:
    """Parse and validate one article. `categories`: the allowed catalog ids (None: any).
    `expect_id` / `expect_language`: what the file's name and folder say it is."""
    try:
        fmt, raw, body = split_front_matter(text)
        meta = _parse_meta(fmt, raw)
    except ValueError as exc:
        raise ArticleError(source, [str(exc)]) from exc
    problems: list[str] = []
    missing = [k for k in REQUIRED if k not in meta]
    if missing:
        problems.append("missing front matter key(s): " + ", ".join(missing))
    unknown = sorted(set(meta) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        problems.append(
            "unknown front matter key(s): "
            + ", ".join(unknown)
            + f" (allowed: {', '.join(REQUIRED + OPTIONAL)})"
        )
    for key in ("id", "title", "category", "language", "summary"):
        if key in meta and not isinstance(meta[key], str):
            problems.append(f"`{key}` must be a string")
    art_id = str(meta.get("id", "")).strip()
    if "id" in meta and not ID_RE.match(art_id):
        problems.append(f"`id` {art_id!r} must be a slug: lowercase letters, digits and hyphens")
    language = str(meta.get("language", "")).strip()
    if "language" in meta and not LANG_RE.match(language):
        problems.append(
            f"`language` {language!r} must be a lowercase ISO 639-1 code such as en, zh"
        )
    title = str(meta.get("title", "")).strip()
    if "title" in meta and not title:
        problems.append("`title` is empty")
    category = str(meta.get("category", "")).strip()
    if "category" in meta and categories is not None and category not in categories:
        allowed = ", ".join(sorted(categories))
        problems.append(f"`category` {category!r} is not a catalog category (one of: {allowed})")
    tags = _str_list(meta, "tags", problems)
    questions = _str_list(meta, "questions", problems)
    updated = _date(meta.get("updated"), problems) if "updated" in meta else date.min
    if not body.strip():
        problems.append("the article has no body text after the front matter")
    if expect_id is not None and art_id and art_id != expect_id:
        problems.append(f"`id` {art_id!r} does not match the file name {expect_id!r}.md")
    if expect_language is not None and language and language != expect_language:
        problems.append(f"`language` {language!r} does not match the folder {expect_language!r}")
    if problems:
        raise ArticleError(source, problems)
    return Article(
        id=art_id,
        title=title,
        category=category,
        language=language,
        tags=tags,
        updated=updated,
        body=body.strip(),
        summary=str(meta.get("summary", "")).strip(),
        questions=questions,
        source=source,
    )


def iter_article_files(root: Path) -> Iterator[Path]:
    """Every ``*.md`` file under `root`, sorted, skipping hidden files and README.md."""
    for path in sorted(root.rglob("*.md")):
        if path.name.startswith(".") or path.name.lower() == "readme.md":
            continue
        yield path


def read_article(path: Path, *, categories: Collection[str] | None = None) -> Article:
    """Read one file; the folder must be the language when it looks like one."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleError(str(path), [f"cannot read: {exc}"]) from exc
    parent = path.parent.name
    return parse_article(
        text,
        source=str(path),
        categories=categories,
        expect_id=path.stem,
        expect_language=parent if LANG_RE.match(parent) else None,
    )


class ArticleErrors(ValueError):
    """Several files failed validation."""

    def __init__(self, errors: list[ArticleError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def load_dir(root: Path, *, categories: Collection[str] | None = None) -> list[Article]:
    """All articles under `root`; raises `ArticleErrors` listing every bad file, or when
    two files define the same id and language."""
    articles: list[Article] = []
    errors: list[ArticleError] = []
    seen: dict[tuple[str, str], str] = {}
    for path in iter_article_files(root):
        try:
            art = read_article(path, categories=categories)
        except ArticleError as exc:
            errors.append(exc)
            continue
        if art.key in seen:
            errors.append(
                ArticleError(
                    str(path),
                    [f"duplicate article {art.id!r} ({art.language}); also in {seen[art.key]}"],
                )
            )
            continue
        seen[art.key] = str(path)
        articles.append(art)
    if errors:
        raise ArticleErrors(errors)
    return articles


def shipped_dir() -> Path:
    """The knowledge base that ships with hashdesk (read-only)."""
    return Path(str(resources.files("hashdesk.assistant").joinpath("data/kb")))


def merge(*layers: Iterable[Article]) -> list[Article]:
    """Later layers win on the same id and language (operator articles over shipped ones)."""
    merged: dict[tuple[str, str], Article] = {}
    for layer in layers:
        for art in layer:
            merged[art.key] = art
    return sorted(merged.values(), key=lambda a: (a.id, a.language))
