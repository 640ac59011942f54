"""Cross-checks between reader metadata (CSV columns, cable-viewer table) and the cable text.

The rules read ``cable.meta`` keys documented in ``checker/readers/__init__.py``
(``reference_id``, ``date``, ``origin``, ``classification``) and stay silent when a key is
absent, as it is for plain ``.txt`` files.
"""
