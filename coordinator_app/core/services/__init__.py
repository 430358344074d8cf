"""Qt-free service functions: the one door for reads and writes. Each write is one unit of work."""
