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
#: 128 + SIGPIPE, what a shell reports for a command whose reader went away (``| head``),
#: as 130 is 128 + SIGINT for Ctrl+C.
EXIT_BROKEN_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    """The ``kauntaa`` command. A reader that stops early (``kauntaa summary | head``) ends it quietly.

    Python's documented way: flush inside the guard, and on a broken pipe point
    stdout at devnull so the interpreter's own flush at exit has nowhere to fail.
    The status is 141, not 0: the output was cut short, as for any Unix tool, and
    a script with ``set -o pipefail`` can tell.
    """
    # A belt beside the explicit owner-only modes (kauntaa.private): whatever else this
    # run creates, through SQLite, Qt or the standard library, is owner-only too. Set
    # back on return, so main called in-process (the tests, a script) leaves no trace.
    previous_umask = os.umask(PRIVATE_UMASK) if os.name != "nt" else None
    try:
        try:
            try:
                return _main(argv)
            finally:
                if sys.stdout is not None:  # None in a windowed build on Windows
                    sys.stdout.flush()
        except BrokenPipeError:
            _stdout_to_devnull()
            return EXIT_BROKEN_PIPE
    finally:
        if previous_umask is not None:
            os.umask(previous_umask)


def _stdout_to_devnull() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (a test's capture)
        pass
    finally:
        os.close(devnull)


def _say(exc: KauntaaError, language: str) -> None:
    from kauntaa.cli.render import printable  # the names in a message may hold anything

    print(printable(exc.text(language)), file=sys.stderr)


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
            script = launch.screenshot(
                Path(args.screenshot),
                view=args.view,
                select=args.select,
                force=args.force_screenshot,
            )
        options = launch.GuiOptions(theme=args.theme, language=args.lang, script=script)
        return launch.run_gui(paths, settings, options)
    except UserError as exc:
        _say(exc, language)
        return EXIT_BAD_INPUT
    except KauntaaError as exc:
        _say(exc, language)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
