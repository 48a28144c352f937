/**
 * What an audit entry changed, field by field, for people to read: the fields whose value
 * differs between the logged before and after (all of after's for a creation).
 */
export type FieldChange = { field: string; before: string | null; after: string | null };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A logged value as text: strings as written, anything else as JSON; null when absent. */
const asText = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);

/** The changed fields of an entry; a non-object before or after counts as one field, "". */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  if (!(isRecord(before) || before == null) || !(isRecord(after) || after == null)) {
    return asText(before) === asText(after) ? [] : [{ field: '', before: asText(before), after: asText(after) }];
  }
  const was = before ?? {};
  const is = after ?? {};
  return [...new Set([...Object.keys(was), ...Object.keys(is)])]
    .map((field) => ({ field, before: asText(was[field]), after: asText(is[field]) }))
    .filter((change) => change.before !== change.after);
}
