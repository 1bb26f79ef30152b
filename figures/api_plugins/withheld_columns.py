"""A Datasette plugin, loaded by figures.api (--plugins-dir): the columns a table's metadata lists under
`withheld_columns` read as NULL in every table page, facet, filter and SQL query (an SQLite authorizer ignores
reading them), so personal data the store keeps, such as reviewers' names, is never served."""

import sqlite3

from datasette import hookimpl


@hookimpl
def prepare_connection(conn, database, datasette):
    """Install the authorizer on each of the database's connections."""
    tables = datasette.metadata("tables", database=database, fallback=False) or {}
    withheld = {(table, column) for table, about in tables.items() for column in about.get("withheld_columns", ())}
    if withheld:
        conn.set_authorizer(lambda action, table, column, *_: sqlite3.SQLITE_IGNORE
                            if action == sqlite3.SQLITE_READ and (table, column) in withheld else sqlite3.SQLITE_OK)
