type Field = { key: string; label: string; kind: string; required: boolean; options?: string[] };

/**
 * A tailored bundle's form as the applicant's and the window's forms take it: only what they show,
 * each shared field with the names of the members that ask for it.
 */
export function bundleFormView(
  form: { shared: (Field & { memberCodes: string[] })[]; byMember: { code: string; name: string; fields: Field[] }[] },
  members: { code: string; name: string }[],
) {
  const names = new Map(members.map((m) => [m.code, m.name]));
  const view = (f: Field) => ({ key: f.key, label: f.label, kind: f.kind, required: f.required, options: f.options ?? [] });
  return {
    shared: form.shared.map((f) => ({ ...view(f), memberNames: f.memberCodes.map((c) => names.get(c) ?? c) })),
    byMember: form.byMember.map((m) => ({ code: m.code, name: m.name, fields: m.fields.map(view) })),
  };
}
