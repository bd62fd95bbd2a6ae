"""Media on S3-compatible storage (production with ``S3_BUCKET``): public images, private documents.

Images and their renditions are public objects with plain (unsigned, cacheable) URLs, as before. Documents
(``documents/``, where Wagtail uploads them) are stored with a private ACL and their URL is always a signed
one that expires after ``AWS_QUERYSTRING_EXPIRE`` seconds (``S3_SIGNED_URL_SECONDS``): Wagtail's serve view
checks the collection's privacy, then redirects to it (``WAGTAILDOCS_SERVE_METHOD = "redirect"``). A signed
URL skips ``S3_CUSTOM_DOMAIN`` (a CDN in front of the bucket cannot check the signature). The bucket's own
policy must not make ``documents/`` public (README, Production).
"""

from django.conf import settings
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

PRIVATE_PREFIXES = ("documents/",)


def is_private(name: str) -> bool:
    return clean_name(name).lstrip("/").startswith(PRIVATE_PREFIXES)


class PortalS3Storage(S3Storage):
    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        if is_private(name):
            parameters["ACL"] = "private"
        return parameters

    def url(self, name, parameters=None, expire=None, http_method=None):
        if not is_private(name):
            return super().url(name, parameters, expire, http_method)
        key = self._normalize_name(clean_name(name))
        params = {**(parameters or {}), "Bucket": self.bucket.name, "Key": key}
        return self.connection.meta.client.generate_presigned_url(
            "get_object",
            Params=params,
            ExpiresIn=int(expire or settings.AWS_QUERYSTRING_EXPIRE),
            HttpMethod=http_method,
        )
