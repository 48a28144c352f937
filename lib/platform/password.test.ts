import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores argon2id hashes with their own salt, never the password', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toContain('correct horse');
    expect(first).not.toBe(second);
  });

  it('verifies the right password and refuses a wrong one or a malformed hash', async () => {
    const stored = await hashPassword('vancouver-2018');
    expect(await verifyPassword(stored, 'vancouver-2018')).toBe(true);
    expect(await verifyPassword(stored, 'Vancouver-2018')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'vancouver-2018')).toBe(false);
  });
});
