import resources.oral_history_hooks  # noqa: F401  (registers the oral histories' hooks)
