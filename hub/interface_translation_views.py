"""The admin's editor of interface strings: translators and reviewers of a language, for that language only.

A translator's change waits for a reviewer (it is marked `needs-review`); a reviewer's change, or a reviewer
confirming a string, removes the mark. Administrators (the model permission) work in every language.
"""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.auth import permission_denied

from hub.interface_catalogues import (
    CatalogueError,
    counts,
    editable_languages,
    export_catalogue,
    import_catalogue,
    nplurals,
    plural_examples,
    save_translation,
    strings,
)
from hub.language_names import language_name
from hub.roles import reviewers_group_name, translators_group_name

PAGE_SIZE = 50
ALL_LANGUAGES_PERMISSION = "hub.change_interfacetranslation"
ONE_LANGUAGE_PERMISSION = "hub.translate_interface"
STATUSES = {
    "untranslated": gettext_lazy("Not translated"),
    "needs-review": gettext_lazy("Needs review by a speaker"),
    "changed": gettext_lazy("Changed in the admin"),
}


def _roles(user):
    """{language: "reviewer" or "translator"} for the languages the user may edit; worked out once per request
    (the admin menu asks on every admin page)."""
    if not hasattr(user, "_hub_interface_roles"):
        user._hub_interface_roles = _roles_from_database(user)
    return user._hub_interface_roles


def _roles_from_database(user):
    if not user.is_active:
        return {}
    if user.is_superuser or user.has_perm(ALL_LANGUAGES_PERMISSION):
        return dict.fromkeys(editable_languages(), "reviewer")
    if not user.has_perm(ONE_LANGUAGE_PERMISSION):
        return {}
    groups = set(user.groups.values_list("name", flat=True))
    roles = {}
    for code in editable_languages():
        if reviewers_group_name(code) in groups:
            roles[code] = "reviewer"
        elif translators_group_name(code) in groups:
            roles[code] = "translator"
    return roles


def languages_user_may_edit(user):
    return list(_roles(user))


def may_confirm(user, language):
    return _roles(user).get(language) == "reviewer"


def for_language(view):
    """Only for the languages the user translates or reviews; an unknown language is a 404."""

    def wrapped(request, language, *args, **kwargs):
        if language not in editable_languages():
            raise Http404
        if language not in languages_user_may_edit(request.user):
            return permission_denied(request)
        return view(request, language, *args, **kwargs)

    return wrapped


def index(request):
    languages = languages_user_may_edit(request.user)
    if not languages:
        return permission_denied(request)
    rows = [{"code": code, "name": language_name(code), **counts(code)} for code in languages]
    return TemplateResponse(
        request,
        "hub/admin/interface_translations/index.html",
        {"page_title": _("Interface translations"), "rows": rows},
    )


def _filters(request):
    query = request.GET.get("q", "").strip()[:200]
    status = request.GET.get("status", "")
    return query, status if status in STATUSES else ""


def _list_url(language, request):
    """Back to the list as the translator left it (the edit and confirm forms keep its filters in their address)."""
    query, status = _filters(request)
    return reverse("hub_interface_strings", args=[language]) + "?" + urlencode({"q": query, "status": status})


def _matches(string, query, status):
    if status == "untranslated" and string.translated:
        return False
    if status == "needs-review" and not (string.needs_review and string.translated):
        return False
    if status == "changed" and not string.changed_in_admin:
        return False
    if query:
        haystack = " ".join([string.msgid, string.msgid_plural, string.msgctxt, *string.forms]).casefold()
        return query.casefold() in haystack
    return True


@for_language
def language_strings(request, language):
    query, status = _filters(request)
    found = [string for string in strings(language) if _matches(string, query, status)]
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "hub/admin/interface_translations/strings.html",
        {
            "page_title": _("Interface strings in %(language)s") % {"language": language_name(language)},
            "language": language,
            "page": page,
            "found": len(found),
            "query": query,
            "status": status,
            "statuses": STATUSES.items(),
            "filters": urlencode({"q": query, "status": status}),
            "may_confirm": may_confirm(request.user, language),
        },
    )


class TranslationForm(forms.Form):
    """One field per form the string takes in the language: one, or one per plural form."""

    def __init__(self, *args, string, language, reviewer, **kwargs):
        super().__init__(*args, **kwargs)
        if string.msgid_plural:
            for index, (value, numbers) in enumerate(zip(string.msgstr_plural, plural_examples(language), strict=True)):
                self.fields[f"form_{index}"] = forms.CharField(
                    label=_("Plural form %(number)d (for %(examples)s…)")
                    % {"number": index + 1, "examples": ", ".join(map(str, numbers))},
                    initial=value,
                    widget=forms.Textarea(attrs={"rows": 2, "lang": language, "dir": "auto"}),
                )
        else:
            self.fields["form_0"] = forms.CharField(
                label=_("Translation"),
                initial=string.msgstr,
                widget=forms.Textarea(attrs={"rows": 3, "lang": language, "dir": "auto"}),
            )
        if reviewer:
            self.fields["needs_review"] = forms.BooleanField(
                label=_("Still needs review by a speaker"),
                required=False,
                initial=False,
                help_text=_("Leave it unticked to confirm the translation."),
            )
        self.string, self.language = string, language

    def translated_forms(self):
        count = nplurals(self.language) if self.string.msgid_plural else 1
        return [self.cleaned_data[f"form_{index}"] for index in range(count)]


def _find(language, key):
    for string in strings(language):
        if string.key == key:
            return string
    raise Http404


@for_language
def edit_string(request, language, key):
    string = _find(language, key)
    reviewer = may_confirm(request.user, language)
    data = request.POST if request.method == "POST" else None
    form = TranslationForm(data, string=string, language=language, reviewer=reviewer)
    back = _list_url(language, request)
    if request.method == "POST" and form.is_valid():
        needs_review = form.cleaned_data["needs_review"] if reviewer else True
        try:
            save_translation(language, string, form.translated_forms(), needs_review, request.user)
        except CatalogueError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Translation saved: it shows on the site now."))
            return redirect(back)
    return TemplateResponse(
        request,
        "hub/admin/interface_translations/edit.html",
        {
            "page_title": _("Translate an interface string"),
            "language": language,
            "language_name": language_name(language),
            "string": string,
            "form": form,
            "reviewer": reviewer,
            "back": back,
        },
    )


@require_POST
@for_language
def confirm_string(request, language, key):
    string = _find(language, key)
    if not may_confirm(request.user, language):
        return permission_denied(request)
    if not string.translated:
        messages.error(request, _("A string without a translation cannot be confirmed: translate it first."))
    else:
        save_translation(language, string, string.forms, False, request.user)
        messages.success(request, _("Translation confirmed."))
    return redirect(_list_url(language, request))


@for_language
def export_po(request, language):
    response = HttpResponse(export_catalogue(language), content_type="text/x-gettext-translation; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="django-{language}.po"'
    return response


class ImportForm(forms.Form):
    catalogue = forms.FileField(
        label=gettext_lazy("PO file"), help_text=gettext_lazy("A .po file of this language, up to 2 MB.")
    )


@for_language
def import_po(request, language):
    form = ImportForm(request.POST, request.FILES) if request.method == "POST" else ImportForm()
    if request.method == "POST" and form.is_valid():
        try:
            changed, unknown = import_catalogue(
                language,
                form.cleaned_data["catalogue"],
                request.user,
                needs_review_forced=not may_confirm(request.user, language),
            )
        except CatalogueError as error:
            form.add_error("catalogue", str(error))
        else:
            messages.success(
                request,
                _(
                    "Translations changed: %(changed)d. Strings of the file that the catalogue does not have, left out: %(unknown)d."
                )
                % {"changed": changed, "unknown": unknown},
            )
            return redirect("hub_interface_strings", language)
    return TemplateResponse(
        request,
        "hub/admin/interface_translations/import.html",
        {
            "page_title": _("Import a PO file in %(language)s") % {"language": language_name(language)},
            "language": language,
            "form": form,
        },
    )
