from aibeleid_check.cli import main

raise SystemExit(main())
