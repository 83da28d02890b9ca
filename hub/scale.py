"""Scale data: many published pages at once, for the benchmark and for trying the site under weight.

Saving pages one by one through treebeard costs a dozen queries each (paths, numchild, revisions,
signals); here pages are written in bulk with the tree's materialised paths computed up front. The pages
are live, without revisions or search-index entries (run `hub update_index` to search them).

Plugins take part by declaring `scale_builder` in their HubPluginMeta: a dotted path to a callable
`build(parents, count)` that returns unsaved page instances (their own fields filled), which
`add_pages_in_bulk` places under the given parents.
"""

import itertools
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page

from hub.models import MemberOrganisationPage
from hub.plugins import plugin_registry

BATCH = 500


def next_child_paths(parent):
    """An endless run of free treebeard paths below `parent`, after its last child."""
    last = parent.get_last_child()
    position = Page._str2int(last.path[-Page.steplen :]) if last else 0
    while True:
        position += 1
        yield Page._get_path(parent.path, parent.depth + 1, position)


@transaction.atomic
def add_pages_in_bulk(parent, pages):
    """Insert `pages` (unsaved instances of one or more page types) as live children of `parent`."""
    parent = Page.objects.get(pk=parent.pk)
    now = timezone.now()
    paths = next_child_paths(parent)
    for page in pages:
        page.path = next(paths)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid4()
        page.slug = page.slug or slugify(page.title)[:200] or "page"
        page.slug = f"{page.slug}-{page.path[-Page.steplen :].lower()}"
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
        page.content_type = ContentType.objects.get_for_model(page)
    # bulk_create cannot write multi-table page types; their base rows go in bulk, per page type.
    for _page_type, same_type in itertools.groupby(sorted(pages, key=lambda p: p._meta.label), key=type):
        group = list(same_type)
        bases = Page.objects.bulk_create([Page(**base_fields(page)) for page in group], batch_size=BATCH)
        for base, page in zip(bases, group, strict=True):
            page.pk = page.page_ptr_id = base.pk
            page.id = base.pk
            # The base row exists: save only the page type's own table.
            page.save_base(raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=Page.objects.child_of(parent).count())
    return pages


def base_fields(page):
    return {
        field.attname: getattr(page, field.attname) for field in Page._meta.concrete_fields if field.attname != "id"
    }


def build_scale(count, stdout=None):
    """`count` pages over the member organisations (in every language tree they have), shared between the
    core's content pages and every enabled plugin that declares a scale builder."""
    from home.models import ContentPage

    profiles = list(MemberOrganisationPage.objects.filter(alias_of__isnull=True).order_by("path"))
    profiles += list(
        MemberOrganisationPage.objects.exclude(locale=Locale.get_default()).order_by("path")[: len(profiles) * 3]
    )
    if not profiles:
        raise ValueError("Build the demo network first: there are no member organisations to hang pages on.")
    builders = [("core", core_scale_builder(ContentPage))]
    builders += [(info.label, builder) for info, builder in plugin_registry.scale_builders()]
    share = count // len(builders)
    made = 0
    for index, (label, builder) in enumerate(builders):
        wanted = share if index < len(builders) - 1 else count - made
        per_parent = divmod(wanted, len(profiles))
        for position, parent in enumerate(profiles):
            n = per_parent[0] + (1 if position < per_parent[1] else 0)
            if n:
                made += len(add_pages_in_bulk(parent, builder([parent], n)))
        if stdout:
            stdout.write(f"  {label}: {wanted} pages")
    return made


# Topics for scale pages, in the languages whose trees hold most of them, so that searching the scale data in
# English, French or Arabic meets text of that language and a realistic spread of matches (each topic an eighth).
SCALE_TOPICS = {
    "en": [
        ("Housing and asylum support", "What changed in the rules for asylum support and housing this year."),
        ("Detention visits", "How volunteers visit people held in immigration detention centres."),
        ("Right to rent checks", "Landlords must check the right to rent; what tenants can do when refused."),
        ("Family reunion", "Bringing children and partners to join refugees: the forms and the waiting times."),
        ("Free English classes", "Where to find free English classes for adults, with childcare."),
        ("Health care for migrants", "Registering with a doctor: nobody needs proof of address or immigration status."),
        ("Work and labour rights", "Unpaid wages, agency work and how a union can help migrant workers."),
        ("Citizenship and settlement", "Fees, the life in the UK test and applying for settlement."),
    ],
    "fr": [
        (
            "Logement et aide aux demandeurs d'asile",
            "Ce qui a changé cette année dans l'aide au logement des demandeurs.",
        ),
        ("Visites en rétention", "Comment les bénévoles rendent visite aux personnes en centre de rétention."),
        ("Droit de louer", "Les propriétaires vérifient le droit de louer : que faire en cas de refus."),
        ("Regroupement familial", "Faire venir enfants et conjoints auprès des réfugiés : formulaires et délais."),
        ("Cours d'anglais gratuits", "Où trouver des cours d'anglais gratuits pour adultes, avec garde d'enfants."),
        ("Santé des migrants", "S'inscrire chez un médecin sans justificatif de domicile ni titre de séjour."),
        ("Travail et droits des travailleurs", "Salaires impayés, intérim et l'aide d'un syndicat aux travailleurs."),
        ("Citoyenneté et installation", "Les frais, le test de vie au Royaume-Uni et la demande d'installation."),
    ],
    "ar": [
        ("السكن ودعم طالبي اللجوء", "ما الذي تغير هذا العام في قواعد دعم السكن لطالبي اللجوء."),
        ("زيارات مراكز الاحتجاز", "كيف يزور المتطوعون المحتجزين في مراكز احتجاز المهاجرين."),
        ("حق الإيجار", "على المالكين التحقق من حق الإيجار، وما يفعله المستأجرون عند الرفض."),
        ("لم شمل الأسرة", "استقدام الأطفال والأزواج للالتحاق باللاجئين: الاستمارات ومدة الانتظار."),
        ("دروس اللغة الإنجليزية المجانية", "أين تجد دروس اللغة الإنجليزية المجانية للكبار مع رعاية الأطفال."),
        ("الرعاية الصحية للمهاجرين", "التسجيل لدى الطبيب دون إثبات عنوان أو وضع الهجرة."),
        ("العمل وحقوق العمال", "الأجور غير المدفوعة والعمل المؤقت وكيف تساعد النقابة العمال المهاجرين."),
        ("الجنسية والإقامة الدائمة", "الرسوم واختبار الحياة في المملكة المتحدة وطلب الإقامة الدائمة."),
    ],
}


def scale_topic(parent, number):
    """(title, sentence) of scale page `number` under `parent`, in the parent's language (English otherwise)."""
    topics = SCALE_TOPICS.get(parent.locale.language_code, SCALE_TOPICS["en"])
    return topics[number % len(topics)]


def core_scale_builder(content_page_model):
    def build(parents, count):
        pages = []
        for number in range(count):
            title, sentence = scale_topic(parents[0], number)
            pages.append(content_page_model(title=f"{title} ({number})", introduction=f"<p>{sentence}</p>"))
        return pages

    return build
