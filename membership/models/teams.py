"""Project teams and the steering committee: private workspaces under a teams index. A team page, in every
language, carries Wagtail's view restriction to the team's own group, so only its members see it (and
`hub.visibility.public()` keeps it out of listings, menus and search); its documents live in a collection restricted
to the same group; its notes are written on the page. The workspace itself (group, collection, who sits on it) is
the default language's page's; see membership.teams."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from hub.models.plugin_pages import PluginPage
from membership.models.join_page import RICH_TEXT

NOTES_PER_PAGE = 20


class TeamsIndexPage(PluginPage, Page):
    """Where the network's project teams and steering committee live; it lists only the teams the visitor sits on."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["membership.TeamPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project teams index")

    def get_context(self, request, *args, **kwargs):
        from membership.teams import teams_of

        context = super().get_context(request, *args, **kwargs)
        context["teams"] = teams_of(request.user, self)
        return context


class TeamPage(PluginPage, RoutablePageMixin, Page):
    """A project team or the steering committee: a private workspace for its members, convened by a network
    editor. Its members are people of full member organisations (membership.teams.may_sit_on_committees)."""

    class Kind(models.TextChoices):
        PROJECT_TEAM = "project-team", _("Project team")
        STEERING_COMMITTEE = "steering-committee", _("Steering committee")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PROJECT_TEAM)
    purpose = RichTextField(_("purpose"), blank=True, features=RICH_TEXT, help_text=_("The policy issue it works on."))
    convener = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("convener"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A network editor, who sits on the team."),
    )
    # Made with the page (membership.teams.ensure_workspace), never chosen by hand.
    group = models.ForeignKey(
        "auth.Group", null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection", null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("purpose"),
        MultiFieldPanel([FieldPanel("convener"), InlinePanel("members", label=_("members"))], heading=_("Members")),
    ]
    parent_page_types = ["membership.TeamsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project team")
        verbose_name_plural = _("project teams")

    def clean(self):
        from hub.roles import is_network_editor

        super().clean()
        if self.convener_id and not is_network_editor(self.convener):
            raise ValidationError({"convener": _("A team is convened by a network editor.")})

    def get_context(self, request, *args, **kwargs):
        from django.middleware.csrf import get_token

        from membership.forms import TeamNoteForm
        from membership.teams import workspace

        context = super().get_context(request, *args, **kwargs)
        source = workspace(self)
        notes = TeamNote.objects.filter(team_key=self.translation_key).select_related("author")
        paginator = Paginator(notes.order_by("-created_at", "-pk"), NOTES_PER_PAGE)
        get_token(request)  # the note form posts with a token: only members, never cached, see this page
        context.update(
            source=source,
            members=source.members.select_related("user"),
            documents=source.documents(),
            notes=paginator.get_page(request.GET.get("notes")),
            note_form=TeamNoteForm(),
            notes_url=self.url + self.reverse_subpage("add_note"),
        )
        return context

    def documents(self):
        from wagtail.documents import get_document_model

        if self.collection_id is None:
            return []
        return get_document_model().objects.filter(collection_id=self.collection_id).order_by("-created_at")[:100]

    @path("")
    def team_home(self, request):
        return self.render(request)

    @path("notes/")
    def add_note(self, request):
        from membership.teams import add_note

        return add_note(self, request)


class TeamMember(Orderable):
    """Someone who sits on the team: a person of a full member organisation (or of the network team)."""

    team = ParentalKey(TeamPage, related_name="members", on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE)
    role = models.CharField(_("role"), max_length=100, blank=True, help_text=_("Chair, secretary…"))

    panels = [FieldPanel("user"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("team member")
        verbose_name_plural = _("team members")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    def clean(self):
        from membership.teams import may_sit_on_committees

        super().clean()
        if self.user_id and not may_sit_on_committees(self.user):
            raise ValidationError(
                {
                    "user": _(
                        "Only people of full member organisations sit on project teams and the steering committee: "
                        "%(person)s edits for no full member in good standing."
                    )
                    % {"person": self}
                }
            )


class TeamNote(models.Model):
    """A note a member wrote in the team's workspace; the same in every language of the page."""

    team_key = models.UUIDField(_("team"), db_index=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    text = models.TextField(_("note"), max_length=5000)

    class Meta:
        verbose_name = _("team note")
        verbose_name_plural = _("team notes")

    def __str__(self):
        return self.text[:60]
