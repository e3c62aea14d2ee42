"""The message catalogue by area; `domain.message_texts` merges them into one `TEXTS`.

Each module holds `TEXTS: dict[str, tuple[str, str]]`, code → (Chinese, English).
"""
