"""Fill the database with the bilingual demo content of every app (idempotent)."""

from graphlib import CycleError, TopologicalSorter
from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from intloffice import demo_refresh, search
from intloffice.cache import content_changed


def demo_modules():
    """{app label: its ``demo`` module} for every installed app that ships one."""
    modules = {}
    for config in apps.get_app_configs():
        try:
            modules[config.label] = import_module(f"{config.name}.demo")
        except ModuleNotFoundError as exc:
            if exc.name != f"{config.name}.demo":
                raise
    return modules


def demo_order(modules):
    """The app labels in an order where each demo runs after the demos it ``DEPENDS_ON`` (the
    same order on every run). A dependency that has no demo, or a cycle, is an error."""
    graph = {}
    for label, module in modules.items():
        depends_on = tuple(getattr(module, "DEPENDS_ON", ()))
        missing = [name for name in depends_on if name not in modules]
        if missing:
            raise CommandError(
                f"The {label} demo depends on {', '.join(missing)}, which has no demo module "
                "(is the app installed?)."
            )
        graph[label] = depends_on
    try:
        return list(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        cycle = " -> ".join(exc.args[1])
        raise CommandError(f"The demos depend on each other in a circle: {cycle}.") from exc


class Command(BaseCommand):
    help = (
        "Create the demo content: site settings, office pages and each app's demo items, "
        "each app after the apps its demo depends on."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help="Multiply the generated volume (for benchmarks). Default 1.",
        )

    def handle(self, *args, scale, **options):
        if scale < 1 or scale > 1000:
            raise CommandError("--scale must be between 1 and 1000.")
        # Each app with demo content ships a `demo` module (or package) with `seed(scale,
        # stdout)` creating its own rows only, and `DEPENDS_ON`: the apps whose demo rows it
        # links to, which must run first.
        # The search index is rebuilt once at the end (demos may bulk-create, which sends no
        # signals), not entry by entry on each save.
        # Rows kept from an earlier day move forward with "today" (staff edits stay as they are).
        moved = demo_refresh.refresh()
        if moved:
            rows = ", ".join(f"{label}: {count}" for label, count in sorted(moved.items()))
            self.stdout.write(f"dates moved to today for rows nobody edited ({rows}).")
        modules = demo_modules()
        with search.paused():
            for label in demo_order(modules):
                with transaction.atomic():
                    result = modules[label].seed(scale=scale, stdout=self.stdout)
                summary = ", ".join(f"{key}: {value}" for key, value in (result or {}).items())
                self.stdout.write(f"{label}: demo content ready ({summary or 'nothing new'}).")
        with transaction.atomic():
            entries = sum(search.rebuild().values())
        self.stdout.write(f"search: index rebuilt ({entries} entries).")
        # Planner statistics for the new rows: SQLite gathers none by itself (without them it
        # scanned every published partner for the agreements list's partners, 26 ms a page).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        # Demos bulk-create, which sends no signals: empty the page cache of every server.
        content_changed()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
