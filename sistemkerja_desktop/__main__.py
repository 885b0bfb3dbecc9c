"""`python -m sistemkerja_desktop` opens the GUI."""

from sistemkerja_desktop.app import main

raise SystemExit(main())
