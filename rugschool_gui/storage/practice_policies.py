"""The PostgreSQL DDL of a practice database: owners, sharing, row-level security, the audit log.

Used by migration 0011 (``practice``), and by any later migration that adds a table with a
workbook in it (call :func:`protect_tables` again: it is idempotent). PostgreSQL only.

* ``workbook.owner`` is a PostgreSQL role (default ``current_user``); ``workbook_share`` names the
  colleagues a workbook is shared with. Every clinician's login is a member of the group role
  ``rugschool_clinician``, which gets the table privileges.
* Row-level security on ``workbook`` and on every table that reaches a workbook: directly (a
  ``workbook_id`` column) or through a foreign key to such a table (a fear item's ratings). The
  tables are found with the inspector at upgrade time, so a new chapter's tables are included.
  The tables' owner (the practice's administrator who runs the migrations) is not bound by the
  policies (``ENABLE``, not ``FORCE``): clinicians never log in as that owner.
* The audit log is written by statement-level triggers (one line per workbook per statement:
  who, when, which table, insert/update/delete), and by :sql:`rugschool_log_read(workbook_id)`
  for reads, which a trigger cannot see. Both are ``SECURITY DEFINER`` functions; clinicians may
  only read the lines of their own workbooks, never write, change or delete a line.
"""

from __future__ import annotations

import re

from sqlalchemy import inspect
from sqlalchemy.engine import Connection

CLINICIAN_ROLE = "rugschool_clinician"
#: tables of the practice itself, never protected as workbook content
OWN_TABLES = frozenset({"alembic_version", "audit_log", "workbook_share", "workbook"})
_ROW = re.compile(r"\br\.")


def workbook_paths(conn: Connection) -> dict[str, str]:
    """Every table that holds part of a workbook → the SQL expression (on a row aliased ``r``)
    that gives its workbook's id. Found with the inspector, following foreign keys."""
    insp = inspect(conn)
    tables = [t for t in insp.get_table_names() if t not in OWN_TABLES]
    paths: dict[str, str] = {}
    for table in tables:
        if "workbook_id" in {c["name"] for c in insp.get_columns(table)}:
            paths[table] = "r.workbook_id"
    grew = True
    while grew:  # a child of a protected table is protected through its parent
        grew = False
        for table in tables:
            if table in paths:
                continue
            for fk in insp.get_foreign_keys(table):
                parent = fk["referred_table"]
                if parent in paths and len(fk["constrained_columns"]) == 1:
                    column = fk["constrained_columns"][0]
                    inner = _ROW.sub("p.", paths[parent])
                    paths[table] = f"(SELECT {inner} FROM {parent} p WHERE p.id = r.{column})"
                    grew = True
                    break
    return paths


def install_base(conn: Connection) -> None:
    """The owner column, the share and audit tables, the group role and the functions."""
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar()
    path = f"SET search_path = {schema}, pg_temp"
    run = conn.exec_driver_sql
    run(f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{CLINICIAN_ROLE}') THEN
            CREATE ROLE {CLINICIAN_ROLE} NOLOGIN;
        END IF; END $$""")
    run("ALTER TABLE workbook ADD COLUMN owner varchar(63) NOT NULL DEFAULT current_user")
    run("CREATE INDEX ix_workbook_owner ON workbook (owner)")
    # one live workbook per name *per clinician*: two clinicians may each have a "Jan Peeters",
    # and a refused name must not tell one clinician what another's patients are called
    run("DROP INDEX uq_workbook_live_name")
    run("CREATE UNIQUE INDEX uq_workbook_live_name ON workbook (owner, lower(name)) "
        "WHERE deleted_at IS NULL")
    run("""CREATE TABLE workbook_share (
        workbook_id varchar(36) NOT NULL REFERENCES workbook (id) ON DELETE CASCADE,
        grantee varchar(63) NOT NULL,
        shared_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workbook_id, grantee))""")
    run("CREATE INDEX ix_workbook_share_grantee ON workbook_share (grantee)")
    run("""CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        who varchar(63) NOT NULL DEFAULT session_user,
        action varchar(10) NOT NULL,
        table_name varchar(63) NOT NULL,
        workbook_id varchar(36) NOT NULL)""")
    run("CREATE INDEX ix_audit_log_workbook ON audit_log (workbook_id, at)")
    run(f"""CREATE FUNCTION rugschool_owns(wid varchar) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
        SELECT EXISTS (SELECT 1 FROM workbook w WHERE w.id = wid AND w.owner = session_user) $$""")
    run(f"""CREATE FUNCTION rugschool_may_see(wid varchar) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
        SELECT EXISTS (SELECT 1 FROM workbook w WHERE w.id = wid AND (w.owner = session_user
            OR EXISTS (SELECT 1 FROM workbook_share s
                       WHERE s.workbook_id = wid AND s.grantee = session_user))) $$""")
    run(f"""CREATE FUNCTION rugschool_log_read(wid varchar) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
        BEGIN
            IF NOT rugschool_may_see(wid) AND session_user <> (SELECT tableowner FROM pg_tables
                    WHERE tablename = 'workbook' AND schemaname = current_schema()) THEN
                RAISE EXCEPTION 'permission denied for workbook' USING ERRCODE = 'insufficient_privilege';
            END IF;
            INSERT INTO audit_log (who, action, table_name, workbook_id)
                VALUES (session_user, 'read', 'workbook', wid);
        END $$""")
    # (psycopg reads % as a placeholder: format()'s %L/%s/%I are written %%)
    run(f"""CREATE FUNCTION rugschool_audit() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
        DECLARE rows_name text := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
        BEGIN
            EXECUTE format('INSERT INTO audit_log (who, action, table_name, workbook_id) '
                           'SELECT DISTINCT session_user, %%L, %%L, w FROM (SELECT %%s AS w FROM %%I r) x '
                           'WHERE w IS NOT NULL', lower(TG_OP), TG_TABLE_NAME, TG_ARGV[0], rows_name);
            RETURN NULL;
        END $$""")
    run(f"""CREATE FUNCTION rugschool_keep_owner() RETURNS trigger
        LANGUAGE plpgsql {path} AS $$
        BEGIN
            IF NEW.owner IS DISTINCT FROM OLD.owner AND session_user <> OLD.owner THEN
                RAISE EXCEPTION 'only the owner can hand a workbook on'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$""")
    run("CREATE TRIGGER workbook_keep_owner BEFORE UPDATE OF owner ON workbook "
        "FOR EACH ROW EXECUTE FUNCTION rugschool_keep_owner()")
    # the log: readable by the owner of the workbook, written only through the functions above
    run("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY")
    run("REVOKE ALL ON audit_log FROM PUBLIC")
    run(f"GRANT SELECT ON audit_log TO {CLINICIAN_ROLE}")
    run("CREATE POLICY audit_log_owner_reads ON audit_log FOR SELECT USING (rugschool_owns(workbook_id))")
    for name in ("rugschool_audit()", "rugschool_keep_owner()"):
        run(f"REVOKE ALL ON FUNCTION {name} FROM PUBLIC")
    run(f"GRANT SELECT ON alembic_version TO {CLINICIAN_ROLE}")
    # the workbooks themselves, and who they are shared with
    run("ALTER TABLE workbook ENABLE ROW LEVEL SECURITY")
    run("CREATE POLICY workbook_own_or_shared ON workbook USING (rugschool_may_see(id)) "
        "WITH CHECK (owner = session_user OR rugschool_may_see(id))")
    run("CREATE POLICY workbook_insert_own ON workbook AS RESTRICTIVE FOR INSERT "
        "WITH CHECK (owner = session_user)")
    run("ALTER TABLE workbook_share ENABLE ROW LEVEL SECURITY")
    run("CREATE POLICY workbook_share_seen ON workbook_share FOR SELECT "
        "USING (grantee = session_user OR rugschool_owns(workbook_id))")
    run("CREATE POLICY workbook_share_by_owner ON workbook_share FOR ALL "
        "USING (rugschool_owns(workbook_id)) WITH CHECK (rugschool_owns(workbook_id))")
    for table in ("workbook", "workbook_share"):
        run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {CLINICIAN_ROLE}")
    _audit(conn, "workbook", "r.id")


def _audit(conn: Connection, table: str, expression: str) -> None:
    quoted = expression.replace("'", "''")
    for event, rows in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        name = f"audit_{event.lower()}_{table}"[:63]
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {rows} TABLE AS "
            f"{rows.lower()}_rows FOR EACH STATEMENT EXECUTE FUNCTION rugschool_audit('{quoted}')")


def protect_tables(conn: Connection) -> list[str]:
    """Row-level security, privileges and audit triggers on every table of a workbook; returns
    the tables it protected. Safe to run again (a later migration with new tables)."""
    paths = workbook_paths(conn)
    for table, expression in sorted(paths.items()):
        visible = _ROW.sub(f"{table}.", expression)
        conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS {table}_own_or_shared ON {table}")
        conn.exec_driver_sql(f"CREATE POLICY {table}_own_or_shared ON {table} "
                             f"USING (rugschool_may_see({visible})) WITH CHECK (rugschool_may_see({visible}))")
        conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {CLINICIAN_ROLE}")
        _audit(conn, table, expression)
    return sorted(paths)


def remove(conn: Connection) -> None:
    """Undo :func:`install_base` and :func:`protect_tables` (the migration's downgrade)."""
    for table in workbook_paths(conn):
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS {table}_own_or_shared ON {table}")
        conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for event in ("insert", "update", "delete"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {f'audit_{event}_{table}'[:63]} ON {table}")
    for event in ("insert", "update", "delete"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_{event}_workbook ON workbook")
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS workbook_keep_owner ON workbook")
    for policy in ("workbook_own_or_shared", "workbook_insert_own"):
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON workbook")
    conn.exec_driver_sql("ALTER TABLE workbook DISABLE ROW LEVEL SECURITY")
    conn.exec_driver_sql("DROP TABLE audit_log")
    conn.exec_driver_sql("DROP TABLE workbook_share")
    for function in ("rugschool_audit()", "rugschool_keep_owner()", "rugschool_log_read(varchar)",
                     "rugschool_may_see(varchar)", "rugschool_owns(varchar)"):
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {function}")
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_workbook_owner")
    conn.exec_driver_sql("DROP INDEX uq_workbook_live_name")
    conn.exec_driver_sql("ALTER TABLE workbook DROP COLUMN owner")
    conn.exec_driver_sql("CREATE UNIQUE INDEX uq_workbook_live_name ON workbook (lower(name)) "
                         "WHERE deleted_at IS NULL")
