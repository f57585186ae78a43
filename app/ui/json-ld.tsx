import { useNonce } from "./nonce";

/** JSON safe inside a <script>: "<" escaped, so that no "</script>" or "<!--" in the data can end or change it. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** Structured data (schema.org) for search engines, with the response's CSP nonce. */
export function JsonLd({ data }: { data: unknown }) {
  const nonce = useNonce();
  // The browser hides nonce values from the DOM, so the hydrated attribute always differs.
  return <script type="application/ld+json" nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}
