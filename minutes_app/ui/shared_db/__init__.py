"""文件 → 连接共享数据库…: the dialog, and the menu action that opens it."""
