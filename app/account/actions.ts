'use server';

import { z } from 'zod';
import { changePassword, signOutEverywhere } from '@/db/mutations/accounts';
import { setMailPreferences } from '@/db/mutations/notifications';
import { MAIL_DELIVERY_VALUES, NOTIFICATION_KIND_VALUES } from '@/lib/domain/values';
import { validatedActionWithViewer } from '@/lib/server/action';
import { renewThisSession } from '@/lib/server/session-renewal';

const password = z.string().min(1, 'required').max(1024, 'tooLong');

/** Changes the viewer's own password (the current one is required); every other session ends. */
export const changeOwnPassword = validatedActionWithViewer(
  z
    .object({ currentPassword: password, newPassword: password, confirmPassword: password })
    .refine((p) => p.newPassword === p.confirmPassword, { message: 'passwordsDiffer', path: ['confirmPassword'] }),
  async ({ currentPassword, newPassword }, viewer) => {
    await renewThisSession(await changePassword(viewer, currentPassword, newPassword));
    return { ok: true, message: 'passwordChanged' };
  },
);

/** Ends every session of the viewer's account; the browser then signs out here too. */
export const endAllSessions = validatedActionWithViewer(z.object({}), async (_input, viewer) => {
  signOutEverywhere(viewer);
  return { ok: true, message: 'signedOutEverywhere' };
});

const delivery = z.enum(MAIL_DELIVERY_VALUES, 'required');

/** The viewer chooses how each kind of notification reaches them by mail. */
export const chooseMailPreferences = validatedActionWithViewer(
  z.object({
    ...(Object.fromEntries(NOTIFICATION_KIND_VALUES.map((kind) => [kind, delivery])) as Record<(typeof NOTIFICATION_KIND_VALUES)[number], typeof delivery>),
    // Empty: no zone given; mailed times then say the meeting's zone and UTC.
    timeZone: z.string().trim().max(100, 'unknownTimeZone').transform((zone) => zone || null),
  }),
  async ({ timeZone, ...choices }, viewer) => {
    setMailPreferences(viewer, choices, timeZone);
    return { ok: true, message: 'mailPreferencesSaved' };
  },
);
