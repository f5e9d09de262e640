from hashdesk.store.migrate import check


def test_migrations_match_the_models(database_url: str) -> None:
    check(database_url)  # raises if `alembic revision --autogenerate` would find a change
