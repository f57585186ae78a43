/** What an admin change returns: done, or refused with messages (i18n keys) for the form that asked. */
export type Outcome<T extends object = object> = ({ ok: true } & T) | Refusal;

export interface Refusal {
  ok: false;
  fieldErrors?: Record<string, string[]>;
  formErrors?: string[];
}

export function refuseField(field: string, message: string): Refusal {
  return { ok: false, fieldErrors: { [field]: [message] } };
}

export function refuseForm(message: string): Refusal {
  return { ok: false, formErrors: [message] };
}
