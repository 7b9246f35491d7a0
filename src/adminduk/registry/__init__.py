"""The population registry: the regency's mirror of its part of SIAK."""
