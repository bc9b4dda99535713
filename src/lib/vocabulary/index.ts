/**
 * The fixed vocabulary the content and the tools share: interview phases, question topics,
 * template kinds and fields, contact warmth, practice decks. Schemas build their enums from these
 * lists and the UI reads their labels from here, so a new topic or field is added in one place.
 *
 * Each domain is its own file: a chunk shared by several pages holds every export any of them
 * uses, so one file for all of it put the composer's field labels on the picker and the topic
 * labels on the composer. Re-exported here, so importers keep one address.
 */
export * from './phases';
export * from './topics';
export * from './topic-labels';
export * from './templates';
export * from './contacts';
export * from './decks';
export * from './tools';
