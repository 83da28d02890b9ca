from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class WeeklyQueryCount(models.Model):
    """How often a query was searched in a language during one ISO week, and how often it found nothing.

    Deliberately all that is kept: no address, no user, no time finer than the week.
    """

    query = models.CharField(_("query"), max_length=255)
    language = models.CharField(_("language"), max_length=12)
    iso_year = models.PositiveSmallIntegerField(_("year"))
    iso_week = models.PositiveSmallIntegerField(_("week"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    searches_without_results = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("weekly query count")
        verbose_name_plural = _("weekly query counts")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language", "iso_year", "iso_week"], name="one_count_per_query_week"
            )
        ]

    @classmethod
    def record(cls, query, language, found_anything):
        iso_year, iso_week, _weekday = timezone.localdate().isocalendar()
        week = {"query": query.casefold()[:255], "language": language, "iso_year": iso_year, "iso_week": iso_week}
        counts = {
            "searches": F("searches") + 1,
            "searches_without_results": F("searches_without_results") + (0 if found_anything else 1),
        }
        # Most searches repeat a query already counted this week: one UPDATE, and a row made only when there is none.
        if not cls.objects.filter(**week).update(**counts):
            cls.objects.get_or_create(**week)
            cls.objects.filter(**week).update(**counts)
