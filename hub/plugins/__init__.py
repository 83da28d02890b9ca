"""The plugin mechanism: how an app declares what it brings, and the registry that asks enabled plugins.

A plugin is a Django app whose AppConfig subclasses HubPluginConfig and carries an inner
`HubPluginMeta` class. Every plugin found is installed, so its tables stay; the setting
HUB_DISABLED_PLUGINS switches some off, which hides what they contribute without touching
their rows.
"""

from dataclasses import dataclass, field, fields, is_dataclass, replace
from functools import cached_property
from typing import Any

from django.apps import AppConfig, apps
from django.conf import settings
from django.utils.module_loading import import_string


def dotted_path(**kwargs):
    """A declaration naming a callable by its dotted path: the system check imports it at start-up."""
    return field(metadata={"dotted_path": True}, **kwargs)


def model_names(**kwargs):
    """A declaration naming models ("app_label.Model", alone, in a list or as a dict's keys): the system check
    resolves each at start-up."""
    return field(metadata={"model_names": True}, **kwargs)


@dataclass(frozen=True)
class HomeSection:
    """A section a plugin offers the home page: `items(request, limit)` returns what the template lists."""

    key: str
    label: Any
    template: str
    items: str = dotted_path()  # a callable(request, limit)
    plugin: str = ""

    def get_items(self, request, limit):
        return import_string(self.items)(request, limit)


@dataclass(frozen=True)
class ProfileSection:
    """A section a plugin adds to each member organisation's profile page (the campaigns it supports, …):
    `items(request, organisation, limit)` returns what the template lists; an empty result hides it."""

    key: str
    label: Any
    template: str
    items: str = dotted_path()  # a callable(request, organisation, limit)
    plugin: str = ""

    def get_items(self, request, organisation, limit):
        return import_string(self.items)(request, organisation, limit)


@dataclass(frozen=True)
class PageSection:
    """A section a plugin adds below the content of pages, its own or other plugins' (comments, …):
    `context(request, page)` returns the template's context for a page the section belongs on, and None, without
    a query, for every other page."""

    key: str
    template: str
    context: str = dotted_path()  # a callable(request, page)
    plugin: str = ""

    def get_context(self, request, page):
        return import_string(self.context)(request, page)


@dataclass(frozen=True)
class SearchFacet:
    """A facet a plugin adds to public search: `field` is the indexed field it counts."""

    key: str
    label: Any
    field: str
    plugin: str = ""


@dataclass(frozen=True)
class AdminMenuEntry:
    """An admin menu item; hub registers it and shows it only while the plugin is enabled."""

    name: str
    label: Any
    url_name: str
    icon_name: str = "folder-open-inverse"
    order: int = 900
    permission: str = "wagtailadmin.access_admin"
    # Dotted path to a callable(user) -> bool for who, among those holding the permission, can use the item
    # at all (a translator has no use for event registrations); empty: everyone holding the permission.
    shown_to: str = dotted_path(default="")
    plugin: str = ""

    def is_shown_to(self, user):
        return user.has_perm(self.permission) and (not self.shown_to or import_string(self.shown_to)(user))


@dataclass(frozen=True)
class PersonalDataSource:
    """Personal data a plugin keeps about members of the public (pledges, registrations, requests).

    Each is a dotted path to a callable: `export(email)` returns a list of dicts, one per record held
    about that address; `erase(email)` deletes them and returns how many; `purge_expired()` deletes what
    the plugin's retention period no longer allows and returns how many. Emails arrive normalised.
    The privacy notice (home.PrivacyNoticePage) tells the public what each source `collects` and why
    (a translatable text), and how long it is kept: `retention()` says it in the active language, from
    the plugin's retention settings.
    """

    key: str
    label: Any
    export: str = dotted_path()
    erase: str = dotted_path()
    purge_expired: str = dotted_path(default="")
    collects: Any = ""
    retention: str = dotted_path(default="")
    plugin: str = ""

    def call(self, name, *args):
        return import_string(getattr(self, name))(*args)


@dataclass(frozen=True)
class DirectoryFilter:
    """A filter a plugin adds to the member directory: `filter()` returns a django-filter `Filter` over member
    organisation pages (a `method` one when what it filters by lives in the plugin's own models)."""

    key: str
    filter: str = dotted_path()
    plugin: str = ""

    def make(self):
        return import_string(self.filter)()


@dataclass
class PluginInfo:
    label: str
    name: Any
    version: str
    compatibility: str = ""
    description: Any = ""
    # Where the plugin's contributions come among the others': its home sections, its profile sections, and its
    # demo (so its index page's place in the main menu). Lower comes first; plugins of one order by label.
    order: int = 1000
    member_page_types: list = model_names(default_factory=list)
    network_page_types: list = model_names(default_factory=list)
    index_page_type: str | None = model_names(default=None)
    home_sections: list = field(default_factory=list)
    profile_sections: list = field(default_factory=list)
    page_sections: list = field(default_factory=list)
    # Sections in every page's footer (a PageSection whose `context(request, page)` may get no page: search).
    footer_sections: list = field(default_factory=list)
    search_facets: list = field(default_factory=list)
    # `facts(organisations)`: {translation key: [(label, value), ...]} the plugin shows of each member organisation
    # on its directory card and profile, for a whole page of them at once (in a fixed number of queries).
    member_facts: str | None = dotted_path(default=None)
    directory_filters: list = field(default_factory=list)
    # `meetings(region, limit)`: the next meetings of a region's network group that the plugin holds (events), in
    # the visitor's language: pages with a `start` datetime, soonest first. A regional group's page asks for them.
    regional_meetings: str | None = dotted_path(default=None)
    # Page types public search finds (None: every member and network page type) and, per page type, the date
    # field the search's year facet reads (first publication when not named).
    search_page_types: list | None = model_names(default=None)
    search_date_fields: dict = model_names(default_factory=dict)
    # Page types whose publication subscribers may be alerted to as soon as it happens (a policy opportunity), by
    # the page's themes and regions: whatever plugin sends alerts asks the registry for them.
    alert_page_types: list = model_names(default_factory=list)
    admin_menu_items: list = field(default_factory=list)
    # The rule guarding each of the plugin's admin URLs, by route below /admin/ (see hub.admin_url_rules).
    admin_url_rules: dict = field(default_factory=dict)
    personal_data: list = field(default_factory=list)
    demo_builder: str | None = dotted_path(default=None)
    # `build(parents, count)`: unsaved pages for `hub hub_demo --scale N` (see hub.scale).
    scale_builder: str | None = dotted_path(default=None)

    def page_models(self):
        """Every page type the plugin brings: what members create, what the network creates, its index."""
        index = [self.index_page_type] if self.index_page_type else []
        return [apps.get_model(name) for name in [*self.member_page_types, *self.network_page_types, *index]]

    def declarations(self):
        """(where, kind, value) for every dotted path and model name the plugin declares, its entries' included:
        kind is "dotted_path" or "model_names"; `where` names the declaration, e.g. "home_sections[0].items"."""
        found = []

        def visit(where, instance):
            for declared in fields(instance):
                value = getattr(instance, declared.name)
                kind = next((kind for kind in ("dotted_path", "model_names") if declared.metadata.get(kind)), None)
                if kind and value:
                    found.append((f"{where}{declared.name}", kind, value))
                elif isinstance(value, list):
                    for position, entry in enumerate(value):
                        if is_dataclass(entry):
                            visit(f"{where}{declared.name}[{position}].", entry)

        visit("", self)
        return found


class HubPluginConfig(AppConfig):
    """Base AppConfig for plugins. Subclasses define an inner `HubPluginMeta` (see PluginInfo's fields)."""

    default_auto_field = "django.db.models.BigAutoField"
    # Imported into every plugin's apps.py, where Django must pick the plugin's own subclass.
    default = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.default = cls.__dict__.get("default", True)

    def get_plugin_info(self):
        meta = getattr(self, "HubPluginMeta", None)
        if meta is None:
            return None
        declared = {key: value for key, value in vars(meta).items() if not key.startswith("_")}
        info = PluginInfo(label=self.label, **declared)
        # Entries remember which plugin declared them, so that only enabled plugins' entries are used.
        info.home_sections = [replace(section, plugin=self.label) for section in info.home_sections]
        info.profile_sections = [replace(section, plugin=self.label) for section in info.profile_sections]
        info.page_sections = [replace(section, plugin=self.label) for section in info.page_sections]
        info.footer_sections = [replace(section, plugin=self.label) for section in info.footer_sections]
        info.search_facets = [replace(facet, plugin=self.label) for facet in info.search_facets]
        info.directory_filters = [replace(entry, plugin=self.label) for entry in info.directory_filters]
        info.admin_menu_items = [replace(item, plugin=self.label) for item in info.admin_menu_items]
        info.personal_data = [replace(source, plugin=self.label) for source in info.personal_data]
        return info


class PluginRegistry:
    """Answers what the enabled plugins contribute.

    What each installed plugin declares is read once per process (installed apps do not change while it runs);
    which of them are enabled follows settings.HUB_DISABLED_PLUGINS at every call.
    """

    @cached_property
    def _installed(self):
        infos = []
        for app_config in apps.get_app_configs():
            if isinstance(app_config, HubPluginConfig):
                info = app_config.get_plugin_info()
                if info is not None:
                    infos.append(info)
        return sorted(infos, key=lambda info: (info.order, info.label))

    def installed(self):
        return self._installed

    def is_enabled(self, label):
        return label not in settings.HUB_DISABLED_PLUGINS

    def enabled(self):
        disabled = settings.HUB_DISABLED_PLUGINS
        return [info for info in self._installed if info.label not in disabled]

    def disabled_labels(self):
        return [info.label for info in self._installed if not self.is_enabled(info.label)]

    def get(self, label):
        return next((info for info in self._installed if info.label == label), None)

    def _models(self, attribute):
        models = []
        for info in self.enabled():
            value = getattr(info, attribute)
            for model_string in [value] if isinstance(value, str) else value or []:
                models.append(apps.get_model(model_string))
        return models

    def member_page_models(self):
        return self._models("member_page_types")

    def network_page_models(self):
        return self._models("network_page_types")

    def index_page_models(self):
        return self._models("index_page_type")

    def home_sections(self):
        return [section for info in self.enabled() for section in info.home_sections]

    def home_section(self, key):
        return next((section for section in self.home_sections() if section.key == key), None)

    def profile_sections(self):
        return [section for info in self.enabled() for section in info.profile_sections]

    def member_facts(self, organisations):
        """What the enabled plugins say of each organisation: {translation key: [(label, value), ...]}."""
        facts = {}
        for info in self.enabled():
            if info.member_facts:
                for key, items in import_string(info.member_facts)(organisations).items():
                    facts.setdefault(key, []).extend(items)
        return facts

    def directory_filters(self):
        return [entry for info in self.enabled() for entry in info.directory_filters]

    def regional_meetings(self, region, limit):
        """The next meetings of a region's network group, from every enabled plugin that holds some, soonest first."""
        meetings = []
        for info in self.enabled():
            if info.regional_meetings:
                meetings.extend(import_string(info.regional_meetings)(region, limit))
        return sorted(meetings, key=lambda meeting: meeting.start)[:limit]

    def page_sections(self):
        return [section for info in self.enabled() for section in info.page_sections]

    def footer_sections(self):
        return [section for info in self.enabled() for section in info.footer_sections]

    def search_facets(self):
        return [facet for info in self.enabled() for facet in info.search_facets]

    def search_page_models(self):
        """What public search finds: the core's searchable page types, then every enabled plugin's."""
        names = list(settings.HUB_SEARCHABLE_CORE_PAGE_TYPES)
        for info in self.enabled():
            declared = info.search_page_types
            names += [*info.member_page_types, *info.network_page_types] if declared is None else declared
        return [apps.get_model(name) for name in dict.fromkeys(names)]

    def search_date_field(self, model):
        """The field that dates a page of this type for search (its year facet)."""
        label = model._meta.label
        for info in self.enabled():
            if label in info.search_date_fields:
                return info.search_date_fields[label]
        return "first_published_at"

    def alert_page_models(self):
        return self._models("alert_page_types")

    def admin_menu_items(self):
        """Every plugin's items, enabled or not: Wagtail hooks are registered once, shown per request."""
        return [item for info in self.installed() for item in info.admin_menu_items]

    def personal_data_sources(self):
        """Every plugin's, enabled or not: a disabled plugin's rows still hold people's data."""
        return [source for info in self.installed() for source in info.personal_data]

    def demo_builders(self):
        return [(info, import_string(info.demo_builder)) for info in self.enabled() if info.demo_builder]

    def scale_builders(self):
        return [(info, import_string(info.scale_builder)) for info in self.enabled() if info.scale_builder]

    def belongs_to_disabled_plugin(self, model):
        return model._meta.app_label in self.disabled_labels()


plugin_registry = PluginRegistry()
