"""``python -m kauntaa``: the same entry point as the ``kauntaa`` command."""

import sys

from kauntaa.app import main

sys.exit(main())
