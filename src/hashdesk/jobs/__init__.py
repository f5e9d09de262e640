"""Durable timers and background work, stored in the database."""
