"""The web adapter: REST + WebSocket API, agent console, customer widget."""
