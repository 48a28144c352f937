import { describe, expect, it } from 'vitest';
import { MAX_TICKET_LENGTH, newBadgeTicket, normaliseTicket } from './badge-ticket';

describe('newBadgeTicket', () => {
  it('is opaque: a prefix and 128 random bits, never the same twice', () => {
    const tickets = Array.from({ length: 1000 }, newBadgeTicket);
    expect(new Set(tickets).size).toBe(1000);
    for (const ticket of tickets) expect(ticket).toMatch(/^VGB-[A-Za-z0-9_-]{22}$/);
    expect(tickets[0].length).toBeLessThanOrEqual(MAX_TICKET_LENGTH);
  });

  it('reads a typed code without the spaces a hand or a scanner adds', () => {
    expect(normaliseTicket(' VGB-abc \n def ')).toBe('VGB-abcdef');
  });
});
