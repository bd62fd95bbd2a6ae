"""Scheduled work, declared once (``PORTAL_SCHEDULE`` in the settings: a name, a management command, a
period in seconds) and run the same way everywhere:

- ``manage.py scheduler run``: one long-running process (``make run``, ``make prod``) driven by APScheduler;
- systemd timers on a production machine: ``deploy/systemd/portal-job-<name>.timer``, generated from the
  declaration by ``manage.py scheduler systemd deploy/systemd`` (a test fails when they drift), each starting
  ``portal-job@<name>.service``, i.e. ``manage.py scheduler once <name>``.

Both call ``job_run``: the command runs in-process, its output and duration are logged, and a failure is
logged and reported (exit status 1 under systemd) without stopping the other jobs. The first run comes
``first_delay`` after start (the period, at most five minutes), then every period.

Why APScheduler (3.x) rather than a loop of our own: it has been maintained since 2009, and gives what a
loop gets wrong: a job never overlaps itself (``max_instances=1``), runs missed while the process was busy
are coalesced into one instead of piling up, a slow daily job does not delay the minute job (a thread pool),
and a clean shutdown on SIGTERM/SIGINT. It needs no broker or extra database table (django-tasks, which the
project already uses, has no periodic tasks). Only one scheduler (or one machine's timers) should run per
site: two would run each job twice, which the jobs tolerate (each is idempotent) but which wastes work.
"""

import io
import logging
import re
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connections
from django.utils import timezone

logger = logging.getLogger(__name__)

NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
MAX_FIRST_DELAY = 300
TIMER_PREFIX = "portal-job-"


@dataclass(frozen=True)
class Job:
    name: str
    command: tuple[str, ...]
    every: int
    help: str = ""

    @property
    def first_delay(self) -> int:
        return min(self.every, MAX_FIRST_DELAY)


def schedule_jobs() -> list[Job]:
    """The declared jobs, validated: unique names usable in unit file names, a command, a period of at least 10 s."""
    jobs = []
    for entry in settings.PORTAL_SCHEDULE:
        job = Job(name=entry["name"], command=tuple(entry["command"]), every=int(entry["every"]), help=entry["help"])
        if not NAME.match(job.name) or not job.command or job.every < 10:
            raise ImproperlyConfigured(f"PORTAL_SCHEDULE: invalid job {entry!r}")
        jobs.append(job)
    if len({job.name for job in jobs}) != len(jobs):
        raise ImproperlyConfigured("PORTAL_SCHEDULE: job names must be unique")
    return jobs


def schedule_job(name: str) -> Job:
    for job in schedule_jobs():
        if job.name == name:
            return job
    raise KeyError(name)


def job_run(*, job: Job, stdout=None) -> bool:
    """Runs one job now in this thread; True when it succeeded. Never raises (a failure is logged)."""
    out = io.StringIO() if stdout is None else stdout
    started = time.monotonic()
    try:
        call_command(*job.command, stdout=out, stderr=out)
    except Exception:
        logger.exception("Scheduled job %s (%s) failed", job.name, " ".join(job.command))
        return False
    finally:
        _release_connections()
    summary = out.getvalue().strip().splitlines()[-1:] if stdout is None else []
    logger.info("Scheduled job %s done in %.1f s. %s", job.name, time.monotonic() - started, " ".join(summary))
    return True


def _release_connections() -> None:
    """This thread's connections go back to the pool (or are closed), unless a caller's transaction holds one."""
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close()


def scheduler_build(jobs: list[Job] | None = None) -> BlockingScheduler:
    """An APScheduler scheduler with every declared job; ``start()`` blocks until SIGINT/SIGTERM."""
    scheduler = BlockingScheduler(
        executors={"default": ThreadPoolExecutor(max_workers=3)},
        job_defaults={"coalesce": True, "max_instances": 1},
        timezone=settings.TIME_ZONE,
    )
    now = timezone.now()
    for job in jobs if jobs is not None else schedule_jobs():
        scheduler.add_job(
            job_run,
            IntervalTrigger(seconds=job.every, timezone=settings.TIME_ZONE),
            kwargs={"job": job},
            id=job.name,
            name=job.name,
            next_run_time=now + timedelta(seconds=job.first_delay),
            misfire_grace_time=job.every,
        )
    return scheduler


def systemd_timer(job: Job) -> str:
    accuracy = "1s" if job.every <= 600 else "1min"
    return (
        f"# Generated by `manage.py scheduler systemd` from PORTAL_SCHEDULE ({job.name}): do not edit by hand.\n"
        "[Unit]\n"
        f"Description=Investment portal: {job.help}\n"
        "\n"
        "[Timer]\n"
        f"OnBootSec={job.first_delay}s\n"
        f"OnUnitActiveSec={job.every}s\n"
        f"AccuracySec={accuracy}\n"
        f"Unit=portal-job@{job.name}.service\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )


def systemd_timers(jobs: list[Job] | None = None) -> dict[str, str]:
    """File name → content of every timer unit the declaration implies."""
    return {f"{TIMER_PREFIX}{job.name}.timer": systemd_timer(job) for job in jobs or schedule_jobs()}


def systemd_drift(directory: Path) -> list[str]:
    """What differs between ``directory``'s timer units and the declaration (empty when they match)."""
    expected = systemd_timers()
    present = {path.name: path.read_text() for path in directory.glob(f"{TIMER_PREFIX}*.timer")}
    problems = [f"missing {name}" for name in sorted(set(expected) - set(present))]
    problems += [f"not declared {name}" for name in sorted(set(present) - set(expected))]
    problems += [f"differs {name}" for name in sorted(set(expected) & set(present)) if expected[name] != present[name]]
    return problems
