import type { AgendaItemInput } from '@/db/mutations/agenda';

/** A valid new agenda item on the demo meeting's first day, with `overrides`. */
export const agendaItemInput = (overrides: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
  title: 'Heads of delegation briefing',
  description: '',
  kind: 'plenary',
  startsAt: '2018-01-15T16:00',
  endsAt: '2018-01-15T17:00',
  location: 'Harbour Salon, Level 2',
  chair: '',
  ...overrides,
});
