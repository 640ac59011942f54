"""Baseline file and handling-review record.

``fingerprint`` gives findings an identity that survives edits elsewhere in a cable,
``baseline`` reads, writes and merges the file, ``record`` holds reviewers' decisions,
``gate`` decides what ``check --baseline`` reports and fails on, ``walk`` drives ``cablecheck review``.
"""
