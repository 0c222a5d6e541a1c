"""The frozen app's entry point: the same ``main`` as the ``kauntaa`` command."""

import sys

from kauntaa.app import main

sys.exit(main())
