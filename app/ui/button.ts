/** Class names for buttons and links that look like buttons; contrast checked against WCAG AA. */
const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold no-underline hover:no-underline disabled:cursor-not-allowed disabled:opacity-60";

export const buttonClass = {
  primary: `${base} bg-brand-800 text-white hover:bg-brand-900`,
  secondary: `${base} border border-stone-400 bg-white text-stone-900 hover:bg-stone-100`,
  danger: `${base} bg-red-700 text-white hover:bg-red-800`,
  link: "text-brand-800 underline underline-offset-2 hover:text-brand-900",
} as const;
