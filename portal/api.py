"""The headless API: Wagtail's API v2, language chosen by ?lang= or Accept-Language."""

from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.api_language import LanguageMixin, PortalPageSerializer
from investment.api_filters import CATALOGUE_PARAMETERS, CatalogueFilter, PortalFieldsFilter


class PortalPagesAPIViewSet(LanguageMixin, PagesAPIViewSet):
    # Catalogue filters (sector with sub-sectors, place with the units below it, status) come first so
    # that a bad value answers 400 before anything else; Wagtail's exact field filter skips them.
    filter_backends = [
        CatalogueFilter,
        *(PortalFieldsFilter if backend is FieldsFilter else backend for backend in PagesAPIViewSet.filter_backends),
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union({"lang"}, CATALOGUE_PARAMETERS)
    base_serializer_class = PortalPageSerializer
    meta_fields = [*PagesAPIViewSet.meta_fields, "field_languages"]
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "field_languages"]


class PortalImagesAPIViewSet(LanguageMixin, ImagesAPIViewSet):
    known_query_parameters = ImagesAPIViewSet.known_query_parameters.union({"lang"})


class PortalDocumentsAPIViewSet(LanguageMixin, DocumentsAPIViewSet):
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters.union({"lang"})


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
