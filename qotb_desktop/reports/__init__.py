"""The printing layer: Persian A4 forms and spreadsheets, drawn from plain data.

Arrives with the printing issue; it may use the domain (text, dates), never the store.
"""
