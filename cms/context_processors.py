from django.conf import settings
from django.utils import translation


def portal(request):
    current = translation.get_language() or settings.LANGUAGE_CODE
    return {
        "current_language": current,
        "language_names": settings.LANGUAGE_NATIVE_NAMES,
    }
