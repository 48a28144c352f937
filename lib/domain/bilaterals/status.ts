import type { BILATERAL_ANSWER_VALUES } from '@/lib/domain/values';

export type BilateralAnswer = (typeof BILATERAL_ANSWER_VALUES)[number];

/** Where a bilateral stands, as the parties and the secretariat read it. */
export type BilateralStatus = 'pending' | 'agreed' | 'declined' | 'expired' | 'scheduled';

/**
 * Derived, never stored, so that a read never has to write: a booked bilateral is scheduled;
 * one any party declined is declined; one every party accepted waits for a room; one still
 * waiting for answers past the secretariat's deadline has expired.
 */
export function bilateralStatus(facts: { scheduled: boolean; answers: readonly BilateralAnswer[]; deadline: Date | null; now: Date }): BilateralStatus {
  if (facts.scheduled) return 'scheduled';
  if (facts.answers.includes('declined')) return 'declined';
  if (facts.answers.every((a) => a === 'accepted')) return 'agreed';
  return facts.deadline && facts.now > facts.deadline ? 'expired' : 'pending';
}
