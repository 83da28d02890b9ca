"""The base of every index page that lists pages: the library, the events listing, the member directory…"""

from django.core.paginator import Paginator
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class ListingIndexPage(Page):
    """An introduction, then the listed pages a page of results at a time, narrowed by the public filter form.

    A subclass says which pages it lists (`listed_pages`), how the public filters them (`filterset_class`, the
    dotted path of a hub.filters.ListingFilterSet: a path, as the filters import the listed models), and under
    which name its template finds the page of results (`context_object_name`)."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    filterset_class = None
    context_object_name = "items"
    page_size = 20

    class Meta:
        abstract = True

    def listed_pages(self):
        """The pages this index lists, in their order, before the visitor's filters."""
        raise NotImplementedError

    def filters(self, request, pages=None, data=None):
        """The visitor's filters (the query string, unless `data`) over `pages`, by default the listed pages."""
        pages = self.listed_pages() if pages is None else pages
        return import_string(self.filterset_class)(
            request.GET if data is None else data, pages, request=request, locale=self.locale
        )

    def get_context(self, request, *args, pages=None, listing=True, **kwargs):
        """The page's context with one page of the filtered list. A route of a routable subclass passes its
        `render` other `pages` to list (an archive), or `listing=False` when it shows no list."""
        context = super().get_context(request, *args, **kwargs)
        if not listing:
            return context
        filters = self.filters(request, pages)
        paginator = Paginator(filters.qs, self.page_size)
        context.update(
            {
                "filters": filters,
                "filter_form": filters.form,
                "paginator": paginator,
                self.context_object_name: paginator.get_page(request.GET.get("page")),
            }
        )
        return context
