import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { clientIp } from "~/lib/http.server";
import { recordAudit } from "~/modules/audit/index.server";
import { destroySessionCookie, getSessionUser, revokeSession } from "~/modules/identity/index.server";

export async function loader() {
  return redirect("/");
}

/** Ends the session row, not only the cookie: the token is worthless afterwards. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await getSessionUser(request);
  if (user) {
    await revokeSession(user.session.id);
    await recordAudit({ action: "auth.logout", actorId: user.id, ip: clientIp(request) });
  }
  return redirect("/login?loggedOut=1", { headers: { "Set-Cookie": await destroySessionCookie() } });
}
