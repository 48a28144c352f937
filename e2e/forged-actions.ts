import { readFileSync } from 'node:fs';
import path from 'node:path';

type Manifest = { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };

/** A server action: its id, and the route of a page whose forms use it ("app/…/page"). */
export type ServerAction = { id: string; page: string };

/**
 * Every server action of the build the suite runs against, keyed `file#export`, read from
 * Next's server reference manifest: so a test can call any action without opening the form
 * that uses it, the way an attacker would. The page is the one with the fewest dynamic
 * segments among those that use the action.
 */
export function serverActions(): Map<string, ServerAction> {
  const file = path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  const segments = (page: string) => page.split('[').length;
  return new Map(
    Object.entries(manifest.node).map(([id, { filename, exportedName, workers }]) => [
      `${filename}#${exportedName}`,
      { id, page: Object.keys(workers).sort((a, b) => segments(a) - segments(b))[0] },
    ]),
  );
}

/** A file field of a forged form. */
export type FormFile = { name: string; type: string; content: string | Uint8Array<ArrayBuffer> };

/**
 * The body a `useActionState` form's server action call sends, with `fields` as its form
 * data: React's reply encoding, the form's fields under "_1_", then the
 * arguments: the previous state and a reference to those fields.
 */
export function actionForm(fields: Record<string, string | FormFile>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') form.append(`_1_${name}`, value);
    else form.append(`_1_${name}`, new Blob([value.content], { type: value.type }), value.name);
  }
  // Last, as React sends it: the server reads the parts in order and resolves "$K1" to the
  // fields seen before the root.
  form.append('0', JSON.stringify(['$undefined', '$K1']));
  return form;
}
