/**
 * Queries compiled once. Kysely builds and compiles a query on every call: 13–21 µs for a phone's
 * queries, several times what SQLite takes to run them (measured), and a hall of phones sends
 * thousands a minute. `prepare(build)` compiles the query once per SQL dialect, with a marker in
 * the place of each named parameter, and keeps the SQL; a call only puts the values where the
 * markers were.
 *
 * Only for a query whose SQL does not depend on its values: no `in (…)` list, no `$if` or `is
 * null` chosen by a value, no value left undefined (Kysely would drop its column). The first
 * compile checks that every parameter is bound somewhere; a call checks no value is
 * undefined.
 */
import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { Db } from './index.ts';

/** What a parameter may hold: what both drivers bind. */
export type Param = string | number | bigint | null;

interface Plan {
  sql: string;
  /** For each bound value: the parameter's name, or the constant the query itself holds. */
  slots: ({ name: string } | { constant: unknown })[];
}

const MARK = '\u0000netral-param:';

export function prepare<P extends Record<string, Param>, O>(build: (db: Db, p: P) => Compilable<O>): (db: Db, params: P) => Promise<QueryResult<O>> {
  // One plan per dialect adapter: SQLite and PostgreSQL write different SQL for the same query.
  const plans = new WeakMap<object, Plan>();
  return async (db, params) => {
    const adapter = db.getExecutor().adapter;
    let plan = plans.get(adapter);
    if (!plan) {
      plan = compile(db, build, Object.keys(params));
      plans.set(adapter, plan);
    }
    const values = plan.slots.map((s) => {
      if (!('name' in s)) return s.constant;
      const v = params[s.name];
      if (v === undefined) throw new Error(`prepared query: parameter ${s.name} is undefined`);
      return v;
    });
    return db.executeQuery(CompiledQuery.raw(plan.sql, values) as CompiledQuery<O>);
  };
}

function compile<P extends Record<string, Param>, O>(db: Db, build: (db: Db, p: P) => Compilable<O>, names: string[]): Plan {
  const markers = Object.fromEntries(names.map((n) => [n, `${MARK}${n}`])) as P;
  const { sql, parameters } = build(db, markers).compile();
  const slots = parameters.map((v) => (typeof v === 'string' && v.startsWith(MARK) ? { name: v.slice(MARK.length) } : { constant: v }));
  for (const n of names) {
    const uses = slots.filter((s) => 'name' in s && s.name === n).length;
    if (uses === 0) throw new Error(`prepared query: parameter ${n} is never bound`);
  }
  return { sql, slots };
}
