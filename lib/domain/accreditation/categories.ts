import { BADGE_CATEGORY_VALUES, type ROSTER_FUNCTION_VALUES } from '@/lib/domain/values';

export type BadgeCategory = (typeof BADGE_CATEGORY_VALUES)[number];

/**
 * The band colour of each category's badge, as security staff learn them: distinct in hue
 * and in lightness, so that they also tell apart in a grey photocopy.
 */
export const CATEGORY_COLOURS: Record<BadgeCategory, string> = {
  head_of_delegation: '#9f1239',
  delegate: '#1d4ed8',
  adviser: '#15803d',
  security: '#111827',
  press: '#f59e0b',
  support: '#7c3aed',
};

/** The category a member's function suggests, for a member whose category nobody chose. */
export function categoryForFunction(fn: (typeof ROSTER_FUNCTION_VALUES)[number]): BadgeCategory {
  switch (fn) {
    case 'head':
      return 'head_of_delegation';
    case 'deputy':
      return 'delegate';
    case 'adviser':
      return 'adviser';
    case 'press':
      return 'press';
    case 'security':
      return 'security';
    case 'interpreter':
      return 'support';
  }
}
