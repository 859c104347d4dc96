"""aibeleid-check: a linter for AI-usage policies (AI-gebruiksbeleid) written from the Dutch one-page template."""

__version__ = "0.1.0"
