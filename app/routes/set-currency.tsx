import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { currencyCookie } from "~/lib/buyer-preferences.server";
import { safeRedirectPath } from "~/lib/http.server";
import { isCurrency } from "~/lib/money";
import { availableCurrencies } from "~/modules/earnings/index.server";

export async function loader() {
  return redirect("/");
}

/** Remembers the buyer's currency (one that has an exchange rate) and returns to the page. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const currency = form.get("currency");
  const back = safeRedirectPath(form.get("redirectTo"));
  if (!isCurrency(currency) || !(await availableCurrencies()).includes(currency)) return redirect(back);
  return redirect(back, { headers: { "Set-Cookie": await currencyCookie.serialize(currency) } });
}
