"""Reminders while the app runs (and from the tray, if the person opts in): the choices
(``choices``), what the workbook plans today (``today``), the service (``service``), the tray
icon and its menu (``tray``), "Vandaag niet" (``decline_dialog``), the settings dialog
(``settings_dialog``) and the login start (``autostart``). The rules are in domain/reminders.py."""
