"""Building many pages at once (the demo, scale data) with the search and reference indexes built once, at the end.

Wagtail indexes an object each time it is saved, for search and for its references, through a background task
per save. A bulk build would index every page many times and leave thousands of tasks for the worker, some for
rows the build has deleted since (a campaign's updates are replaced on each save), which fail noisily in the
worker. So the build switches the per-save indexing off and rebuilds both indexes in one pass when it is done.
"""

from contextlib import contextmanager

from django.core.management import call_command
from django.db.models.signals import post_delete, post_save
from wagtail.search import index
from wagtail.search.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update


def auto_updated_models():
    return [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]


@contextmanager
def indexes_built_after():
    """Within the block nothing is indexed as it is saved; after it, `rebuild_references_index` and
    `update_index` index everything."""
    models = auto_updated_models()
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
            post_delete.connect(post_delete_signal_handler, sender=model)
    call_command("rebuild_references_index", verbosity=0)
    call_command("update_index", verbosity=0)
