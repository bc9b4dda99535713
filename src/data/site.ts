/**
 * Site-wide data: the name, the promise, the main navigation and the tools. Components read
 * these; nothing here is repeated in markup.
 */
import { CONVERSATIONS_PATH } from '../lib/person-address';
import type { Tool } from '../lib/vocabulary';

/** The site's name as shown in the header and page titles. */
export const SITE_NAME = 'Informational Interview Kit';

/** One sentence on what the site is, for the home page and meta descriptions. */
export const SITE_DESCRIPTION =
  'A free guide and practice kit for informational interviews: plan your questions, write your emails and rehearse the conversation. Everything stays in your browser.';

/** The privacy promise shown in every footer. */
export const PRIVACY_PROMISE =
  'Nothing you type here leaves your browser: no accounts, no cookies, no tracking.';

/** A link in the main navigation; `match` is the path prefix that marks it as current. */
export interface NavItem {
  label: string;
  href: string;
  match: string;
}

/** The main navigation, in order. */
export const NAVIGATION: readonly NavItem[] = [
  { label: 'Guide', href: '/guide/', match: '/guide/' },
  { label: 'Questions', href: '/questions/picker/', match: '/questions/' },
  { label: 'Email', href: '/email/', match: '/email/' },
  { label: 'Practice', href: '/practice/', match: '/practice/' },
  { label: 'Conversations', href: CONVERSATIONS_PATH, match: CONVERSATIONS_PATH },
];

/** What each tool is called, where it lives and what it does, for links from the guide and home. */
export const TOOL_LINKS: Record<Tool, { label: string; href: string; blurb: string }> = {
  picker: {
    label: 'Question picker',
    href: '/questions/picker/',
    blurb:
      'Build a list of questions that fits the time you have, put it in order and take it with you.',
  },
  composer: {
    label: 'Email composer',
    href: '/email/',
    blurb:
      'Write your request, LinkedIn note, nudge, thank-you or update, with live checks of what makes it work.',
  },
  drill: {
    label: 'Practice drill',
    href: '/practice/',
    blurb:
      'Rehearse with flashcards that come back when you need them, then run a timed mock conversation.',
  },
  conversations: {
    label: 'Conversations',
    href: CONVERSATIONS_PATH,
    blurb:
      'Keep track of everyone you contact: what is due next, your notes from each conversation and the names they suggest.',
  },
};

/** A page the site map lists outside the guide's chapters and the tools. */
export interface SiteMapEntry {
  label: string;
  href: string;
  blurb: string;
}

/** The site map's other pages, in the order it lists them. */
export const OTHER_PAGES: readonly SiteMapEntry[] = [
  {
    label: 'Home',
    href: '/',
    blurb: 'What an informational interview is, the path through the guide, and the tools.',
  },
  {
    label: 'The guide, step by step',
    href: '/guide/',
    blurb: 'Every step on one page, each with a one-line summary.',
  },
  {
    label: 'Questions to ask',
    href: '/questions/',
    blurb: 'Every question in the bank, grouped by the four parts of the conversation.',
  },
  { label: 'Search', href: '/search/', blurb: 'Find any step or question by its words.' },
  {
    label: 'Privacy',
    href: '/privacy/',
    blurb: 'What the site keeps in your browser, and how to delete it.',
  },
];
