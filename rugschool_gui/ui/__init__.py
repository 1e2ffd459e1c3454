"""The Qt Widgets user interface: the shell window, one package per chapter, shared widgets."""
