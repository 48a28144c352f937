import type { ItemOutside } from '@/db/mutations/meetings';
import type { ActionState } from './action';

/** A meeting form's state when new dates or a new zone would leave agenda items outside the meeting. */
export type MeetingDatesState = ActionState | { ok: false; message: string; fieldErrors: Record<string, string[]>; outside: ItemOutside[] };

/**
 * That refusal: the message at both dates, and the items named (the form lists them).
 * `message` is a `validation` code: a copy's agenda is moved in the meeting it copies.
 */
export const itemsOutsideDates = (outside: ItemOutside[], message: 'itemsOutsideDates' | 'copyOutsideDates' = 'itemsOutsideDates'): MeetingDatesState => ({
  ok: false,
  message,
  fieldErrors: { startsAt: [message], endsAt: [message] },
  outside,
});
