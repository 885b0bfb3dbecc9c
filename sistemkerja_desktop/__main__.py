"""`python -m sistemkerja_desktop` opens the GUI."""

try:
    from sistemkerja_desktop.app import main
except ImportError as exc:  # Qt's own libraries missing: say in Indonesian what to install
    from sistemkerja_desktop.qt_check import explain_import_error

    if (message := explain_import_error(exc)) is None:
        raise
    raise SystemExit(message) from None

raise SystemExit(main())
