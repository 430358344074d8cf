"""Entry script of the frozen GUI (PyInstaller): the same as the ``coordinator-app`` command."""

from coordinator_app.__main__ import main

raise SystemExit(main())
