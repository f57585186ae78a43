import { db } from "~/lib/db.server";

/** For load balancers and monitors: 200 when the database answers, 503 when it does not. */
export async function loader() {
  try {
    await db.$queryRaw`SELECT 1`;
    return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
  } catch {
    return new Response("database unavailable", { status: 503, headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
  }
}
