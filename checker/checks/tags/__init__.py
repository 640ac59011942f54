"""TAGS line rules (T001-T005): presence, form, known codes, repeats, a place tag."""
