"""Use cases: every channel and entrypoint calls these and only these to change state."""
