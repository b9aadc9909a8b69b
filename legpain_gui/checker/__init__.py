"""The symptom checker: its model of the knowledge base, the evidence of each finding, ranking, triage, checklist and report."""
