"""Pure domain: customers, agents, conversations, cases, messages, policies."""
