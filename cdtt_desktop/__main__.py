"""`python -m cdtt_desktop` starts the window."""

from cdtt_desktop.app import main

raise SystemExit(main())
