/** What `work` throws; fails the test when it throws nothing, so a refusal cannot pass unnoticed. */
export function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal, but nothing was thrown');
}
