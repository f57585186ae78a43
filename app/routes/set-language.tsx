import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { safeRedirectPath } from "~/lib/http.server";
import { isSupportedLanguage } from "~/lib/i18n";
import { languageCookie } from "~/lib/i18n.server";
import { getOptionalUser, setPreferredLanguage } from "~/modules/identity/index.server";

export async function loader() {
  return redirect("/");
}

/** Remembers the chosen language in a cookie and, for a signed-in user, on their account. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const language = form.get("language");
  const back = safeRedirectPath(form.get("redirectTo"));
  if (!isSupportedLanguage(language)) return redirect(back);
  const user = await getOptionalUser(request);
  if (user) await setPreferredLanguage(user.id, language);
  return redirect(back, { headers: { "Set-Cookie": await languageCookie.serialize(language) } });
}
