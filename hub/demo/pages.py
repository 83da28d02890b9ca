"""What every demo builder does with pages: add one once, with its tags, published; find the index it hangs on."""

from django.utils.text import slugify


def paragraphs_stream(paragraphs):
    return [("paragraph", html) for html in paragraphs]


def page_slug(title):
    return slugify(title)[:80]


def child_page(parent, model, slug=None):
    """The parent's child of this type (with this slug, if given), or None."""
    children = model.objects.child_of(parent)
    return (children.filter(slug=slug) if slug else children).first()


def add_page(parent, page, **relations):
    """Add the page under the parent with its many-to-many relations (`themes=[...]`, ...) and publish it."""
    page = parent.add_child(instance=page)
    for name, values in relations.items():
        getattr(page, name).set(values)
    page.save_revision().publish()
    return page


def ensure_child_page(parent, model, slug, **fields):
    """The parent's page of this type and slug, added and published if it is not there yet."""
    return child_page(parent, model, slug) or add_page(parent, model(slug=slug, **fields))


def ensure_index(home, model, title, slug, introduction):
    """A plugin's listing under the home page, in the menu: the one there, or a new one."""
    return child_page(home, model) or add_page(
        home, model(title=title, slug=slug, introduction=introduction, show_in_menus=True)
    )


def terms(available, slugs):
    """The demo network's terms for these slugs; a smaller network (as in tests) lends what it has."""
    return [available[slug] for slug in slugs if slug in available]
