import 'server-only';
import { z } from 'zod';
import { AccessDenied } from '@/db/access';
import type { Viewer } from '@/db/viewer';
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
      /**
       * What the form sent (text fields only, never a password), so that it shows them
       * again: React resets a form after its action, and bad input must not cost the typing.
       */
      values?: Record<string, string>;
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

function echoedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !/password/i.test(key)) values[key] = value;
  }
  return values;
}

/** The state for input that a zod schema refused: its codes, keyed by field. */
export function invalidInput(error: z.ZodError): Extract<ActionState, { ok: false }> {
  return {
    ok: false,
    message: ACTION_MESSAGES.invalid,
    fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>,
  };
}

/**
 * Actions are public endpoints: a hand-made call may pass anything in the form's place
 * (a plain form post gives the form as the first argument and nothing as the second).
 */
const isForm = (value: unknown): value is FormData => value instanceof FormData;
const NOT_A_FORM = { ok: false, message: ACTION_MESSAGES.invalid } as const;

async function run<S extends z.ZodType, R extends ActionState>(
  schema: S,
  formData: FormData,
  viewer: Viewer | null,
  work: (input: z.infer<S>, viewer: Viewer | null) => Promise<R> | R,
): Promise<R | ActionState> {
  const values = echoedValues(formData);
  const parsed = schema.safeParse(formInput(formData));
  if (!parsed.success) return { ...invalidInput(parsed.error), values };
  try {
    const result = await work(parsed.data, viewer);
    return result?.ok === false ? ({ values, ...result } as R) : result;
  } catch (error) {
    if (error instanceof AccessDenied) return { ok: false, message: error.reason ?? ACTION_MESSAGES.forbidden, values };
    if (error instanceof RuleViolation) {
      return error.field
        ? { ok: false, message: ACTION_MESSAGES.invalid, fieldErrors: { [error.field]: [error.code] }, values }
        : { ok: false, message: error.code, values };
    }
    if (error instanceof VersionConflict) {
      return { ok: false, message: ACTION_MESSAGES.conflict, conflict: error.current, values };
    }
    throw error;
  }
}

/**
 * The wrapper every server action goes through: finds the viewer, parses the form with
 * `schema`, then calls `work`, whose state may carry more than ActionState's fields (an
 * import preview, a link to copy). Signed-out callers and invalid input never reach `work`.
 * The data layer's refusals become states: AccessDenied (already logged there) "forbidden"
 * or its reason,
 * RuleViolation a field error, VersionConflict "conflict" with the current record.
 */
export function validatedActionWithViewer<S extends z.ZodType, R extends ActionState = ActionState>(
  schema: S,
  work: (input: z.infer<S>, viewer: Viewer) => Promise<R> | R,
) {
  return async (_previous: R | ActionState, formData: FormData): Promise<R | ActionState> => {
    if (!isForm(formData)) return NOT_A_FORM;
    const viewer = await getViewer();
    if (!viewer) return { ok: false, message: ACTION_MESSAGES.signedOut };
    return run(schema, formData, viewer, (input) => work(input, viewer));
  };
}

/** The same for the few actions anyone may take, signed in or not (choosing a language). */
export function validatedAction<S extends z.ZodType, R extends ActionState = ActionState>(
  schema: S,
  work: (input: z.infer<S>) => Promise<R> | R,
) {
  return async (_previous: R | ActionState, formData: FormData): Promise<R | ActionState> =>
    isForm(formData) ? run(schema, formData, null, (input) => work(input)) : NOT_A_FORM;
}
