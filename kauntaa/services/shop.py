"""The shop: every service over one open database, built once at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kauntaa import private
from kauntaa.outputs import Outputs
from kauntaa.services.activity import ActivityService
from kauntaa.services.backups import BackupService
from kauntaa.services.circles import CircleService
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.services.connections import ConnectionService
from kauntaa.services.customers import CustomerService
from kauntaa.services.demo import DemoService
from kauntaa.services.exporting import ExportService
from kauntaa.services.importing import ImportService
from kauntaa.services.introductions import IntroductionService
from kauntaa.services.newsletter import NewsletterService
from kauntaa.services.privacy import PrivacyService
from kauntaa.services.suggestions import SuggestionService
from kauntaa.services.summary import SummaryService
from kauntaa.storage.database import Database, open_database, quick_check
from kauntaa.storage.leftovers import remove_leftovers


@dataclass(slots=True)
class Shop:
    database: Database
    backup_dir: Path
    clock: Clock = wall_clock
    customers: CustomerService = field(init=False)
    activity: ActivityService = field(init=False)
    introductions: IntroductionService = field(init=False)
    suggestions: SuggestionService = field(init=False)
    newsletter: NewsletterService = field(init=False)
    circles: CircleService = field(init=False)
    connections: ConnectionService = field(init=False)
    summary: SummaryService = field(init=False)
    backups: BackupService = field(init=False)
    demo: DemoService = field(init=False)
    privacy: PrivacyService = field(init=False)
    importing: ImportService = field(init=False)
    exporting: ExportService = field(init=False)
    #: The one writer of every output, which keeps the shop's own files out of reach.
    outputs: Outputs = field(init=False)

    def __post_init__(self) -> None:
        sessions = self.database.sessions
        # The backup folder is asked each time: the window can move it while it runs.
        self.outputs = Outputs(self.database.path, lambda: self.backup_dir)
        self.customers = CustomerService(sessions, self.clock)
        self.activity = ActivityService(sessions, self.clock)
        self.introductions = IntroductionService(sessions, self.clock)
        self.suggestions = SuggestionService(sessions, self.clock)
        self.newsletter = NewsletterService(sessions, self.outputs, self.clock)
        self.circles = CircleService(sessions, self.clock)
        self.connections = ConnectionService(sessions, self.clock)
        self.summary = SummaryService(sessions, self.clock)
        self.backups = BackupService(self.database.path, self.backup_dir, self.outputs)
        self.demo = DemoService(sessions, self.clock)
        self.privacy = PrivacyService(sessions, self.clock)
        self.importing = ImportService(sessions, self.backups, self.clock)
        self.exporting = ExportService(sessions, self.outputs)

    @classmethod
    def open(
        cls,
        database_path: Path,
        backup_dir: Path,
        *,
        clock: Clock = wall_clock,
        check: bool = True,
        new_shop: bool = False,
    ) -> Shop:
        """``check=False`` leaves the file's quick_check to a later ``check_file`` call.

        ``new_shop`` starts an empty shop where the data file is missing although
        backups or set-aside files show there was one: only when the owner asks.

        Both front ends open the shop here, so this is where the temporary files of an
        interrupted backup, restore or repair are removed, and where a data file left
        readable by others (by an older Kauntaa, or a restore) is made owner-only
        before SQLite opens it and gives its -wal and -shm the same mode.
        """
        private.make_folder(database_path.parent)
        for path in (database_path, *(Path(f"{database_path}{s}") for s in ("-wal", "-shm"))):
            private.restrict(path)
        remove_leftovers(database_path, backup_dir)
        database = open_database(
            database_path, backup_dir=backup_dir, check=check, new_shop=new_shop
        )
        return cls(database, backup_dir, clock)

    def check_file(self) -> str | None:
        """None when SQLite finds the data file sound, else what it reports."""
        return quick_check(self.database.path)

    def close(self) -> None:
        self.database.close()
