/**
 * An open form brought up to date with a change saved elsewhere (another tab) while it was open,
 * so saving it never puts back what the other change replaced. Fields the reader has not touched
 * take the newly saved value; fields they changed keep what they typed, and any of those the
 * other change touched too are named, so the form can say whose value saving will keep.
 */

/** A form's values, field by field. */
export type FormValues = Readonly<Record<string, string>>;

/** What a form shows and compares against after a change saved elsewhere. */
export interface RebasedForm<T extends FormValues> {
  /** What the form shows now. */
  values: T;
  /** What it counts as opened with: the saved values, so untouched fields are not "unsaved". */
  opened: T;
  /** Fields the reader changed that the other change also changed, to something else. */
  conflicts: (keyof T)[];
}

/** Rebases a form's `values`, opened with `opened`, on the values saved since (`saved`). */
export function rebaseForm<T extends FormValues>(opened: T, values: T, saved: T): RebasedForm<T> {
  const rebased: Record<string, string> = { ...values };
  const conflicts: (keyof T)[] = [];
  for (const [field, value] of Object.entries(saved)) {
    const touched = values[field] !== opened[field];
    const changedElsewhere = value !== opened[field];
    if (!touched) rebased[field] = value;
    else if (changedElsewhere && value !== values[field]) conflicts.push(field);
  }
  return { values: rebased as T, opened: saved, conflicts };
}
