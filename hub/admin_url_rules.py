"""Every admin URL pattern and the rule that guards it.

Wagtail and its libraries bring admin views whose own checks do not always match the hub's roles
(hub/admin_guards.py closes the gaps). This list is the record that each one was looked at: a test
(tests/hub/test_admin_url_rules.py) walks the URL resolver under /admin/ and fails when a pattern has no
rule here, as after an upgrade of Wagtail or a library. Plugins list their own admin URLs in their
HubPluginMeta (`admin_url_rules`).

Keys are routes below /admin/ as Django's resolver spells them.
"""

PUBLIC = "anyone: no data (a login, error or static page)"
ANY_ADMIN_OWN = "any admin user: only their own account and settings"
ANY_ADMIN_NO_DATA = "any admin user: shows no stored data"
PAGE_PERMISSION = "Wagtail page permission on that page (Wagtail checks it; tests/hub/test_isolation.py)"
PAGES_SHOWN_BY_PERMISSION = "any admin user: lists only pages they may explore or edit (test_isolation.py)"
PAGE_CHOOSER = (
    "any admin user: hub's construct_page_chooser_queryset hook shows published pages and their own only "
    "(test_isolation.py)"
)
IMAGE_PERMISSION = "Wagtail collection permission on that image (test_isolation.py)"
DOCUMENT_PERMISSION = "Wagtail collection permission on that document (test_isolation.py)"
MEDIA_PERMISSION = "wagtailmedia collection permission on that recording (test_isolation.py)"
IMAGES_SHOWN_BY_PERMISSION = "collection permissions: lists only images the user may choose or manage"
DOCUMENTS_SHOWN_BY_PERMISSION = "collection permissions: lists only documents the user may choose or manage"
MEDIA_SHOWN_BY_PERMISSION = "collection permissions: lists only recordings the user may choose or manage"
MODEL_PERMISSION = "Wagtail model permission on its model (administrators; network editors where roles grant it)"
SUPERUSER = "superuser only (Wagtail checks it)"
TRANSLATION_EDIT = (
    "wagtail-localize: edit permission on the translation's target page, i.e. translators of that language only "
    "(test_translators.py)"
)
WORKFLOW_TASK = "Wagtail: the user may act on that workflow task (hub's review tasks: reviewers of its language)"
INTERFACE_TRANSLATIONS = (
    "hub: translators and reviewers of that language, administrators (test_interface_translations.py)"
)
TAXONOMY = "any admin user may choose themes, regions and communities (public data); editing: model permission"

WAGTAIL_CORE = {
    "": ANY_ADMIN_NO_DATA + " (dashboard panels are per role: hub.dashboard)",
    "^.*/$": "any admin user: Wagtail's 404 page",
    "test404/": "DEBUG only: Wagtail's 404 page",
    "failwhale/": "any admin user: Wagtail's 500 test page",
    "account/": ANY_ADMIN_OWN,
    "login/": PUBLIC,
    "logout/": ANY_ADMIN_OWN,
    "password_reset/": PUBLIC,
    "password_reset/done/": PUBLIC,
    "password_reset/confirm/<uidb64>/<token>/": "anyone holding the emailed token",
    "password_reset/complete/": PUBLIC,
    "jsi18n/": PUBLIC,
    "sprite/": PUBLIC,
    "dismissibles/": ANY_ADMIN_OWN,
    "block-preview/": ANY_ADMIN_NO_DATA + " (renders the block posted to it)",
    "editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/": (
        "Wagtail: edit permission on the object"
    ),
    "editing-sessions/release/<int:session_id>/": ANY_ADMIN_OWN + " (their own editing session)",
    "bulk/<str:app_label>/<str:model_name>/<str:action>/": (
        "Wagtail: per-item permission for the action (test_isolation.py BULK_PROBES)"
    ),
    "tag-autocomplete/": "any admin user: tag names only, no titles",
    "tag-autocomplete/<slug:app_name>/<slug:model_name>/": "any admin user: tag names only, no titles",
    "api/main/^pages/": PAGES_SHOWN_BY_PERMISSION,
    "api/main/^pages/<int:pk>/": PAGES_SHOWN_BY_PERMISSION,
    "api/main/^pages/find/": PAGES_SHOWN_BY_PERMISSION,
    "api/main/^pages/<int:pk>/action/<str:action_name>/": PAGE_PERMISSION,
    "api/main/^documents/": "hub guard ChoosableDocumentsAPI: documents the user may choose (test_isolation.py)",
    "api/main/^documents/<int:pk>/": "hub guard ChoosableDocumentsAPI",
    "api/main/^documents/find/": "hub guard ChoosableDocumentsAPI",
    "api/main/^images/": "hub guard ChoosableImagesAPI: images the user may choose (test_isolation.py)",
    "api/main/^images/<int:pk>/": "hub guard ChoosableImagesAPI",
    "api/main/^images/find/": "hub guard ChoosableImagesAPI",
}

PAGES = {
    "pages/": PAGES_SHOWN_BY_PERMISSION,
    "pages/<int:parent_page_id>/": PAGES_SHOWN_BY_PERMISSION,
    "pages/<int:parent_page_id>/results/": PAGES_SHOWN_BY_PERMISSION,
    "pages/search/": PAGES_SHOWN_BY_PERMISSION,
    "pages/search/results/": PAGES_SHOWN_BY_PERMISSION,
    "pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/": PAGES_SHOWN_BY_PERMISSION,
    "pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/": PAGES_SHOWN_BY_PERMISSION,
    "pages/create/<slug:app_label>/<slug:model_name>": "Wagtail: add permission; parents offered by permission",
    "pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/": PAGE_PERMISSION,
    "pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/preview/": (
        PAGE_PERMISSION
    ),
    "pages/<int:parent_page_id>/add_subpage/": PAGE_PERMISSION,
    "pages/<int:page_id>/usage/": PAGE_PERMISSION + "; referrers it may not edit are shown as private",
    "pages/<int:page_id>/edit/": PAGE_PERMISSION + "; hub.page_forms refuses others' media ids",
    "pages/<int:page_id>/edit/preview/": PAGE_PERMISSION,
    "pages/<int:page_id>/view_draft/": PAGE_PERMISSION,
    "pages/<int:page_id>/delete/": PAGE_PERMISSION,
    "pages/<int:page_id>/unpublish/": PAGE_PERMISSION + " (publish)",
    "pages/<int:page_id>/convert_alias/": PAGE_PERMISSION,
    "pages/<int:page_to_move_id>/move/": PAGE_PERMISSION,
    "pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/": (
        PAGE_PERMISSION + "; hub's before_move_page hook checks the GET too"
    ),
    "pages/<int:page_to_move_id>/set_position/": PAGE_PERMISSION,
    "pages/<int:page_id>/copy/": PAGE_PERMISSION,
    "pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/": WORKFLOW_TASK,
    "pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/": WORKFLOW_TASK,
    "pages/workflow/confirm_cancellation/<int:page_id>/": PAGE_PERMISSION,
    "pages/workflow/preview/<int:page_id>/<int:task_id>/": WORKFLOW_TASK,
    "pages/<int:page_id>/privacy/": PAGE_PERMISSION,
    "pages/<int:page_id>/lock/": PAGE_PERMISSION + " (lock)",
    "pages/<int:page_id>/unlock/": PAGE_PERMISSION + " (unlock)",
    "pages/<int:page_id>/revisions/": PAGE_PERMISSION,
    "pages/<int:page_id>/revisions/<int:revision_id>/view/": PAGE_PERMISSION,
    "pages/<int:page_id>/revisions/<int:revision_id>/revert/": PAGE_PERMISSION,
    "pages/<int:page_id>/revisions/<int:revision_id>/unschedule/": PAGE_PERMISSION + " (publish)",
    r"pages/^(\d+)/revisions/compare/(live|earliest|\d+)\.\.\.(live|latest|\d+)/$": PAGE_PERMISSION,
    "pages/<int:page_id>/workflow_history/": PAGE_PERMISSION,
    "pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/": PAGE_PERMISSION,
    "pages/<int:page_id>/history/": PAGE_PERMISSION,
    "pages/<int:page_id>/history/results/": PAGE_PERMISSION,
    "choose-page/": PAGE_CHOOSER,
    "choose-page/<int:parent_page_id>/": "hub guard choose_page_browse: refuses a hidden parent; " + PAGE_CHOOSER,
    "choose-page/search/": PAGE_CHOOSER,
    "choose-page/chosen-multiple/": "hub guard choose_page_chosen_multiple: refuses hidden pages",
    "choose-external-link/": ANY_ADMIN_NO_DATA,
    "choose-email-link/": ANY_ADMIN_NO_DATA,
    "choose-phone-link/": ANY_ADMIN_NO_DATA,
    "choose-anchor-link/": ANY_ADMIN_NO_DATA,
}

CSV_SAFE = "; its exports follow hub.spreadsheets' rule (hub.admin_guards.FORMULA_SAFE_REPORTS)"

REPORTS = {
    "reports/locked/": "Wagtail: unlock permission; locked pages the user may edit or locked themselves" + CSV_SAFE,
    "reports/locked/results/": "Wagtail: unlock permission; locked pages the user may edit or locked themselves"
    + CSV_SAFE,
    "reports/workflow/": "Wagtail: workflow states of pages the user may edit (test_isolation.py)" + CSV_SAFE,
    "reports/workflow/results/": "Wagtail: workflow states of pages the user may edit" + CSV_SAFE,
    "reports/workflow_tasks/": "Wagtail: task states of pages the user may edit (test_isolation.py)" + CSV_SAFE,
    "reports/workflow_tasks/results/": "Wagtail: task states of pages the user may edit" + CSV_SAFE,
    "reports/site-history/": "Wagtail: log entries of objects the user may edit (test_isolation.py)" + CSV_SAFE,
    "reports/site-history/results/": "Wagtail: log entries of objects the user may edit" + CSV_SAFE,
    "reports/aging-pages/": "Wagtail: page permission; lists published pages the user may publish" + CSV_SAFE,
    "reports/aging-pages/results/": "Wagtail: page permission; lists published pages the user may publish" + CSV_SAFE,
    "reports/page-types-usage/": (
        "hub guard PageTypesUsageOfVisiblePages: names a last edited page only if the user may see it "
        "(test_isolation.py)" + CSV_SAFE
    ),
    "reports/page-types-usage/results/": "hub guard PageTypesUsageOfVisiblePages" + CSV_SAFE,
    "reports/editorial-workflow/": (
        "hub: network editors and reviewers of every language (hub.reports); exports by hub.spreadsheets' rule"
    ),
    "reports/editorial-workflow/results/": "as reports/editorial-workflow/",
}

MEDIA_LIBRARIES = {
    "collections/": MODEL_PERMISSION,
    "collections/add/": MODEL_PERMISSION,
    "collections/<int:pk>/": MODEL_PERMISSION,
    "collections/<int:pk>/delete/": MODEL_PERMISSION,
    "collections/<int:collection_id>/privacy/": MODEL_PERMISSION,
    "images/": IMAGES_SHOWN_BY_PERMISSION,
    "images/results/": IMAGES_SHOWN_BY_PERMISSION,
    "images/add/": "collection permission to add; hub.uploads checks the file",
    "images/<int:image_id>/": IMAGE_PERMISSION,
    "images/<int:image_id>/delete/": IMAGE_PERMISSION,
    "images/<int:image_id>/generate_url/": IMAGE_PERMISSION,
    "images/<int:image_id>/generate_url/output/": IMAGE_PERMISSION,
    "images/<int:image_id>/preview/<str:filter_spec>/": IMAGE_PERMISSION,
    "images/usage/<int:image_id>/": IMAGE_PERMISSION,
    "images/multiple/add/": "collection permission to add; hub.uploads checks the file",
    "images/multiple/<int:image_id>/": IMAGE_PERMISSION,
    "images/multiple/<int:image_id>/delete/": IMAGE_PERMISSION,
    "images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/": "the uploader's own upload",
    "images/multiple/delete_upload/<int:uploaded_file_id>/": "the uploader's own upload",
    "images/chooser/": IMAGES_SHOWN_BY_PERMISSION,
    "images/chooser/results/": IMAGES_SHOWN_BY_PERMISSION,
    "images/chooser/chosen/<str:pk>/": IMAGE_PERMISSION + " (choose)",
    "images/chooser/chosen-multiple/": IMAGE_PERMISSION + " (choose)",
    "images/chooser/create/": "collection permission to add; hub.uploads checks the file",
    "images/chooser/<int:image_id>/select_format/": "hub guard image_select_format: choose permission",
    "documents/": DOCUMENTS_SHOWN_BY_PERMISSION,
    "documents/results/": DOCUMENTS_SHOWN_BY_PERMISSION,
    "documents/add/": "collection permission to add",
    "documents/edit/<int:document_id>/": DOCUMENT_PERMISSION,
    "documents/delete/<int:document_id>/": DOCUMENT_PERMISSION,
    "documents/usage/<int:document_id>/": DOCUMENT_PERMISSION,
    "documents/multiple/add/": "collection permission to add",
    "documents/multiple/<int:doc_id>/": DOCUMENT_PERMISSION,
    "documents/multiple/<int:doc_id>/delete/": DOCUMENT_PERMISSION,
    "documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/": "the uploader's own upload",
    "documents/multiple/delete_upload/<int:uploaded_file_id>/": "the uploader's own upload",
    "documents/chooser/": DOCUMENTS_SHOWN_BY_PERMISSION,
    "documents/chooser/results/": DOCUMENTS_SHOWN_BY_PERMISSION,
    "documents/chooser/chosen/<str:pk>/": DOCUMENT_PERMISSION + " (choose)",
    "documents/chooser/chosen-multiple/": DOCUMENT_PERMISSION + " (choose)",
    "documents/chooser/create/": "collection permission to add",
    "media/": MEDIA_SHOWN_BY_PERMISSION,
    "media/^(?P<media_type>audio|video|media)/add/$": "collection permission to add",
    "media/edit/<int:media_id>/": MEDIA_PERMISSION,
    "media/delete/<int:media_id>/": MEDIA_PERMISSION,
    "media/usage/<int:media_id>/": "hub guard media_usage: change or delete permission on the recording",
    "media/chooser/": MEDIA_SHOWN_BY_PERMISSION,
    "media/chooser/(?P<media_type>audio|video)/": MEDIA_SHOWN_BY_PERMISSION,
    "media/chooser/<int:media_id>/": MEDIA_PERMISSION,
    "media/^(?P<media_type>audio|video)/chooser/upload/$": "collection permission to add",
    "private-media/<path:name>": "hub.private_media: permission on the file's image, document or recording",
    "embeds/chooser/": ANY_ADMIN_NO_DATA + " (fetches from the configured embed providers)",
    "embeds/chooser/upload/": ANY_ADMIN_NO_DATA + " (fetches from the configured embed providers)",
}

WORKFLOWS = dict.fromkeys(
    [
        "workflows/list/",
        "workflows/list/results/",
        "workflows/add/",
        "workflows/enable/<int:pk>/",
        "workflows/disable/<int:pk>/",
        "workflows/edit/<int:pk>/",
        "workflows/usage/<int:pk>/",
        "workflows/usage/<int:pk>/results/",
        "workflows/remove/<int:page_pk>/",
        "workflows/remove/<int:page_pk>/<int:workflow_pk>/",
        "workflows/tasks/add/<str:app_label>/<str:model_name>/",
        "workflows/tasks/select_type/",
        "workflows/tasks/index/",
        "workflows/tasks/index/results/",
        "workflows/tasks/edit/<int:pk>/",
        "workflows/tasks/disable/<int:pk>/",
        "workflows/tasks/enable/<int:pk>/",
        "workflows/task_chooser/",
        "workflows/task_chooser/results/",
        "workflows/task_chooser/create/",
        "workflows/task_chooser/<int:task_id>/",
    ],
    "Wagtail: workflow model permissions (administrators only)",
)


def model_viewset_routes(prefix, *, copy=True, add="new/"):
    """The routes of one of Wagtail's ModelViewSets (users, groups, sites, locales)."""
    routes = ["", "results/", add, "edit/<int:pk>/", "delete/<int:pk>/", "history/<int:pk>/"]
    routes += ["history-results/<int:pk>/", "usage/<int:pk>/"] + (["copy/<int:pk>/"] if copy else [])
    return [prefix + route for route in routes]


def snippet_routes(app_label, model_name):
    """The routes of one snippet model's viewset and chooser."""
    listing = [f"snippets/{app_label}/{model_name}/{route}" for route in ["", "results/"]]
    items = [
        f"snippets/{app_label}/{model_name}/{route}"
        for route in [
            "add/",
            "edit/<int:pk>/",
            "delete/<int:pk>/",
            "usage/<int:pk>/",
            "history/<int:pk>/",
            "history-results/<int:pk>/",
            "copy/<int:pk>/",
        ]
    ]
    chooser = [
        f"snippets/choose/{app_label}/{model_name}/{route}"
        for route in ["", "results/", "chosen/<str:pk>/", "chosen-multiple/", "create/"]
    ]
    return listing + items + chooser


SETTINGS_AND_PEOPLE = {
    **dict.fromkeys(
        model_viewset_routes("users/"), MODEL_PERMISSION + " (auth.User; hub grants add/change to network editors)"
    ),
    **dict.fromkeys(model_viewset_routes("groups/", copy=False), MODEL_PERMISSION + " (auth.Group)"),
    **dict.fromkeys(model_viewset_routes("sites/"), MODEL_PERMISSION + " (wagtailcore.Site)"),
    **dict.fromkeys(model_viewset_routes("locales/"), MODEL_PERMISSION + " (wagtailcore.Locale)"),
    "settings/<slug:app_name>/<slug:model_name>/": MODEL_PERMISSION + " (the setting's change permission)",
    "settings/<slug:app_name>/<slug:model_name>/<int:pk>/": MODEL_PERMISSION + " (the setting's change permission)",
    "settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/": MODEL_PERMISSION,
    "redirects/": MODEL_PERMISSION,
    "redirects/results/": MODEL_PERMISSION,
    "redirects/add/": MODEL_PERMISSION,
    "redirects/<int:redirect_id>/": MODEL_PERMISSION,
    "redirects/<int:redirect_id>/delete/": MODEL_PERMISSION,
    "redirects/import/": MODEL_PERMISSION,
    "redirects/import/process/": MODEL_PERMISSION,
    "snippets/": "any admin user: lists the snippet types they have a permission on",
    **{route: TAXONOMY for model in ["theme", "region", "community"] for route in snippet_routes("hub", model)},
    "forms/": "Wagtail: form pages the user may edit",
    "forms/results/": "Wagtail: form pages the user may edit",
    "forms/submissions/<int:page_id>/": PAGE_PERMISSION,
    "forms/submissions/<int:page_id>/results/": PAGE_PERMISSION,
    "forms/submissions/<int:page_id>/delete/": PAGE_PERMISSION,
    "cache/": "hub guard cache_index: administrators only (test_roles.py)",
    "cache/clearcache": (
        "hub guard cache_clear: administrators only; GET asks to confirm, only a POST with its CSRF token clears "
        "(test_roles.py)"
    ),
}

SEARCH = {
    "searchpicks/": MODEL_PERMISSION + " (SearchPromotion: network editors)",
    "searchpicks/results/": MODEL_PERMISSION + " (SearchPromotion)",
    "searchpicks/add/": MODEL_PERMISSION + " (SearchPromotion)",
    "searchpicks/<int:query_id>/": MODEL_PERMISSION + " (SearchPromotion)",
    "searchpicks/<int:query_id>/delete/": MODEL_PERMISSION + " (SearchPromotion)",
    "searchpicks/queries/chooser/": (
        "hub guard search_query_chooser: SearchPromotion permission (visitors' queries; test_isolation.py)"
    ),
    "searchpicks/queries/chooser/results/": "hub guard search_query_chooser",
    "searchpicks/reports/search-terms/": SUPERUSER + " (visitors' queries)",
    "searchpicks/reports/search-terms/results/": SUPERUSER + " (visitors' queries)",
    "search/queries/": "search: search.view_weeklyquerycount (network editors); exports by hub.spreadsheets' rule",
    "search/queries/results/": "as search/queries/",
}

LOCALIZE = {
    "localize/jsi18n/": PUBLIC,
    "localize/submit/page/<int:page_id>/": (
        "hub guard submit_page_translation: submit_translation permission, into the user's languages only "
        "(test_translators.py)"
    ),
    "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/": (
        "wagtail-localize: submit_translation permission (network editors only: translators' groups translate pages)"
    ),
    "localize/update/<int:translation_source_id>/": (
        "hub guard update_translations: edit permission on the source or a translation; publishing only for who "
        "may publish every translation, never translators (test_translators.py)"
    ),
    "localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/": TRANSLATION_EDIT,
    "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/": TRANSLATION_EDIT,
    "localize/translate/<int:translation_id>/pofile/download/": TRANSLATION_EDIT,
    "localize/translate/<int:translation_id>/pofile/upload/": TRANSLATION_EDIT,
    "localize/translate/<int:translation_id>/machine_translate/": TRANSLATION_EDIT,
    "localize/translate/<int:translation_id>/preview/": TRANSLATION_EDIT,
    "localize/translate/<int:translation_id>/preview/<str:mode>/": TRANSLATION_EDIT,
    "localize/translate/<int:translation_id>/disable/": TRANSLATION_EDIT,
    "localize/page/<int:page_id>/convert_to_alias/": PAGE_PERMISSION,
    "localize/reports/translations/": (
        "any admin user: lists translations' source titles as submitted, which member editors never submit "
        "(test_isolation.py)"
    ),
    "localize/reports/translations/results/": "as localize/reports/translations/",
    "localize/api/snippets/<slug:app_label>/<slug:model_name>/": "wagtail-localize: the snippet model's permission",
    "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/": (
        "wagtail-localize: the snippet model's permission"
    ),
}

HUB = {
    "members/onboard/": "hub: hub.onboard_member (network editors)",
    "translations/<int:page_id>/submit/": "hub: edit permission on the translation (hub.workflow_views)",
    "translation-status/": (
        "hub: the languages the user may translate into (hub.translation_status); exports by hub.spreadsheets' rule"
    ),
    "translation-status/results/": "as translation-status/",
    "interface-translations/": (
        "hub: translators and reviewers of a language see their languages only; administrators all "
        "(hub.interface_translation_views, test_interface_translations.py)"
    ),
    "interface-translations/<str:language>/": INTERFACE_TRANSLATIONS,
    "interface-translations/<str:language>/export/": INTERFACE_TRANSLATIONS,
    "interface-translations/<str:language>/import/": INTERFACE_TRANSLATIONS,
    "interface-translations/<str:language>/<str:key>/": INTERFACE_TRANSLATIONS,
    "interface-translations/<str:language>/<str:key>/confirm/": (
        "hub: reviewers of that language and administrators, POST only (test_interface_translations.py)"
    ),
    "review/<int:page_id>/changes/": (
        "hub: whoever may act on the page's current workflow task (hub.review_in_editor.ChangesUnderReview)"
    ),
    "two-factor/": ANY_ADMIN_OWN + " (hub.two_factor_views)",
    "two-factor/verify/": ANY_ADMIN_OWN + " (hub.two_factor_views)",
    "two-factor/setup/": ANY_ADMIN_OWN + " (hub.two_factor_views)",
    "login-lockouts/": "hub: axes.delete_accessattempt, network editors (hub.login_protection)",
    "login-lockouts/unlock/": "hub: axes.delete_accessattempt, POST only (hub.login_protection)",
    "reports/failed-tasks/": SUPERUSER.replace("Wagtail", "hub.task_reports") + " (tasks hold email addresses)",
    "reports/failed-tasks/results/": SUPERUSER.replace("Wagtail", "hub.task_reports"),
}

ADMIN_URL_RULES = {
    **WAGTAIL_CORE,
    **PAGES,
    **REPORTS,
    **MEDIA_LIBRARIES,
    **WORKFLOWS,
    **SETTINGS_AND_PEOPLE,
    **SEARCH,
    **LOCALIZE,
    **HUB,
}


def admin_url_rules():
    """The hub's rules and those of the installed plugins."""
    from hub.plugins import plugin_registry

    rules = dict(ADMIN_URL_RULES)
    for info in plugin_registry.installed():
        rules.update(info.admin_url_rules)
    return rules
