import { useNavigation } from "@remix-run/react";
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "./button";

export type Errors = string[] | undefined | null;

/** Shows validation messages; each message is an i18n key. */
export function ErrorList({ id, errors, values }: { id?: string; errors?: Errors; values?: Record<string, unknown> }) {
  const { t } = useTranslation();
  const messages = errors?.filter(Boolean) ?? [];
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="mt-1 space-y-1 text-sm font-medium text-red-800">
      {messages.map((message) => (
        <li key={message}>{t(message as never, values)}</li>
      ))}
    </ul>
  );
}

/** Errors of the whole form (not of one field), announced to screen readers. */
export function FormErrors({ id, errors, values }: { id?: string; errors?: Errors; values?: Record<string, unknown> }) {
  if (!errors?.length) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3">
      <ErrorList id={id} errors={errors} values={values} />
    </div>
  );
}

const inputClass =
  "block w-full min-h-11 rounded-md border border-stone-500 bg-white px-3 py-2 text-base text-stone-900 aria-[invalid=true]:border-red-700";

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  errors?: Errors;
  /** Values for placeholders in the error messages, e.g. the amount that is available. */
  errorValues?: Record<string, unknown>;
  className?: string;
}

export function Field({ label, hint, errors, errorValues, className, inputProps }: FieldProps & { inputProps: InputHTMLAttributes<HTMLInputElement> }) {
  const fallbackId = useId();
  const id = inputProps.id ?? fallbackId;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <input
        {...inputProps}
        id={id}
        className={`${inputClass} mt-1`}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      />
      <ErrorList id={errorId} errors={errors} values={errorValues} />
    </div>
  );
}

export function SelectField({
  label,
  hint,
  errors,
  className,
  selectProps,
  children,
}: FieldProps & { selectProps: SelectHTMLAttributes<HTMLSelectElement>; children: ReactNode }) {
  const fallbackId = useId();
  const id = selectProps.id ?? fallbackId;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <select
        {...selectProps}
        id={id}
        className={`${inputClass} mt-1`}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      >
        {children}
      </select>
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

export function TextareaField({ label, hint, errors, className, textareaProps }: FieldProps & { textareaProps: TextareaHTMLAttributes<HTMLTextAreaElement> }) {
  const fallbackId = useId();
  const id = textareaProps.id ?? fallbackId;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <textarea
        {...textareaProps}
        id={id}
        className={`${inputClass} mt-1`}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      />
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

export function CheckboxField({ label, hint, errors, inputProps }: { label: ReactNode; hint?: ReactNode; errors?: Errors; inputProps: InputHTMLAttributes<HTMLInputElement> }) {
  const fallbackId = useId();
  const id = inputProps.id ?? fallbackId;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div>
      <div className="flex min-h-11 items-center gap-3">
        <input
          {...inputProps}
          type="checkbox"
          id={id}
          className="size-5 accent-brand-800"
          aria-invalid={errorId ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        />
        <label htmlFor={id} className="text-sm text-stone-800">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={hintId} className="ml-8 text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

/** A submit button that says it is busy while its form is on its way. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  name,
  value,
  disabled = false,
}: {
  children: ReactNode;
  pendingLabel?: ReactNode;
  variant?: keyof typeof buttonClass;
  name?: string;
  value?: string;
  disabled?: boolean;
}) {
  const navigation = useNavigation();
  const pending = navigation.state === "submitting" && (!name || navigation.formData?.get(name) === value);
  return (
    <button type="submit" name={name} value={value} className={buttonClass[variant]} disabled={pending || disabled} aria-busy={pending || undefined}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
