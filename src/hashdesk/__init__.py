"""hashdesk: the customer-support desk for cryptocurrency exchanges."""

__version__ = "0.1.0"
