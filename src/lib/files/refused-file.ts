/**
 * One file an upload refused, reported with its own name next to the field it
 * was chosen for. Plain data: it travels in an action's result to the form.
 */
export type RefusedFile = {
  field: string;
  name: string;
  reason: 'FILE_TYPE' | 'FILE_TOO_LARGE' | 'TOO_MANY_FILES' | 'FILE_UNSAFE';
  /** MB for FILE_TOO_LARGE, files for TOO_MANY_FILES. */
  limit?: number;
};
