import 'server-only';
import type { Clash } from '@/lib/domain/bilaterals/slots';

/**
 * A request that breaks a rule of the domain (a second head of delegation, an end before
 * its start). `code` names a message in the `validation` catalogue; `field` the form field
 * it belongs next to. Thrown by mutations before anything is written.
 */
export class RuleViolation extends Error {
  constructor(
    readonly code: string,
    readonly field?: string,
  ) {
    super(code);
    this.name = 'RuleViolation';
  }
}

/**
 * A stale write: the record changed since the writer read it (its `version` moved on).
 * Carries the record as it is now, so the form can show both texts side by side.
 */
export class VersionConflict<Current extends Record<string, unknown> = Record<string, unknown>> extends Error {
  constructor(readonly current: Current) {
    super('The record changed since you opened it');
    this.name = 'VersionConflict';
  }
}

/**
 * A slot that runs into something, with what it runs into named for the secretariat (who
 * reads every bilateral): the form says "Salon A is taken 08:00–08:30 by Japan – Korea".
 */
export class SlotClash extends RuleViolation {
  constructor(readonly clash: NamedClash) {
    super('bilateralClash', 'start');
    this.name = 'SlotClash';
  }
}

/** A clash with the names its message needs: the room taken, the parties of the bilateral in the way, the delegation booked twice. */
export type NamedClash = Clash & { roomName?: string; parties?: DelegationNaming[]; delegation?: DelegationNaming };
type DelegationNaming = { code: string; protocolName: string };

