import { GeneralErrorBoundary } from "~/ui/error-boundary";

/** Any address that matches no page; the root ErrorBoundary shows the 404 page (and names it in <title>). */
export async function loader() {
  throw new Response(JSON.stringify({ reason: "not-found" }), { status: 404, statusText: "Not Found", headers: { "Content-Type": "application/json" } });
}

export default function NotFound() {
  return <GeneralErrorBoundary />;
}
