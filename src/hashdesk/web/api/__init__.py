"""REST + WebSocket routes under /api/v1."""
