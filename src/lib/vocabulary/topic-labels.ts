/**
 * How filters and tags name each topic. Apart from the topics themselves, which every schema of a
 * question needs, since only the picker and the search index show these names.
 */
import type { Topic } from './topics';

/** How each topic is named in filters and tags. */
export const TOPIC_LABELS: Record<Topic, string> = {
  responsibilities: 'Responsibilities',
  'typical-day': 'A typical day or week',
  colleagues: 'Who they work with',
  skills: 'Skills and qualities',
  culture: 'The organization and its culture',
  challenges: 'What is hard or unexpected',
  'nature-of-work': 'The nature of the work',
  lifestyle: 'Lifestyle: travel, hours, flexibility',
  leave: 'Time off and vacation',
  'remote-work': 'Remote and hybrid work',
  'getting-started': 'Getting started in the field',
  'career-path': 'Their path to this role',
  'job-search': 'Job search and hiring',
  hindsight: 'What they would do differently',
  training: 'Training and background',
  'entry-level': 'Entry-level roles',
  salary: 'Salary ranges',
  'role-future': 'Where the role leads',
  outlook: 'The field’s outlook',
  'field-change': 'How the field is changing',
  economy: 'The economy and the field',
  development: 'Professional development',
  advice: 'Advice for someone like you',
  organizations: 'Organizations and associations',
  resume: 'Feedback on your résumé',
  referrals: 'Who else to talk to',
};
