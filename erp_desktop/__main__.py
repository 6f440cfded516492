"""python -m erp_desktop"""

from erp_desktop.cli import main

raise SystemExit(main())
