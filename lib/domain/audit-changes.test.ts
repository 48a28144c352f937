import { describe, expect, it } from 'vitest';
import { changedFields } from './audit-changes';

describe('what an audit entry changed', () => {
  it('lists only the fields whose value differs, in order of appearance', () => {
    expect(changedFields({ text: 'old', version: 1, status: 'draft' }, { text: 'new', version: 2, status: 'draft' })).toEqual([
      { field: 'text', before: 'old', after: 'new' },
      { field: 'version', before: '1', after: '2' },
    ]);
  });

  it('shows every field of a creation and of a removal', () => {
    expect(changedFields(null, { body: 'Hello', paragraphId: 3, amendmentId: null })).toEqual([
      { field: 'body', before: null, after: 'Hello' },
      { field: 'paragraphId', before: null, after: '3' },
    ]);
    expect(changedFields({ holders: ['jp', 'kr'] }, undefined)).toEqual([{ field: 'holders', before: '["jp","kr"]', after: null }]);
  });

  it('treats values that are not objects as one field', () => {
    expect(changedFields('a', 'b')).toEqual([{ field: '', before: 'a', after: 'b' }]);
    expect(changedFields([1], [1])).toEqual([]);
    expect(changedFields(null, null)).toEqual([]);
  });
});
