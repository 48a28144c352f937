import type { ActionState } from '@/lib/server/action';

type AnyState = ActionState | { ok: boolean } | null;
type Failure = Extract<ActionState, { ok: false }>;

const failure = (state: AnyState): Failure | null => (state && state.ok === false ? (state as Failure) : null);

/** The error codes an action state holds for `field`, for FormField's `errors`. */
export const errorsFor = (state: AnyState, field: string) => failure(state)?.fieldErrors?.[field];

/** What the form last sent for `field` after a refusal, or `fallback`: bad input costs no typing. */
export const sentOr = (state: AnyState, field: string, fallback: string) => failure(state)?.values?.[field] ?? fallback;

/** The whole-form message of a state and its tone, for FormMessage. */
export const messageOf = (state: AnyState) => ({
  code: state && 'message' in state ? (state.message as string | undefined) : undefined,
  tone: state?.ok ? ('success' as const) : ('error' as const),
});
