"""The page django-axes answers when one user name has failed to sign in too often from one client
address (``AXES_LOCKOUT_CALLABLE``): status 429, ``Retry-After``, the message in the reader's language."""

import math

from django.conf import settings
from django.shortcuts import render


def lockout_response(request, original_response=None, credentials=None):
    minutes = max(1, math.ceil(float(settings.AXES_COOLOFF_TIME) * 60))
    response = render(request, "cms/login_locked.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(minutes * 60)
    response["Cache-Control"] = "no-store"
    return response
