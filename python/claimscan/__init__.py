"""claimscan: a ledger of every numeric claim in policy reports.

    import claimscan
    rows = claimscan.extract("Output rose 5.2% to 3 billion yuan.", file="a.txt")
    rows[0]["value"]                       # Decimal('5.2')
    rows = claimscan.extract_files(["reports/"], threads=4)
    df = claimscan.to_pandas(rows)         # needs pandas; to_arrow needs pyarrow

Each row is a dict keyed by the ledger's columns (``SCHEMA``), the same
fields and values as a ``claimscan extract`` ledger: integers as ``int``;
``value``, ``value_max`` and ``norm_value`` as ``decimal.Decimal`` (exact:
the very digits the CSV writes, at most six decimals); an empty
``value_max`` as ``None``. ``page`` is there only when some input has
pages (a PDF). Extraction releases the GIL, so Python threads run in
parallel.
"""

import json
from decimal import Decimal

from ._claimscan import __version__, extract, extract_files, schema

__all__ = [
    "SCHEMA",
    "ReadError",
    "arrow_schema",
    "__version__",
    "extract",
    "extract_files",
    "to_arrow",
    "to_jsonl",
    "to_pandas",
]

#: The ledger's columns and their types, in column order, as the Rust
#: library defines them once for CSV, JSONL and Python: ``text``,
#: ``integer``, ``decimal`` (exact, ``DECIMAL(38,6)`` in Arrow and Spark),
#: and ``decimal?``/``integer?`` which may be ``None``. The last, ``page``,
#: is only in ledgers of paged inputs.
SCHEMA = schema()


class ReadError(ValueError):
    """A file could not be read. ``file`` is its name; the message starts
    with it, as the command line reports it."""

    def __init__(self, message, file):
        super().__init__(message)
        self.file = file


def _columns(rows):
    names = [name for name, _ in SCHEMA]
    if not any("page" in row for row in rows[:1]):
        names = names[:-1]
    return names


def to_jsonl(rows):
    """The rows as JSON Lines, byte for byte what ``claimscan extract
    --format jsonl`` writes: decimals as JSON numbers with their digits."""
    out = []
    for row in rows:
        cells = []
        for key, value in row.items():
            if isinstance(value, Decimal):
                cell = str(value)
            else:
                cell = json.dumps(value, ensure_ascii=False)
            cells.append(json.dumps(key) + ":" + cell)
        out.append("{" + ",".join(cells) + "}\n")
    return "".join(out)


_ARROW_TYPES = {
    "text": "string",
    "integer": "int64",
    "integer?": "int64",
    "decimal": "decimal",
    "decimal?": "decimal",
}


def arrow_schema(page=False):
    """The ledger's schema as a ``pyarrow.Schema`` (decimals as
    ``decimal128(38, 6)``, exact). Needs pyarrow."""
    import pyarrow as pa

    fields = []
    for name, ty in SCHEMA:
        if name == "page" and not page:
            continue
        kind = _ARROW_TYPES[ty]
        if kind == "decimal":
            arrow_type = pa.decimal128(38, 6)
        else:
            arrow_type = getattr(pa, kind)()
        fields.append(pa.field(name, arrow_type, nullable=ty.endswith("?")))
    return pa.schema(fields)


def to_arrow(rows):
    """The rows as a ``pyarrow.Table`` typed by the ledger's schema
    (decimals exact). Needs pyarrow (``pip install pyarrow``)."""
    import pyarrow as pa

    names = _columns(rows)
    schema = arrow_schema(page="page" in names)
    columns = {name: [row[name] for row in rows] for name in names}
    return pa.Table.from_pydict(columns, schema=schema)


def to_pandas(rows, decimals="float"):
    """The rows as a ``pandas.DataFrame`` with the ledger's columns in
    order, even when there are no rows. ``decimals="float"`` (default)
    makes the decimal columns ``float64`` (convenient, rounds past 15-17
    significant digits); ``decimals="decimal"`` keeps them as exact
    ``Decimal`` objects. Integers are ``int64`` (``Int64`` for ``page``,
    which may be missing). Needs pandas (``pip install pandas``); pyarrow is
    not needed."""
    import pandas as pd

    if decimals not in ("float", "decimal"):
        raise ValueError('decimals must be "float" or "decimal"')
    names = _columns(rows)
    types = dict(SCHEMA)
    data = {}
    for name in names:
        values = [row[name] for row in rows]
        ty = types[name]
        if ty.startswith("decimal"):
            if decimals == "float":
                values = pd.Series(
                    [float(v) if v is not None else None for v in values],
                    dtype="float64",
                )
            else:
                values = pd.Series(values, dtype="object")
        elif ty == "integer":
            values = pd.Series(values, dtype="int64")
        elif ty == "integer?":
            values = pd.Series(values, dtype="Int64")
        else:
            values = pd.Series(values, dtype="object")
        data[name] = values
    return pd.DataFrame(data, columns=names)
