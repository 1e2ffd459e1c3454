"""A stand-in desktop on a private D-Bus session bus, for tests/ui/test_reminders_notification.py:
it answers as ``org.freedesktop.Notifications`` (and as the tray's StatusNotifierWatcher, so Qt
sends its tray messages over D-Bus), writes every notification it receives to a file, and clicks
each one (signal ``ActionInvoked`` "default"), the way a person clicks a notification bubble.

Run: ``python fake_notifications.py LOG.jsonl``; prints "ready" once both names are taken.
"""

from __future__ import annotations

import json
import sys

from jeepney import DBusAddress, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NOTIFICATIONS = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def main(log_path: str) -> None:
    conn = open_dbus_connection(bus="SESSION")
    for name in (NOTIFICATIONS, "org.kde.StatusNotifierWatcher"):
        conn.send_and_get_reply(message_bus.RequestName(name))
    print("ready", flush=True)  # noqa: T201 - read by reminders_on_a_desktop.py
    last_id = 0
    with open(log_path, "a", encoding="utf-8") as log:
        while True:
            msg = conn.receive()
            if msg.header.message_type != MessageType.method_call:
                continue
            member = msg.header.fields.get(3)  # HeaderFields.member
            if member == "Notify":
                app, _replaces, _icon, summary, body, actions, _hints, timeout = msg.body
                last_id += 1
                log.write(json.dumps({"app": app, "summary": summary, "body": body,
                                      "actions": list(actions), "timeout": timeout}) + "\n")
                log.flush()
                conn.send(new_method_return(msg, "u", (last_id,)))
                conn.send(new_signal(DBusAddress(PATH, interface=NOTIFICATIONS), "ActionInvoked", "us",
                                     (last_id, "default")))
            elif member == "GetCapabilities":
                conn.send(new_method_return(msg, "as", (["body", "actions"],)))
            elif member == "GetServerInformation":
                conn.send(new_method_return(msg, "ssss", ("fake", "tests", "1", "1.2")))
            elif member == "Get":  # the watcher's properties: a tray host is there
                prop = msg.body[1]
                value = ("b", True) if prop == "IsStatusNotifierHostRegistered" else (
                    ("i", 0) if prop == "ProtocolVersion" else ("as", []))
                conn.send(new_method_return(msg, "v", (value,)))
            elif member == "Introspect":
                conn.send(new_method_return(msg, "s", ("<node/>",)))
            else:
                conn.send(new_method_return(msg))


if __name__ == "__main__":
    main(sys.argv[1])
