"""``manage.py scheduler``: the scheduled jobs of PORTAL_SCHEDULE (cms/schedule.py).

scheduler list                  the jobs, their commands and periods
scheduler run                   the scheduler process (make run, make prod): every job, every period
scheduler once NAME [NAME...]   run jobs now (what the systemd timers start); exit 1 if one failed
scheduler systemd DIR [--check] write the timer units into DIR, or only compare them (exit 1 on drift)
"""

import signal
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.schedule import job_run, schedule_job, schedule_jobs, scheduler_build, systemd_drift, systemd_timers


class Command(BaseCommand):
    help = "Runs, lists and exports (as systemd timers) the scheduled jobs declared in PORTAL_SCHEDULE."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("list", help="List the jobs.")
        actions.add_parser("run", help="Run the scheduler until SIGINT or SIGTERM.")
        once = actions.add_parser("once", help="Run the named jobs now.")
        once.add_argument("names", nargs="+")
        systemd = actions.add_parser("systemd", help="Write (or --check) the systemd timer units.")
        systemd.add_argument("directory")
        systemd.add_argument("--check", action="store_true", help="Compare only; exit 1 when they differ.")

    def handle(self, *args, action, **options):
        getattr(self, f"_{action}")(**options)

    def _list(self, **options):
        for job in schedule_jobs():
            self.stdout.write(f"{job.name:24} every {job.every:>6} s  manage.py {' '.join(job.command)}")

    def _run(self, **options):
        scheduler = scheduler_build()

        def stop(signum, frame):
            scheduler.shutdown(wait=False)

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        jobs = ", ".join(f"{job.name} ({job.every} s)" for job in schedule_jobs())
        self.stdout.write(f"Scheduler running: {jobs}", ending="\n")
        self.stdout.flush()
        scheduler.start()
        self.stdout.write("Scheduler stopped.")

    def _once(self, *, names, **options):
        try:
            jobs = [schedule_job(name) for name in names]
        except KeyError as exc:
            raise CommandError(f"No scheduled job named {exc.args[0]!r} (see `manage.py scheduler list`).") from exc
        failed = [job.name for job in jobs if not job_run(job=job, stdout=self.stdout)]
        if failed:
            self.stderr.write(f"Failed: {', '.join(failed)}")
            sys.exit(1)

    def _systemd(self, *, directory, check, **options):
        target = Path(directory)
        if check:
            drift = systemd_drift(target)
            if drift:
                self.stderr.write("The timer units differ from PORTAL_SCHEDULE: " + "; ".join(drift))
                self.stderr.write(f"Regenerate them: python manage.py scheduler systemd {directory}")
                sys.exit(1)
            self.stdout.write("The timer units match PORTAL_SCHEDULE.")
            return
        target.mkdir(parents=True, exist_ok=True)
        for stale in target.glob("portal-job-*.timer"):
            stale.unlink()
        for name, text in systemd_timers().items():
            (target / name).write_text(text)
            self.stdout.write(f"wrote {target / name}")
