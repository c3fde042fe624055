"""Commands that answer: ask and chat."""
