import 'server-only';
import { z } from 'zod';
import { AccessDenied, type Viewer } from '@/db/access';
import { getViewer } from './viewer';

/**
 * What a form shows after a server action: success, or a message and errors keyed by
 * field name. Serialisable, and never echoes what was typed into a password field.
 */
export type ActionState =
  | { ok: true; message?: string }
  | { ok: false; message?: string; fieldErrors?: Record<string, string[]> }
  | null;

/** Codes the forms translate; actions return these rather than English sentences. */
export const ACTION_MESSAGES = {
  signedOut: 'signed_out',
  forbidden: 'forbidden',
  invalid: 'invalid_input',
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
    throw error;
  }
}

/**
 * The wrapper every server action goes through: finds the viewer, parses the form with
 * `schema`, then calls `work`. Signed-out callers and invalid input never reach `work`;
 * an AccessDenied from the data layer (already logged there) becomes a "forbidden" state.
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
