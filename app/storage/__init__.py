"""SQLCipher storage: the only place SQL lives (migrations, repositories, audit chain)."""
