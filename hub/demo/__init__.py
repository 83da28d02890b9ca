"""The demo network: a realistic set of members, taxonomy and pages, built through the models from this
folder's content.yaml and translations/ (see hub.demo.data).

`build_network` is idempotent; each enabled plugin's demo builder runs after the core, given
the DemoNetwork so it can hang content on the same members.
"""

import functools
import os
import secrets
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import models, transaction
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import StringTranslation, TranslatableObject

from home.models import ContentPage, HomePage, PrivacyNoticePage
from hub.demo import data
from hub.demo.logos import make_logo
from hub.demo.pages import ensure_child_page, paragraphs_stream
from hub.demo.translate import translate
from hub.models import (
    Community,
    ContactSettings,
    MemberOrganisationPage,
    MembersIndexPage,
    Region,
    SiteNames,
    SiteNameTranslation,
    SocialLink,
    Theme,
)
from hub.onboarding import editors_group_name, onboard_member
from hub.plugins import plugin_registry
from hub.roles import NETWORK_EDITORS
from hub.setup import default_home_introduction, ensure_setup, synchronise_trees


@dataclass
class DemoNetwork:
    home: HomePage
    directory: MembersIndexPage
    password: str
    reset: bool = False
    members: dict = field(default_factory=dict)
    themes: dict = field(default_factory=dict)
    regions: dict = field(default_factory=dict)
    communities: dict = field(default_factory=dict)
    accounts: list = field(default_factory=list)


def network_data():
    return data.load(__file__)


def member_entry(entry):
    """A member as content.yaml has it, with the contact details that follow from its slug."""
    domain = f"{entry['slug']}.example.org"
    editor_email = f"{slugify(entry['editor'].split()[0])}@{domain}"
    return {
        **entry,
        "contact_email": f"hello@{domain}",
        "website": f"https://{domain}",
        "social": [(platform, f"https://{platform}.example.org/{entry['slug']}") for platform in entry["social"]],
        "editor": (entry["editor"], editor_email),
    }


def members():
    return [member_entry(entry) for entry in network_data().content["members"]]


def ensure_terms(model, rows):
    locale = Locale.get_default()
    return {
        row["slug"]: model.objects.update_or_create(
            slug=row["slug"],
            locale=locale,
            defaults={"name": row["name"], "description": row.get("description", "")},
        )[0]
        for row in rows
    }


@functools.cache
def password_hash(password):
    # Every demo account has the one password the console prints: it is hashed (slowly, by design) once, not once
    # per account.
    return make_password(password)


def ensure_account(
    username,
    email,
    password,
    *,
    first_name="",
    last_name="",
    superuser=False,
    groups=(),
):
    User = get_user_model()
    user, _created = User.objects.get_or_create(username=username, defaults={"email": email})
    user.email, user.first_name, user.last_name = email, first_name, last_name
    user.is_superuser = user.is_staff = superuser
    user.password = password_hash(password)
    user.save()
    user.groups.add(*groups)
    return user


def build_member(network, index, entry):
    onboarded = onboard_member(
        name=entry["name"],
        editor_email=entry["editor"][1],
        editor_name=entry["editor"][0],
        regions=entry["regions"],
        trusted_publisher=entry["trusted_publisher"],
        invite=False,
    )
    organisation = onboarded.organisation
    if onboarded.created:
        logo = get_image_model().objects.create(
            title=f"{entry['name']} logo",
            file=ImageFile(make_logo(entry["name"], index), name=f"{organisation.slug}-logo.png"),
            collection=onboarded.collection,
        )
        for name in (
            "mission", "about", "boroughs", "charity_number", "company_number",
            "contact_email", "phone", "address", "website", "year_founded",
        ):  # fmt: skip
            setattr(organisation, name, entry[name])
        organisation.logo = logo
        organisation.themes.set([network.themes[slug] for slug in entry["themes"]])
        organisation.communities.set([network.communities[slug] for slug in entry["communities"]])
        organisation.languages.set(entry["languages"])
        organisation.social_links = [SocialLink(platform=platform, url=url) for platform, url in entry["social"]]
        organisation.save_revision().publish()
        for page in entry["pages"]:
            ensure_child_page(
                organisation,
                ContentPage,
                page["slug"],
                title=page["title"],
                introduction=page["introduction"],
                body=paragraphs_stream(page["paragraphs"]),
            )
    first_name, _sep, last_name = entry["editor"][0].partition(" ")
    ensure_account(
        entry["editor"][1],
        entry["editor"][1],
        network.password,
        first_name=first_name,
        last_name=last_name,
    )
    network.members[entry["name"]] = organisation
    network.accounts.append((entry["name"], entry["editor"][1]))


def delete_in_every_language(model, instances):
    """Delete pages or terms with their translations (and a page's aliases, which would otherwise become pages
    of their own and clash with the rebuilt ones), and what wagtail-localize kept for translating them."""
    keys = {instance.translation_key for instance in instances}
    for instance in model.objects.filter(translation_key__in=keys):
        instance.delete()
    StringTranslation.objects.filter(context__object_id__in=keys).delete()
    TranslatableObject.objects.filter(translation_key__in=keys).delete()


def translate_demo_content(network):
    """What the demo shows in every demo language: taxonomy terms, the home page, the directory, the
    network's own pages (about, contact, accessibility, privacy) and some members' profiles."""
    own_pages = ContentPage.objects.child_of(network.home).filter(slug__in=["about", "contact", "accessibility"])
    privacy = PrivacyNoticePage.objects.child_of(network.home).get(slug="privacy")
    demo = network_data()
    translated_members = [entry["name"] for entry in demo.content["members"] if entry.get("translated")]
    for instance in [
        *network.themes.values(),
        *network.regions.values(),
        *network.communities.values(),
        network.home,
        network.directory,
        *own_pages,
        privacy,
        *(network.members[name] for name in translated_members),
    ]:
        translate(instance, demo.content["languages"], demo.translations)


def reset_network():
    """Remove what the demo built, so it can be built again from scratch."""
    delete_in_every_language(Page, MemberOrganisationPage.objects.filter(locale=Locale.get_default()))
    entries = members()
    names = [entry["name"] for entry in entries]
    Group.objects.filter(name__in=[editors_group_name(name) for name in names]).delete()
    for collection in Collection.objects.filter(name__in=names):
        get_image_model().objects.filter(collection=collection).delete()
        collection.delete()
    get_user_model().objects.filter(email__in=[entry["editor"][1] for entry in entries]).delete()
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home:
        delete_in_every_language(
            Page,
            ContentPage.objects.child_of(home).filter(
                slug__in=[page["slug"] for page in network_data().content["pages"]]
            ),
        )
    for model in (Theme, Region, Community):
        # A plugin's page that cannot outlive its term (a regional group's region) goes first; its demo builds it
        # again with the new terms.
        for page_model in pages_protecting(model):
            delete_in_every_language(Page, page_model.objects.filter(locale=Locale.get_default()))
        delete_in_every_language(model, model.objects.all())


def build_contact_details(home, content):
    """The privacy notice, and the contact details and pages every page's footer shows."""
    notice = content["privacy_notice"]
    privacy = ensure_child_page(
        home,
        PrivacyNoticePage,
        "privacy",
        title=notice["title"],
        introduction=notice["introduction"],
        body=paragraphs_stream(notice["paragraphs"]),
    )
    contact = ContactSettings.for_site(home.get_site())
    for name, value in content["contact"].items():
        setattr(contact, name, value)
    contact.contact_page = ContentPage.objects.child_of(home).get(slug="contact")
    contact.accessibility_page = ContentPage.objects.child_of(home).get(slug="accessibility")
    contact.privacy_page = privacy
    contact.save()


def pages_protecting(model):
    """The page types whose foreign key to `model` forbids deleting what it points to."""
    return [
        relation.related_model
        for relation in model._meta.get_fields(include_hidden=True)  # hidden: a key with related_name="+"
        if relation.one_to_many
        and getattr(relation, "on_delete", None) is models.PROTECT
        and issubclass(relation.related_model, Page)
    ]


def build_plugins(network):
    """Each enabled plugin's demo, hung on the network's members."""
    for _info, builder in plugin_registry.demo_builders():
        builder(network)


def ensure_site_names(translations):
    """The network's name in each language the demo translates it into (hub.models.SiteNames)."""
    site = Site.objects.get(is_default_site=True)
    site_names = SiteNames.for_site(site)
    for language, name in translations.get(site.site_name, {}).items():
        SiteNameTranslation.objects.update_or_create(site_names=site_names, language=language, defaults={"name": name})


@transaction.atomic
def build_network(reset=False, password=None):
    if reset:
        reset_network()
    content = network_data().content
    home = ensure_setup()
    if reset or home.introduction in ("", default_home_introduction()):
        home.introduction = content["home_introduction"]
        home.save_revision().publish()
    directory = MembersIndexPage.objects.child_of(home).get()
    if not directory.introduction or reset:
        directory.introduction = content["directory_introduction"]
        directory.save_revision().publish()
    network = DemoNetwork(
        home=home,
        directory=directory,
        password=password or os.environ.get("HUB_DEMO_PASSWORD") or secrets.token_urlsafe(9),
        reset=reset,
    )
    ensure_site_names(network_data().translations)
    network.themes = ensure_terms(Theme, content["themes"])
    network.regions = ensure_terms(Region, content["regions"])
    network.communities = ensure_terms(Community, content["communities"])
    for page in content["pages"]:
        ensure_child_page(
            home,
            ContentPage,
            page["slug"],
            title=page["title"],
            introduction=page["introduction"],
            body=paragraphs_stream(page["paragraphs"]),
            show_in_menus=page.get("in_menu", True),
        )
    build_contact_details(home, content)
    for index, entry in enumerate(members()):
        build_member(network, index, entry)
    ensure_account(
        "admin",
        "admin@example.org",
        network.password,
        first_name="Site",
        superuser=True,
    )
    ensure_account(
        "network.editor",
        "network.editor@example.org",
        network.password,
        first_name="Network",
        last_name="Editor",
        groups=[Group.objects.get(name=NETWORK_EDITORS)],
    )
    # The core's translations come first: translating the home page settles each language's home slug, and
    # translations publish on commit from revisions that remember their URL paths, so the plugins' pages must
    # be translated under the settled slugs.
    synchronise_trees()
    translate_demo_content(network)
    build_plugins(network)
    synchronise_trees()
    # wagtail-localize publishes translations on commit, saving page objects loaded earlier in this
    # transaction: their child counts may be stale by then, which hides children from routing. Recount after.
    transaction.on_commit(Page.fix_tree)
    return network
