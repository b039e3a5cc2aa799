"""Print the DuckDB walk of the README (its "Parquet tables" section) with real output.

    police-bulletin corpus --format parquet --out tables tests/fixtures
    python3 scale/duckdb_walk.py tables
"""

import sys

import duckdb

QUERIES = [
    (
        "Arrests by agency level per month",
        "A bulletin's level is that of the first agency it names.",
        """\
WITH lead AS (SELECT id, level FROM 'tables/agencies.parquet' WHERE idx = 0)
SELECT strftime(d.published, '%Y-%m')    AS month,
       coalesce(lead.level, '(none)')     AS level,
       sum(t.value)::BIGINT               AS arrests,
       count(DISTINCT t.id)               AS bulletins
FROM 'tables/tallies.parquet' t
JOIN 'tables/documents.parquet' d USING (id)
LEFT JOIN lead USING (id)
WHERE t.kind = 'arrests'
GROUP BY ALL
ORDER BY month NULLS LAST, level;""",
    ),
    (
        "Money frozen in fraud cases by year",
        "Exact sums: `value` is DECIMAL(38,18), never a float.",
        """\
SELECT year(d.published)              AS year,
       f.unit,
       sum(f.value)::DECIMAL(38, 2)   AS frozen,
       count(*)                       AS bulletins
FROM 'tables/fraud.parquet' f
JOIN 'tables/documents.parquet' d USING (id)
WHERE f.field = 'funds_frozen'
GROUP BY ALL
ORDER BY year NULLS LAST;""",
    ),
    (
        "The largest seizures of drugs",
        "Masses are normalized to kilograms; `quantity_text` is the figure as written.",
        """\
SELECT id, action, item, quantity_text,
       quantity::DECIMAL(20, 3) AS kg
FROM 'tables/seizures.parquet'
WHERE kind = 'drugs' AND quantity_unit = 'kg'
ORDER BY quantity DESC
LIMIT 5;""",
    ),
]


def table(con, sql):
    cur = con.execute(sql)
    names = [c[0] for c in cur.description]
    rows = [["NULL" if v is None else str(v) for v in row] for row in cur.fetchall()]
    widths = [max(len(x) for x in col) for col in zip(names, *rows)]
    line = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"
    out = [line(names), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(r) for r in rows]
    return "\n".join(out)


def main():
    tables = sys.argv[1] if len(sys.argv) > 1 else "tables"
    con = duckdb.connect()
    for title, note, sql in QUERIES:
        print(f"### {title}\n\n{note}\n\n```sql\n{sql}\n```\n")
        print(table(con, sql.replace("'tables/", f"'{tables}/")) + "\n")


if __name__ == "__main__":
    main()
