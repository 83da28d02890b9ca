"""Wagtail's stock "Moderators approval" workflow is removed by setup while unused, kept once put to use."""

import pytest
from django.core.management import call_command
from wagtail.models import GroupApprovalTask, Task, Workflow, WorkflowPage, WorkflowTask

from hub.setup import WAGTAIL_DEFAULT_WORKFLOW
from hub.workflows import EDITORIAL_WORKFLOW

pytestmark = pytest.mark.django_db


def test_the_stock_workflow_is_gone_after_setup_and_the_editorial_one_is_there(home):
    call_command("hub_setup")
    names = list(Workflow.objects.values_list("name", flat=True))  # with any a plugin sets up for its snippets
    assert EDITORIAL_WORKFLOW in names and WAGTAIL_DEFAULT_WORKFLOW not in names
    assert not Task.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).exists()


def test_setup_leaves_the_stock_workflow_alone_once_the_network_uses_it(home):
    workflow = Workflow.objects.create(name=WAGTAIL_DEFAULT_WORKFLOW)
    task = GroupApprovalTask.objects.create(name=WAGTAIL_DEFAULT_WORKFLOW)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=home, workflow=workflow)
    call_command("hub_setup")
    call_command("hub_setup")
    assert Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).get() == workflow
    assert Task.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).get() == task.task_ptr
    assert home.get_workflow() == workflow


def test_an_unused_task_of_that_name_goes_too(home):
    GroupApprovalTask.objects.create(name=WAGTAIL_DEFAULT_WORKFLOW)
    call_command("hub_setup")
    assert not Task.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).exists()
