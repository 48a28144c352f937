import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-strength';

describe('password strength', () => {
  it('refuses anything shorter than 12 characters', () => {
    expect(passwordProblem('Xq7#pL9!vR2')).toBe('passwordTooShort');
  });

  it('refuses common passwords and patterns, naming why', () => {
    expect(passwordProblem('password1234')).toMatch(/^password(Warning\.|Weak)/);
    expect(passwordProblem('qwertyuiopasdf')).toMatch(/^passwordWarning\./);
    expect(passwordProblem('aaaaaaaaaaaaaa')).toBe('passwordWarning.simpleRepeat');
  });

  it("refuses a password built from the account's own e-mail", () => {
    const account = ['ravensworth@example.org', 'Ada Ravensworth'];
    expect(passwordProblem('Ravensworth2024!')).toBeNull();
    expect(passwordProblem('Ravensworth2024!', account)).toBe('passwordWarning.userInputs');
  });

  it('accepts a long passphrase nobody would guess', () => {
    expect(passwordProblem('lantern orbit velvet cactus 42')).toBeNull();
    expect(passwordProblem('Mz8#r2Qv!pX7wL')).toBeNull();
  });
});
