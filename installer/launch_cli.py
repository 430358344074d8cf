"""Entry script of the frozen command line (PyInstaller): the same as the ``coordinator-cli`` command."""

from coordinator_app.cli import main

raise SystemExit(main())
