"""The assistant: answers first, asks for materials, hands off (issue 5 grows it)."""
