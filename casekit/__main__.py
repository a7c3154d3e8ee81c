"""`python -m casekit`."""
import sys

from casekit.cli import main

sys.exit(main())
