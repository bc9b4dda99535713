/**
 * A person on the Conversations page, as another tool's saved data names them: their id, and
 * their name when the link was made (so the tool can say who it was for without loading the
 * people list). A draft and a question list each carry one when they were made for someone.
 */
import * as v from 'valibot';

/** Who a draft or list is for. */
export const personRefSchema = v.object({ id: v.string(), name: v.string() });
/** Who a draft or list is for: their id and their name then. */
export type PersonRef = v.InferOutput<typeof personRefSchema>;
