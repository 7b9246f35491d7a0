"""Layanan Adminduk Daring: online population administration for a regency's Disdukcapil."""
