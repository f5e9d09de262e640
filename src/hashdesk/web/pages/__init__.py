"""Server-rendered pages: the agent console and the customer widget (en / zh)."""
