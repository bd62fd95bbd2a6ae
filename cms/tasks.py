"""Background tasks of the base app (django-tasks). A task imports its service inside its body; the services
import the tasks at module level (one rule, no import cycle)."""

from django_tasks import task

# Below e-mail (50): a rendition the worker has not made yet is made by the render.
RENDITIONS_PRIORITY = 10


@task(priority=RENDITIONS_PRIORITY)
def generate_renditions(page_ids: list[int]) -> int:
    """Makes the renditions that the published pages ``page_ids`` show (``cms.renditions``)."""
    from cms.renditions import renditions_generate

    return sum(renditions_generate(page_id=page_id) for page_id in page_ids)
