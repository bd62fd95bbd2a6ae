from django.conf import settings


def accounts(request):
    return {"PORTAL_ACCOUNT_CONSENT_VERSION": settings.PORTAL_ACCOUNT_CONSENT_VERSION}
