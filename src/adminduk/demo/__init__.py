"""A synthetic population and public demo accounts, for the embedded demo database only.

Every person, name, NIK and No. KK here is invented; only the region codes are real.
"""

from adminduk.demo.load import DEMO_ACCOUNTS, DEMO_ACTOR, DemoAccount, load_demo_data
from adminduk.demo.plan import DemoPlan
from adminduk.demo.population import DEMO_SEED, plan_demo

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_ACTOR",
    "DEMO_SEED",
    "DemoAccount",
    "DemoPlan",
    "load_demo_data",
    "plan_demo",
]
