"""``python -m coordinator_app`` and the ``coordinator-app`` command start the GUI."""

from __future__ import annotations


def main() -> int:
    from coordinator_app.ui.app import run

    return run()


if __name__ == "__main__":
    raise SystemExit(main())
