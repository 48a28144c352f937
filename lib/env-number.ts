/** The environment variable `name` when it holds a whole number of at least 1, otherwise `fallback`. */
export function wholeNumberSetting(name: string, fallback: number): number {
  const configured = Number(process.env[name]);
  return Number.isSafeInteger(configured) && configured >= 1 ? configured : fallback;
}
