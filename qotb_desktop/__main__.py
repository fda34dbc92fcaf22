from qotb_desktop.cli import main

raise SystemExit(main())
