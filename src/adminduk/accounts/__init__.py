"""Accounts: logins tied to one person each, with a role."""
