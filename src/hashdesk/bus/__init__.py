"""Event bus: in-process for one node, Redis pub/sub to fan out across nodes."""

from .base import EventBus, Subscription
from .memory import InProcessBus

__all__ = ["EventBus", "InProcessBus", "Subscription"]
