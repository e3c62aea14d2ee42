"""Pure rules of the association's 章程: no I/O, no Qt, no database."""
