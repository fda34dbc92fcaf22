"""The window. Thin: widgets call services and show the plain data they return."""
