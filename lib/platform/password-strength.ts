import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

export const MIN_PASSWORD_LENGTH = 12;
/** zxcvbn's scale runs 0–4; 3 is "safely unguessable" for an online attack with throttling. */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

// Built on first use: the dictionaries take a moment to index and most requests never need them.
// No translations are given, so warnings come back as their keys, which the
// `validation.passwordWarning` catalogue turns into English or French.
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/**
 * Why `password` is refused, as a code of the `validation` catalogue, or null when it is
 * acceptable: at least 12 characters, and not guessable from common passwords, words,
 * names, keyboard patterns, dates or the account's own details (`userInputs`, e.g. the
 * e-mail and name). Never logs the password.
 */
export function passwordProblem(password: string, userInputs: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'passwordTooShort';
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[^\p{L}\p{N}]+/u)]).filter((s) => s.length >= 3);
  const result = strengthEstimator().check(password, inputs);
  if (result.score >= MIN_SCORE) return null;
  const warning = result.feedback.warning;
  return warning ? `passwordWarning.${warning}` : 'passwordWeak';
}
