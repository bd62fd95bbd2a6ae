"""The status page's secret token kept out of logs and of stored e-mails.

Whoever has an inquiry's status address (``/<lang>/inquiries/status/<token>/``) can read the inquiry and
write to the agency in the sender's name. The token appears in:

- access logs: gunicorn's request line (``deploy/gunicorn.conf.py``'s logger redacts every atom),
  nginx's (``deploy/nginx/portal-http.conf`` logs a redacted ``$request`` and ``Referer``), and Django's own
  request logging (``django.request``, ``django.server``: ``SecretLogFilter`` on the log handler);
- the acknowledgement e-mail stored in the outbox: once sent, its body keeps the address without the token
  (``inquiries.outbox``). Until then it must stay: it is what is sent.

Plain Python, no Django: gunicorn's configuration and Django's logging set-up import it before any app is ready.
"""

import logging
import re

STATUS_PATH = re.compile(r"(/inquiries/status/)([^/?#\s\"'<>]+)")
REDACTED = "[redacted]"


def redact_status_tokens(text: str) -> str:
    """``text`` with the token of every status address in it replaced by ``[redacted]``."""
    if not isinstance(text, str) or "/inquiries/status/" not in text:
        return text
    return STATUS_PATH.sub(r"\g<1>" + REDACTED, text)


class SecretLogFilter(logging.Filter):
    """Redacts status tokens from every record's message (formatted with its arguments)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_status_tokens(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True
