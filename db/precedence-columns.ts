import { delegations } from './schema';

/**
 * What the order of precedence (lib/domain/precedence.ts) needs of a delegation: selected wherever
 * delegations are put in order, so a new rule's input is added in one place.
 */
export const precedenceColumns = {
  countryCode: delegations.countryCode,
  protocolName: delegations.protocolName,
  role: delegations.role,
  manualRank: delegations.manualRank,
};
