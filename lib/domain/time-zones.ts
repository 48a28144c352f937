/**
 * The IANA time zones this runtime knows, for the meeting's zone: a meeting's times are
 * stored as instants and shown on its zone's clock, so an unknown zone cannot be accepted.
 */
export const TIME_ZONES: readonly string[] = [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();

const known = new Set(TIME_ZONES);

/** Whether `zone` is an IANA zone name of the list (aliases such as "US/Pacific" are not offered, so not accepted). */
export const isTimeZone = (zone: string) => known.has(zone);
