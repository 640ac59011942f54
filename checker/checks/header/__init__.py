"""Transmission-header rules (H0xx): the VZCZC/DE/ZN/DTG/FM/TO block and its agreement with the banner."""
