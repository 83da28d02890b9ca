"""Background work of the membership plugin, run by `hub db_worker` (django-tasks with its database queue)."""

from django_tasks import task

from membership.ballot_results import snapshot_and_publish_turnouts
from membership.renewals import run_renewals


@task()
def renew_memberships():
    reminded, lapsed, made_associate = run_renewals()
    turnouts = snapshot_and_publish_turnouts()
    return {"reminded": reminded, "lapsed": lapsed, "made_associate": made_associate, "turnouts_taken": turnouts}
