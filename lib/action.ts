import 'server-only';
import { z } from 'zod';
import { AccessDenied, type Viewer } from '@/db/access';
import { RuleViolation, VersionConflict } from '@/db/errors';
import { getViewer } from './viewer';

/**
 * What a form shows after a server action: success, or a message and errors keyed by
 * field name; on a stale write, the record as it is now. Messages and field errors are
 * codes from the `validation` catalogue (the form translates them), so zod schemas give
 * codes too: `z.string().min(1, 'required')`. Serialisable; never echoes a password.
 */
export type ActionState =
  | { ok: true; message?: string; id?: number | string }
  | {
      ok: false;
      message?: string;
      fieldErrors?: Record<string, string[]>;
      conflict?: Record<string, unknown>;
    }
  | null;

/** Codes for whole-form outcomes, in the `validation` catalogue. */
export const ACTION_MESSAGES = {
  signedOut: 'signedOut',
  forbidden: 'forbidden',
  invalid: 'invalidInput',
  conflict: 'conflict',
} as const;

function formInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of formData) {
    if (key.startsWith('$ACTION')) continue; // React's own bookkeeping fields
    input[key] = value;
  }
  return input;
}

async function run<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  viewer: Viewer | null,
  work: (input: z.infer<S>, viewer: Viewer | null) => Promise<ActionState> | ActionState,
): Promise<ActionState> {
  const parsed = schema.safeParse(formInput(formData));
  if (!parsed.success) {
    return {
      ok: false,
      message: ACTION_MESSAGES.invalid,
      fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
    };
  }
  try {
    return await work(parsed.data, viewer);
  } catch (error) {
    if (error instanceof AccessDenied) return { ok: false, message: ACTION_MESSAGES.forbidden };
    if (error instanceof RuleViolation) {
      return error.field
        ? { ok: false, message: ACTION_MESSAGES.invalid, fieldErrors: { [error.field]: [error.code] } }
        : { ok: false, message: error.code };
    }
    if (error instanceof VersionConflict) {
      return { ok: false, message: ACTION_MESSAGES.conflict, conflict: error.current };
    }
    throw error;
  }
}

/**
 * The wrapper every server action goes through: finds the viewer, parses the form with
 * `schema`, then calls `work`. Signed-out callers and invalid input never reach `work`.
 * The data layer's refusals become states: AccessDenied (already logged there) "forbidden",
 * RuleViolation a field error, VersionConflict "conflict" with the current record.
 */
export function validatedActionWithViewer<S extends z.ZodType>(
  schema: S,
  work: (input: z.infer<S>, viewer: Viewer) => Promise<ActionState> | ActionState,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const viewer = await getViewer();
    if (!viewer) return { ok: false, message: ACTION_MESSAGES.signedOut };
    return run(schema, formData, viewer, (input) => work(input, viewer));
  };
}

/** The same for the few actions anyone may take, signed in or not (choosing a language). */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  work: (input: z.infer<S>) => Promise<ActionState> | ActionState,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> =>
    run(schema, formData, null, (input) => work(input));
}
