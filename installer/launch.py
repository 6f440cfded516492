"""The bundle's entry point: the same command line as ``erp-desktop``."""

from erp_desktop.cli import main

raise SystemExit(main())
