import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatMoney } from "~/lib/money";
import { parseForm } from "~/lib/validation";
import { cartIdFrom, clearCart, confirmationPath, submitTestPayment, testPaymentView } from "~/modules/orders/index.server";
import { TestPaymentSchema } from "~/modules/orders/test-payment-schema";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { OrderLines, OrderTotals } from "~/ui/order-lines";

export const handle = { i18n: ["checkout"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [...titled(data), { name: "robots", content: "noindex" }];

/** The manual provider's test-payment page: exists only while no payment service is configured. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = await getLanguage(request);
  const sig = new URL(request.url).searchParams.get("sig");
  const order = await testPaymentView(params.orderId, sig, language);
  if (!order) throw notFound();
  const t = await getTranslator(language);
  return { title: t("checkout:pay.title"), order, sig: sig!, confirmation: confirmationPath(order.id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), TestPaymentSchema);
  if (submission.status !== "success") throw notFound();
  const order = await testPaymentView(params.orderId, submission.value.sig, await getLanguage(request));
  if (!order) throw notFound();
  const outcome = await submitTestPayment(order.id, submission.value.intent);
  if (submission.value.intent === "decline" && outcome !== "not_pending") return redirect("/cart?declined=1");
  if (outcome === "paid") await clearCart(await cartIdFrom(request));
  return redirect(confirmationPath(order.id));
}

export default function TestPaymentPage() {
  const { t, i18n } = useTranslation("checkout");
  const { order, sig, confirmation } = useLoaderData<typeof loader>();
  const amount = formatMoney(order.totalMinor, order.currency, i18n.language);
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <p role="note" className="rounded-md border-2 border-dashed border-amber-700 bg-amber-50 p-4 text-lg font-bold text-amber-900">
        {t("pay.banner")}
      </p>
      <h1 className="text-3xl font-bold">{t("pay.title")}</h1>
      <p className="text-stone-700">{t("pay.explain")}</p>
      <h2 className="text-xl font-semibold">{t("pay.order", { number: order.number })}</h2>
      <OrderLines lines={order.lines} currency={order.currency} />
      <OrderTotals currency={order.currency} subtotalMinor={order.subtotalMinor} shippingMinor={order.shippingMinor} totalMinor={order.totalMinor} />
      {order.status === "pending_payment" ? (
        <Form method="post" className="flex flex-wrap gap-3">
          <input type="hidden" name="sig" value={sig} />
          <button type="submit" name="intent" value="pay" className={buttonClass.primary}>
            {t("pay.pay", { amount })}
          </button>
          <button type="submit" name="intent" value="decline" className={buttonClass.secondary}>
            {t("pay.decline")}
          </button>
        </Form>
      ) : (
        <p role="status">
          {t("pay.notPending")} <Link to={confirmation}>{t("pay.viewOrder")}</Link>
        </p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
