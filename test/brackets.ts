import { parseBrackets } from '../lib/domain/brackets';

/** The text with each bracket resolved to its first alternative (as a secretariat might settle it). */
export function firstAlternatives(text: string): string {
  const parsed = parseBrackets(text);
  if (!parsed.ok) return text;
  return parsed.segments.map((s) => (s.kind === 'text' ? s.text : s.alternatives[0])).join('');
}
