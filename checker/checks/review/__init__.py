"""Handling-review rules (R...): content a reviewer must look at before release."""
