/** What a referral or directory change returns: done, or refused with messages (i18n keys) for the form. */
export type Outcome<T extends object = object> = ({ ok: true } & T) | Refusal;

export interface Refusal {
  ok: false;
  fieldErrors?: Record<string, string[]>;
  formErrors?: string[];
  /** Interpolation values for the messages, already in the reader's language (an organisation's name, a service). */
  values?: Record<string, string>;
}

export function refuseField(field: string, message: string, values?: Refusal["values"]): Refusal {
  return { ok: false, fieldErrors: { [field]: [message] }, values };
}

export function refuseForm(message: string, values?: Refusal["values"]): Refusal {
  return { ok: false, formErrors: [message], values };
}
