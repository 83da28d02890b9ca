"""Building many pages at once (the demo, scale data) with the search index built once, at the end.

Wagtail indexes an object each time it is saved, through a background task per save. A bulk build that
ends with `update_index` would index every page twice and leave thousands of tasks for the worker, so the
build switches the per-save indexing off and rebuilds the index in one pass when it is done.
"""

from contextlib import contextmanager

from django.core.management import call_command
from django.db.models.signals import post_delete, post_save
from wagtail.search import index
from wagtail.search.signal_handlers import post_delete_signal_handler, post_save_signal_handler


def auto_updated_models():
    return [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]


@contextmanager
def search_index_built_after():
    """Within the block nothing is indexed as it is saved; after it, `update_index` indexes everything."""
    models = auto_updated_models()
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
            post_delete.connect(post_delete_signal_handler, sender=model)
    call_command("update_index", verbosity=0)
