"""Everything a fresh database needs before anyone logs in: languages, locales, roles and the page tree."""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.management import create_contenttypes
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Collection, Locale, Page, Site, Task, Workflow
from wagtail_localize.models import LocaleSynchronization

from hub.absolute_urls import site_host_and_port
from hub.roles import ensure_reviewer_groups, ensure_roles, ensure_translator_groups
from hub.tree_aliases import synchronise_trees
from hub.workflows import ensure_workflows


def ensure_locales():
    """Every content language has a locale whose tree is kept in sync with the default language's."""
    default = Locale.get_default()
    synchronised = set(LocaleSynchronization.objects.values_list("locale_id", flat=True))
    new = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        if locale != default and locale.pk not in synchronised:
            new.append(LocaleSynchronization(locale=locale, sync_from=default))
    # Written together, without the save signal that synchronises the trees for each (hub.published_aliases):
    # ensure_setup synchronises them once, after.
    LocaleSynchronization.objects.bulk_create(new)


def default_home_introduction():
    """What a new home page says until the network writes its own introduction."""
    return _("<p>A network of migrant and refugee community organisations.</p>")


def create_home_page():
    # Wagtail's first migration leaves a bare welcome page (and a site on it); an empty one gives way to ours.
    Page.objects.filter(depth=2, numchild=0, content_type=ContentType.objects.get_for_model(Page)).delete()
    home = Page.get_first_root_node().add_child(
        instance=apps.get_model("home", "HomePage")(
            title=settings.WAGTAIL_SITE_NAME,
            slug="home",
            locale=Locale.get_default(),
            introduction=default_home_introduction(),
        )
    )
    home.save_revision().publish()
    return home


def ensure_site_structure():
    """A HomePage as the default site's root, with the member directory below it."""
    home = apps.get_model("home", "HomePage").objects.filter(locale=Locale.get_default()).first() or create_home_page()
    # The Site's address is SITE_URL's, so that what Wagtail itself builds from it (page.full_url, the
    # frontend cache's purges) names the address people reach the hub at.
    hostname, port = site_host_and_port()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    elif (site.root_page_id, site.hostname, site.port) != (home.pk, hostname, port):
        site.root_page = home
        site.hostname, site.port = hostname, port
        site.save()
    MembersIndexPage = apps.get_model("hub", "MembersIndexPage")
    if not MembersIndexPage.objects.child_of(home).exists():
        directory = home.add_child(
            instance=MembersIndexPage(title=_("Member organisations"), slug="members", show_in_menus=True)
        )
        directory.save_revision().publish()
    return home


# What Wagtail's own migrations create: a workflow and its task of this name, for its groups "Moderators"
# and "Editors", with the workflow on the root of the tree.
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def remove_unused_default_workflow():
    """Wagtail's stock workflow stands beside the editorial one, unused, and only confuses editors in the
    admin. Run after ensure_workflows, which gives the tree's root to the editorial workflow: what nothing
    uses any more is deleted; what the network has put to use is left alone."""
    Workflow.objects.filter(
        name=WAGTAIL_DEFAULT_WORKFLOW,
        workflow_pages__isnull=True,
        workflow_content_types__isnull=True,
        workflow_states__isnull=True,
    ).delete()
    Task.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, workflow_tasks__isnull=True, task_states__isnull=True).delete()
    Group.objects.filter(name__in=["Moderators", "Editors"], user__isnull=True).delete()


@transaction.atomic
@translation.override(settings.LANGUAGE_CODE)  # pages it makes belong to the default locale, in its language
def ensure_setup():
    apps.get_model("hub", "Language").sync_from_settings()
    ensure_roles()
    # Before the locales' trees are synchronised: Wagtail's welcome page, which our home page replaces, would be
    # copied sixteen times only to be deleted.
    home = ensure_site_structure()
    ensure_locales()
    synchronise_trees()
    ensure_translator_groups(home)
    ensure_reviewer_groups()
    ensure_workflows()
    remove_unused_default_workflow()
    return home


def ensure_foundations():
    """What Wagtail's and wagtail-localize's own data migrations create, again after a flush (as between
    transactional tests)."""
    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale, live=True))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
    # wagtail-localize's migration 0006 hangs this permission off a content type of its own making.
    Permission.objects.get_or_create(
        content_type=ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")[0],
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )


def ensure_setup_after_migrate(using="default", **kwargs):
    ContentType.objects.clear_cache()  # after a flush, cached content type ids point at deleted rows
    ensure_foundations()
    # hub migrates first, so other apps' permissions do not exist yet when its signal arrives.
    for app_config in apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0, using=using)
        create_permissions(app_config, verbosity=0, using=using)
    ensure_setup()
