/** The shape of a stable identifier, shared by every collection whose entries are referred to. */
import * as v from 'valibot';

/** A lowercase slug such as "typical-day": the id of an entry that saved data refers to. */
export const slugSchema = (example: string) =>
  v.pipe(
    v.string(),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `use a lowercase slug like "${example}"`),
  );
