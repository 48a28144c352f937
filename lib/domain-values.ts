import 'server-only';

// The enumerations that pages offer as choices and actions accept, from the one schema
// that defines them (pages and actions may not import db/schema itself). Client
// components get the lists they show as props, so the schema never reaches the browser.
export {
  ACCREDITATION_VALUES,
  BADGE_CATEGORY_VALUES,
  BILATERAL_LEVEL_VALUES,
  DELEGATION_ROLE_VALUES,
  DOCUMENT_KIND_VALUES,
  DRAFTING_MODE_VALUES,
  MAIL_DELIVERY_VALUES,
  DISTRIBUTION_VALUES,
  MEETING_KIND_VALUES,
  MEETING_STATUS_VALUES,
  NOTIFICATION_KIND_VALUES,
  PARAGRAPH_KIND_VALUES,
  PARTICIPATION_VALUES,
  PRECEDENCE_RULE_VALUES,
  ROSTER_FUNCTION_VALUES,
  SEATING_LAYOUT_VALUES,
  USER_ROLE_VALUES,
} from '@/db/schema';
