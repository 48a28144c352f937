/**
 * Groups rows by a key in one pass, keeping their order within each group. Read models join
 * child rows to parents with it: filtering every child list once per parent costs parents ×
 * children, which on a 300-paragraph text with hundreds of amendments was tens of
 * milliseconds of every page.
 */
export function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
