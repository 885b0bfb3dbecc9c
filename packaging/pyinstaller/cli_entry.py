"""Entry script of the frozen console program `sistemkerja` (the console script in
pyproject.toml: sistemkerja_desktop.cli.main:main)."""

from sistemkerja_desktop.cli.main import main

raise SystemExit(main())
