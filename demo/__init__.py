"""The illustrative demo: loads every app's demo content in order (``load_demo``) and prepares a
fresh site for ``make run`` (``prepare_site``). It sits on top of the apps, like the project package:
no app imports it."""
