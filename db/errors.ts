import 'server-only';

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
