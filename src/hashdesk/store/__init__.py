"""Storage adapter: SQLAlchemy Core tables, Alembic migrations, the group-commit writer."""
