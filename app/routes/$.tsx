import { GeneralErrorBoundary } from "~/ui/error-boundary";

/** Any address that matches no page. */
export async function loader() {
  throw new Response(JSON.stringify({ reason: "not-found" }), { status: 404, statusText: "Not Found", headers: { "Content-Type": "application/json" } });
}

export default function NotFound() {
  return <GeneralErrorBoundary />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
