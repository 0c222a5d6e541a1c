"""Start-up: arguments → paths → settings → database → services → command line or window.

With a command (``kauntaa search たなか``) it runs the command line and never
loads Qt. With none it opens the counter window on the default database.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from kauntaa.cli.parser import build_parser
from kauntaa.errors import KauntaaError, UserError
from kauntaa.paths import resolve_paths
from kauntaa.private import PRIVATE_UMASK
from kauntaa.settings import load_settings

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


def main(argv: Sequence[str] | None = None) -> int:
    # A belt beside the explicit owner-only modes (kauntaa.private): whatever else this
    # run creates, through SQLite, Qt or the standard library, is owner-only too. Set
    # back on return, so main called in-process (the tests, a script) leaves no trace.
    previous_umask = os.umask(PRIVATE_UMASK) if os.name != "nt" else None
    try:
        return _main(argv)
    finally:
        if previous_umask is not None:
            os.umask(previous_umask)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    paths = resolve_paths(args.data_dir)
    settings = load_settings(paths.settings_file)
    language = args.lang or settings.effective_language
    try:
        if args.command:
            from kauntaa.cli.runner import run_command  # the services, SQLAlchemy and all

            return run_command(args, paths, language)
        from pathlib import Path

        from kauntaa.gui import launch  # Qt is loaded only for the window

        script: launch.Script | None = None
        if args.self_test:
            script = launch.self_test
        elif args.screenshot:
            script = launch.screenshot(Path(args.screenshot), view=args.view, select=args.select)
        options = launch.GuiOptions(theme=args.theme, language=args.lang, script=script)
        return launch.run_gui(paths, settings, options)
    except UserError as exc:
        print(exc.text(language), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KauntaaError as exc:
        print(exc.text(language), file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
