"""``manage.py check --deploy`` fails (demo.E001) while a documented demo password still signs in.

The accounts examined are the demo's names (``admin``, ``leader``, ``officer-*``, ``demo-editor-*``,
``demo-moderator``) and every superuser;
each is tried only with the passwords documented for its kind, so the check costs a handful of password
hashes. A database without the auth tables has no account to worry about; an unreachable one is a warning
(demo.W001), since nothing could be checked.
"""

from django.contrib.auth import get_user_model
from django.core.checks import Error, Tags, Warning, register
from django.db import DatabaseError, connection
from django.db.models import Q

from .credentials import documented_password


@register(Tags.security, deploy=True)
def demo_passwords_check(app_configs=None, **kwargs):
    User = get_user_model()
    try:
        if User._meta.db_table not in connection.introspection.table_names():
            return []
        candidates = list(
            User.objects.filter(is_active=True)
            .filter(
                Q(username__in=["admin", "leader", "demo-moderator"])
                | Q(username__startswith="officer-")
                | Q(username__startswith="demo-editor-")
                | Q(is_superuser=True)
            )
            .order_by("username")
        )
    except DatabaseError as exc:
        return [
            Warning(
                f"Could not check for demo passwords: the database is unavailable ({exc.__class__.__name__}).",
                id="demo.W001",
            )
        ]
    working = [
        user.get_username()
        for user in candidates
        if any(
            user.check_password(password)
            for password in documented_password(user.get_username(), is_superuser=user.is_superuser)
        )
    ]
    if not working:
        return []
    return [
        Error(
            f"Documented demo passwords still sign in: {', '.join(working)}.",
            hint="Set real passwords (manage.py changepassword NAME) or deactivate these accounts.",
            id="demo.E001",
        )
    ]
