"""Back and forward between condition pages, each remembered with where it was scrolled to."""
from __future__ import annotations


class History:
    """The pages visited, the current position, and each position's scroll offset."""

    def __init__(self):
        self.items: list[str] = []
        self.pos = -1
        self.scrolls: dict[int, int] = {}

    def start(self, condition_id: str) -> None:
        self.items, self.pos, self.scrolls = [condition_id], 0, {}

    def visit(self, condition_id: str) -> None:
        """A page opened by a link, the list or search: what was ahead is dropped."""
        del self.items[self.pos + 1:]
        self.scrolls = {k: v for k, v in self.scrolls.items() if k <= self.pos}
        if not self.items or self.items[-1] != condition_id:
            self.items.append(condition_id)
        self.pos = len(self.items) - 1

    def step(self, n: int) -> tuple[str, int | None] | None:
        """Move back (-1) or forward (+1): (the page, where it was scrolled) or None at either end."""
        if not 0 <= self.pos + n < len(self.items):
            return None
        self.pos += n
        return self.items[self.pos], self.scrolls.get(self.pos)

    def remember(self, scroll: int) -> None:
        if 0 <= self.pos < len(self.items):
            self.scrolls[self.pos] = scroll

    def can_back(self) -> bool:
        return self.pos > 0

    def can_forward(self) -> bool:
        return self.pos < len(self.items) - 1
