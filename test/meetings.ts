import type { MeetingInput } from '@/db/mutations/meetings';

/** A meeting's valid details as "Create a meeting" sends them, for tests that create one. */
export const lisbonMeeting: MeetingInput = {
  title: 'Lisbon Ministerial Conference on Ocean Governance',
  shortTitle: 'Lisbon Ocean 2026',
  slug: 'lisbon-ocean-2026',
  kind: 'ministerial',
  venue: 'Centro Cultural de Belém',
  city: 'Lisbon',
  timeZone: 'Europe/Lisbon',
  startsAt: '2026-06-08T09:00',
  endsAt: '2026-06-09T18:00',
  hostStates: ['pt'],
  coChairs: ['pt', 'ke'],
  workingLanguages: ['en', 'fr'],
};
