"""The use cases. Each verb takes a unit of work (keyword ``uow``), applies the
domain's rules, runs as one transaction and returns plain data (views.py)."""
