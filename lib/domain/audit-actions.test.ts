import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { AUDIT_ACTIONS } from './audit-actions';

// The type of writeAudit's `action` is the list: an action missing from it does not
// compile, and one in it without a phrase in either language fails here.
describe('audit actions', () => {
  it.each([
    ['en', en],
    ['fr', fr],
  ])('each has a label in %s, and no label names an action that does not exist', (_language, catalogue) => {
    const labels = catalogue.audit.actionValue as Record<string, string>;
    expect(AUDIT_ACTIONS.filter((action) => !labels[action]?.trim())).toEqual([]);
    expect(Object.keys(labels).filter((key) => !(AUDIT_ACTIONS as readonly string[]).includes(key))).toEqual([]);
  });

  it('labels read as phrases, never as the code', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(en.audit.actionValue[action]).not.toMatch(/_/);
      expect(fr.audit.actionValue[action]).not.toMatch(/_/);
    }
  });
});
