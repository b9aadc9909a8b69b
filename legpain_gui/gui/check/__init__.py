"""The Check tab: the finding entry, triage banner, ranking, explanation and ask-next."""
