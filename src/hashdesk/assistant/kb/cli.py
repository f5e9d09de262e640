"""`hashdesk kb`: the assistant's knowledge base on the command line.

    hashdesk kb list   [--lang zh] [--kb-dir DIR] [--json]
    hashdesk kb search QUERY [--lang en] [-k 3] [--kb-dir DIR] [--lexical-only] [--json]
    hashdesk kb import SOURCE_DIR --kb-dir DIR [--dry-run]

The knowledge base is the shipped articles overlaid by the operator's directory
(``--kb-dir`` or ``HASHDESK_KB_DIR``): an operator article with the same id and language
replaces the shipped one. The shipped articles are read-only, so `import` needs a
directory; it validates every file first and copies nothing if any is bad.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from hashdesk.domain.catalog import CatalogError, load_catalog

from . import KB_DIR_ENV
from .articles import Article, ArticleError, ArticleErrors, iter_article_files, read_article
from .articles import shipped_dir as _shipped_dir
from .dense import default_encoder
from .index import KnowledgeBase, normalize_language

kb_app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="The assistant's knowledge base: list, search, import articles.",
)

KbDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--kb-dir",
        envvar=KB_DIR_ENV,
        help="Operator article directory (<dir>/<lang>/<id>.md), overlaid on the "
        "shipped articles. Default: $HASHDESK_KB_DIR.",
    ),
]
CatalogOpt = Annotated[
    Path | None,
    typer.Option(
        "--catalog",
        envvar="HASHDESK_CATALOG_FILE",
        help="Catalog TOML whose category ids articles may use. Default: the shipped catalog.",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def register(app: typer.Typer) -> None:
    """Add the ``kb`` command group to `app`."""
    app.add_typer(kb_app, name="kb")


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _categories(catalog: Path | None) -> frozenset[str]:
    try:
        return frozenset(load_catalog(catalog).categories)
    except (CatalogError, OSError) as exc:
        _fail(f"bad catalog: {exc}", code=2)


def _load(kb_dir: Path | None, catalog: Path | None, *, dense: bool) -> KnowledgeBase:
    if kb_dir is not None and not kb_dir.is_dir():
        _fail(f"--kb-dir {kb_dir} is not a directory", code=2)
    try:
        return KnowledgeBase.load(
            *([kb_dir] if kb_dir else []),
            categories=_categories(catalog),
            encoder=default_encoder() if dense else None,
        )
    except ArticleErrors as exc:
        _fail(f"the knowledge base has bad articles:\n{exc}")


def _origin(article: Article) -> str:
    return "shipped" if Path(article.source).is_relative_to(_shipped_dir()) else "operator"


@kb_app.command("list")
def list_command(
    lang: Annotated[str | None, typer.Option("--lang", help="Only this language.")] = None,
    kb_dir: KbDirOpt = None,
    catalog: CatalogOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List the articles: id, language, category, last review, title, origin."""
    kb = _load(kb_dir, catalog, dense=False)
    articles = kb.articles(lang)
    if as_json:
        typer.echo(
            json.dumps(
                [
                    {
                        "id": a.id,
                        "language": a.language,
                        "category": a.category,
                        "title": a.title,
                        "updated": a.updated.isoformat(),
                        "url": a.url_path,
                        "origin": _origin(a),
                    }
                    for a in articles
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    width = max((len(a.id) for a in articles), default=2)
    for a in articles:
        typer.echo(
            f"{a.id:<{width}}  {a.language:<3} {a.category:<18} {a.updated.isoformat()}  "
            f"{_origin(a):<8}  {a.title}"
        )
    langs = Counter(a.language for a in articles)
    typer.echo(
        f"{len(articles)} articles ("
        + ", ".join(f"{n} {lg}" for lg, n in sorted(langs.items()))
        + ")"
    )


@kb_app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(help="The customer's question.")],
    lang: Annotated[str, typer.Option("--lang", help="The question's language.")] = "en",
    k: Annotated[int, typer.Option("-k", "--top", min=1, max=20, help="How many hits.")] = 3,
    kb_dir: KbDirOpt = None,
    catalog: CatalogOpt = None,
    lexical_only: Annotated[
        bool,
        typer.Option(
            "--lexical-only",
            help="Skip the dense encoder (faster start; no cross-language matching).",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Show the best articles for QUERY with their scores, and whether the assistant would
    answer with the first one or abstain (hand off)."""
    kb = _load(kb_dir, catalog, dense=not lexical_only)
    hits = kb.search(query, lang=lang, k=k)
    answer = hits[0] if hits and kb.would_answer(hits[0]) else None
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "query": query,
                    "lang": normalize_language(lang),
                    "threshold": kb.threshold,
                    "answer": answer.article_id if answer else None,
                    "hits": [
                        {
                            "id": h.article_id,
                            "title": h.title,
                            "language": h.language,
                            "url": h.url_path,
                            "score": h.score,
                            "lexical": h.lexical,
                            "dense": h.dense,
                            "cross_language": h.cross_language,
                        }
                        for h in hits
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for rank, h in enumerate(hits, 1):
        flag = "  [cross-language]" if h.cross_language else ""
        typer.echo(
            f"{rank}. {h.score:.3f} (lexical {h.lexical:.3f}, dense {h.dense:.3f})  "
            f"{h.article_id} [{h.language}] {h.title}  {h.url_path}{flag}"
        )
    if answer is not None:
        typer.echo(
            f"would answer: {answer.article_id} ({answer.url_path}); "
            f"score {answer.score:.3f} >= threshold {kb.threshold:g}"
        )
    else:
        best = f"best score {hits[0].score:.3f}" if hits else "no hits"
        typer.echo(f"would abstain and hand off: {best} < threshold {kb.threshold:g}")


@kb_app.command("import")
def import_command(
    source: Annotated[Path, typer.Argument(help="Directory of articles (*.md, any layout).")],
    kb_dir: KbDirOpt = None,
    catalog: CatalogOpt = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Validate only.")] = False,
) -> None:
    """Validate every article under SOURCE and copy them into the operator directory as
    <kb-dir>/<lang>/<id>.md. Nothing is copied if any file is invalid."""
    if not source.is_dir():
        _fail(f"{source} is not a directory", code=2)
    if kb_dir is None:
        _fail(
            "import needs --kb-dir DIR (or $HASHDESK_KB_DIR): the shipped knowledge base "
            "is read-only",
            code=2,
        )
    target = kb_dir.resolve()
    if target == _shipped_dir().resolve() or target.is_relative_to(_shipped_dir().resolve()):
        _fail("--kb-dir points into the shipped knowledge base, which is read-only", code=2)
    allowed = _categories(catalog)
    files = list(iter_article_files(source))
    if not files:
        _fail(f"no articles (*.md) under {source}")
    articles: list[tuple[Path, Article]] = []
    errors: list[str] = []
    seen: dict[tuple[str, str], Path] = {}
    for path in files:
        try:
            art = read_article(path, categories=allowed)
        except ArticleError as exc:
            errors.append(str(exc))
            continue
        if art.key in seen:
            errors.append(
                f"{path}: duplicate article {art.id!r} ({art.language}); also in {seen[art.key]}"
            )
            continue
        seen[art.key] = path
        articles.append((path, art))
    if errors:
        typer.echo("\n".join(f"invalid: {e}" for e in errors), err=True)
        _fail(f"{len(errors)} of {len(files)} file(s) invalid; nothing imported")
    shipped = {
        (a.id, a.language)
        for a in KnowledgeBase.load(
            include_shipped=True, categories=allowed, encoder=None
        ).articles()
        if _origin(a) == "shipped"
    }
    new = replaced = overrides = 0
    for path, art in articles:
        dest = target / art.language / f"{art.id}.md"
        if dest.exists():
            replaced += 1
        else:
            new += 1
        overrides += art.key in shipped
        if not dry_run:
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
    by_id = Counter(art.id for _, art in articles)
    verb = "would import" if dry_run else "imported"
    typer.echo(
        f"{verb} {len(articles)} article(s) into {target}: {new} new, {replaced} replaced, "
        f"{overrides} overriding shipped articles"
    )
    langs = sorted({art.language for _, art in articles})
    if len(langs) > 1:
        for art_id, n in sorted(by_id.items()):
            if n < len(langs):
                have = sorted(a.language for _, a in articles if a.id == art_id)
                typer.echo(
                    f"note: {art_id} is only in {', '.join(have)}; other languages "
                    "fall back to English (or the shipped article)"
                )
