import { getEnv } from "~/lib/env.server";

/**
 * The smallest page of this app, for `npm run bench` to compare real pages against: the root
 * layout and loader with a one-line page. Not served in production.
 */
export async function loader() {
  if (getEnv().isProduction) throw new Response(JSON.stringify({ reason: "not-found" }), { status: 404, headers: { "Content-Type": "application/json" } });
  return null;
}

export default function MinimalPage() {
  return <h1 className="p-8 text-2xl">Reweave</h1>;
}
