"""Background tasks that failed for good, for administrators: an email given up after its retries
(hub.mail), a task abandoned by workers that kept dying (hub.worker), any task that raised.

Only superusers see it: a failed email's arguments hold its recipients, and what to do about a failure
(mend the mail server, run the task again) is theirs.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView


def attempts(result):
    return len(result.worker_ids)


def error(result):
    """The traceback's last line: the exception and its message."""
    lines = result.traceback.strip().splitlines()
    return lines[-1] if lines else result.exception_class_path


def recipients(result):
    """For an email, whom it was for; empty for other tasks."""
    args = result.args_kwargs.get("args") or [None]
    message = args[0]
    return ", ".join(message.get("to", [])) if isinstance(message, dict) else ""


class FailedTasksView(ReportView):
    page_title = _("Failed background tasks")
    header_icon = "warning"
    index_url_name = "hub_failed_tasks"
    index_results_url_name = "hub_failed_tasks_results"
    columns = [
        Column("task_name", label=_("Task")),
        Column("recipients", label=_("Email to"), accessor=recipients),
        DateColumn("finished_at", label=_("Failed")),
        Column("attempts", label=_("Workers that ran it"), accessor=attempts),
        Column("error", label=_("Error"), accessor=error),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return DBTaskResult.objects.failed().order_by("-finished_at")


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


def admin_urls():
    return [
        path("reports/failed-tasks/", FailedTasksView.as_view(), name="hub_failed_tasks"),
        path(
            "reports/failed-tasks/results/",
            FailedTasksView.as_view(results_only=True),
            name="hub_failed_tasks_results",
        ),
    ]
