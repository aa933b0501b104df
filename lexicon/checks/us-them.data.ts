/**
 * Data for the us-and-them check (PRODUCT.md principle 5, IT is part of the business). Each row: the phrase,
 * a replacement where one fits, what to write instead, and the neighbouring words that make it ordinary.
 */
import type { WordingPhrase } from './wording.ts';

/** Why the check exists; ends every message. */
export const PRINCIPLE =
  'IT is part of the business: "IT supports the business" sets IT outside it, while "the rest of the business", "our colleagues in finance" and "customers" put it back inside.';

/** The us-and-them phrases, their replacements, and the neighbours that make them ordinary. */
export const PHRASES: readonly WordingPhrase[] = [
  { pattern: '{support|supports|supported|supporting|serve|serves|served|serving} the business', replacement: 'work with the rest of the business', advice: 'write "work with the rest of the business" or name the team you work with.' },
  { pattern: '{IT|technology} and the business', replacement: 'IT and the rest of the business', advice: 'write "IT and the rest of the business": IT is one of its teams.' },
  { pattern: 'the business side', replacement: 'the rest of the business', advice: 'write "the rest of the business" or name the team.' },
  { pattern: 'business {users|user}', replacement: 'colleagues', advice: 'write "colleagues" or name the team ("the finance team").' },
  {
    pattern: 'the business',
    replacement: 'the rest of the business',
    advice: 'write "the rest of the business", or name the team ("our colleagues in finance").',
    notAfter: ['rest of', 'of', 'in', 'across', 'throughout', 'grow', 'grows', 'growing', 'run', 'runs', 'running', 'whole of', 'all of', 'part of', 'parts of', 'for all of', 'across all of', 'around', 'within', 'into', 'understand', 'know', 'started', 'start', 'sell', 'sold', 'own', 'owns', 'built', 'build', 'building', 'join', 'joined', 'leave', 'left', 'enter', 'entered'],
    notBefore: ['case', 'cases', 'plan', 'plans', 'planning', 'day', 'days', 'model', 'models', 'hours', 'unit', 'units', 'continuity', 'year', 'world', 'school', 'card', 'cards', 'trip', 'trips', 'travel', 'class', 'sense', 'idea', 'ideas', 'strategy', 'partner', 'partners', 'review', 'reviews', 'area', 'areas', 'owner', 'owners', 'lead', 'leads', 'leader', 'leaders', 'development', 'analyst', 'analysts', 'rates', 'rate', 'account', 'accounts', 'address', 'name', 'park', 'centre', 'center', 'lounge', 'class', 'value', 'goals', 'objectives', 'priorities', 'process', 'processes', 'of', 'grew', 'has grown', 'is growing', 'rules', 'requirements', 'logic', 'users', 'user', 'side'],
  },
  { pattern: '{end users|end-users|end user|end-user}', replacement: 'colleagues', advice: 'write "colleagues", "staff" or "customers", whoever they are.', notAfter: ['the'] },
  { pattern: 'the end {users|user}', replacement: 'our colleagues', advice: 'write "our colleagues", "staff" or "customers", whoever they are.' },
  {
    pattern: 'users',
    replacement: 'colleagues',
    advice: 'write "colleagues", "staff" or "everyone", or name the team: they are people, not users.',
    notAfter: ['power', 'guest', 'admin', 'external', 'active', 'monthly', 'daily', 'new', 'registered', 'app', 'website', 'web', 'mobile', 'twitter', 'instagram', 'facebook', 'linkedin', 'tiktok', 'youtube', 'online'],
    notBefore: ['guide', 'guides', 'manual', 'manuals', 'group', 'groups'],
  },
];
