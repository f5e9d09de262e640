"""Articles: front matter validation, the shipped set, merging operator articles."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from hashdesk.assistant.kb import (
    Article,
    ArticleError,
    ArticleErrors,
    load_dir,
    merge,
    parse_article,
    read_article,
)

from .conftest import article_text, write_article

CATS = frozenset({"general", "deposit"})


def test_good_article_parses() -> None:
    art = parse_article(article_text("deposit-help", category="deposit"), categories=CATS)
    assert art.id == "deposit-help"
    assert art.language == "en"
    assert art.category == "deposit"
    assert art.tags == ("alpha", "beta")
    assert art.updated == date(2026, 11, 1)
    assert art.url_path == "/kb/en/deposit-help"
    assert art.body.startswith("# A test article")


def test_yaml_front_matter_is_accepted() -> None:
    pytest.importorskip("yaml")
    text = (
        "---\nid: yaml-one\ntitle: From YAML\ncategory: general\nlanguage: zh\n"
        "tags: [a, b]\nupdated: 2026-10-02\nquestions: [怎么办]\n---\n正文内容。\n"
    )
    art = parse_article(text, categories=CATS)
    assert (art.id, art.language, art.updated, art.questions) == (
        "yaml-one",
        "zh",
        date(2026, 10, 2),
        ("怎么办",),
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("# no front matter\n", "must start with front matter"),
        ('+++\nid = "x-y"\n', "never closed"),
        ("+++\nid = \n+++\nbody\n", "not valid TOML"),
        (
            article_text().replace('title = "A test article"\n', ""),
            "missing front matter key(s): title",
        ),
        (
            article_text().replace("tags =", 'tittle = "x"\ntags ='),
            "unknown front matter key(s): tittle",
        ),
        (article_text(category="weather"), "`category` 'weather' is not a catalog category"),
        (article_text("Bad_ID"), "`id` 'Bad_ID' must be a slug"),
        (article_text(lang="English"), "`language` 'English' must be a lowercase ISO 639-1"),
        (article_text().replace('["alpha", "beta"]', '"alpha"'), "`tags` must be a list"),
        (article_text().replace("2026-11-01", '"last week"'), "`updated` must be a date"),
        (article_text(body="").replace("# A test article", ""), "no body text"),
    ],
)
def test_bad_article_has_a_clear_error(text: str, problem: str) -> None:
    with pytest.raises(ArticleError) as err:
        parse_article(text, source="kb/en/x.md", categories=CATS)
    assert err.value.source == "kb/en/x.md"
    assert problem in str(err.value)
    assert str(err.value).startswith("kb/en/x.md: ")


def test_file_name_and_folder_must_agree(tmp_path: Path) -> None:
    path = tmp_path / "zh" / "other-name.md"
    path.parent.mkdir()
    path.write_text(article_text("real-name", lang="en"), encoding="utf-8")
    with pytest.raises(ArticleError) as err:
        read_article(path, categories=CATS)
    msg = str(err.value)
    assert "does not match the file name 'other-name'.md" in msg
    assert "does not match the folder 'zh'" in msg


def test_load_dir_reports_every_bad_file(tmp_path: Path) -> None:
    write_article(tmp_path, "fine", "en")
    (tmp_path / "en" / "broken.md").write_text("no front matter", encoding="utf-8")
    write_article(tmp_path, "wrong-cat", "en", category="nope")
    with pytest.raises(ArticleErrors) as err:
        load_dir(tmp_path, categories=CATS)
    sources = sorted(Path(e.source).name for e in err.value.errors)
    assert sources == ["broken.md", "wrong-cat.md"]


def test_merge_operator_wins_on_same_id_and_language() -> None:
    def art(id: str, lang: str, title: str) -> Article:
        return parse_article(article_text(id, lang=lang, title=title), categories=CATS)

    shipped = [art("a-one", "en", "shipped en"), art("a-one", "zh", "shipped zh")]
    operator = [art("a-one", "en", "operator en"), art("b-two", "en", "new")]
    merged = {(a.id, a.language): a.title for a in merge(shipped, operator)}
    assert merged == {
        ("a-one", "en"): "operator en",
        ("a-one", "zh"): "shipped zh",
        ("b-two", "en"): "new",
    }


# -- the shipped knowledge base --------------------------------------------------------


def test_every_shipped_article_exists_in_english_and_chinese(shipped: list[Article]) -> None:
    by_id: dict[str, set[str]] = defaultdict(set)
    for a in shipped:
        by_id[a.id].add(a.language)
    assert 14 <= len(by_id) <= 20
    assert {i: langs for i, langs in by_id.items() if langs != {"en", "zh"}} == {}


def test_shipped_versions_agree_on_category(shipped: list[Article]) -> None:
    cats: dict[str, set[str]] = defaultdict(set)
    for a in shipped:
        cats[a.id].add(a.category)
    assert {i: c for i, c in cats.items() if len(c) != 1} == {}


def test_shipped_categories_are_catalog_ids(
    shipped: list[Article], categories: frozenset[str]
) -> None:
    assert {a.category for a in shipped} <= categories
    # the support topics the brief asks for are all covered
    assert {
        "deposit",
        "withdrawal",
        "account_access",
        "account_security",
        "api_keys",
        "futures",
        "trading",
        "compliance_review",
    } <= {a.category for a in shipped}


def test_shipped_articles_have_summaries_and_never_promise_reversal(
    shipped: list[Article],
) -> None:
    for a in shipped:
        assert a.summary, a.id
        assert a.questions, a.id
        assert a.tags, a.id
    bodies = " ".join(a.body for a in shipped if a.language == "en").lower()
    assert "we will reverse" not in bodies and "we can reverse" not in bodies
    assert "irreversible" in bodies or "cannot be reversed" in bodies


def test_verify_article_points_to_verify_page_and_official_channels(
    shipped: list[Article],
) -> None:
    for a in shipped:
        if a.id == "verify-official-contact":
            assert "/verify" in a.body
            assert "hashport-exchange.com" in a.body
            assert "@HashportSupport" in a.body
