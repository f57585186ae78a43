import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatMoney } from "~/lib/money";
import { parseForm } from "~/lib/validation";
import { organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { rolesGrant } from "~/modules/identity/permissions";
import { CancelOrderSchema, RefundOrderSchema } from "~/modules/orders/admin-order-schemas";
import { cancelOrder, getOrderForAdmin, refundOrder, type AddressView, type AdminOrder } from "~/modules/orders/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { CheckboxField, Field, FormErrors, SubmitButton } from "~/ui/forms";
import { formatDateTime } from "~/ui/format";
import { Notice, PageHeader } from "~/ui/page";

export const handle = { i18n: ["checkout"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const NOTICES = ["cancelled", "refunded", "alreadyRefunded"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:order:org");
  const order = await getOrderForAdmin(params.orderId ?? "", organisationScope(user, "read:order:org"));
  if (!order) throw notFound();
  const t = await getTranslator(await getLanguage(request));
  return {
    title: t("checkout:admin.title"),
    order,
    can: { cancel: rolesGrant(user.roles, "cancel:order:any"), refund: rolesGrant(user.roles, "refund:order:any") },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData();
  const intent = formData.get("intent") === "cancel" ? "cancel" : "refund";
  const user = await requireUserWithPermission(request, intent === "cancel" ? "cancel:order:any" : "refund:order:any");
  const order = await getOrderForAdmin(params.orderId ?? "", "any");
  if (!order) throw notFound();
  const actor = { id: user.id, ip: clientIp(request) };

  if (intent === "cancel") {
    const submission = parseForm(formData, CancelOrderSchema);
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    const outcome = await cancelOrder(order.id, actor);
    if (!outcome.ok) return data({ intent, result: submission.reply(outcome) }, { status: 400 });
    return redirect(`/admin/orders/${order.id}?saved=cancelled`);
  }
  const submission = parseForm(formData, RefundOrderSchema);
  if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
  const { target, restock, reason } = submission.value;
  const outcome = await refundOrder({ orderId: order.id, lineId: target === "order" ? undefined : target, restock, reason }, actor);
  if (!outcome.ok) return data({ intent, result: submission.reply(outcome) }, { status: 400 });
  return redirect(`/admin/orders/${order.id}?saved=${outcome.alreadyRefunded ? "alreadyRefunded" : "refunded"}`);
}

function useLastResult(intent: "cancel" | "refund"): SubmissionResult<string[]> | undefined {
  const actionData = useActionData<typeof action>();
  return actionData?.intent === intent ? actionData.result : undefined;
}

function Address({ address }: { address: AddressView }) {
  return (
    <address className="not-italic">
      {[address.line1, address.line2, [address.postalCode, address.city].filter(Boolean).join(" "), address.region, address.country].filter(Boolean).map((part) => (
        <span key={part} className="block">
          {part}
        </span>
      ))}
    </address>
  );
}

export default function AdminOrderPage() {
  const { t, i18n } = useTranslation(["checkout", "common"]);
  const { order, can } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((kind) => kind === searchParams.get("saved"));
  const money = (amount: number) => formatMoney(amount, order.currency, i18n.language);
  const rupees = (amount: number) => formatMoney(amount, "INR", i18n.language);
  return (
    <div className="space-y-8">
      <p>
        <Link to="/admin/orders">{t("admin.back")}</Link>
      </p>
      <PageHeader title={order.number} description={`${t(`status.${order.status}`)} · ${formatDateTime(order.createdAt, i18n.language)}`} />
      {notice ? <Notice>{t(`admin.saved.${notice}`)}</Notice> : null}
      {order.paidAfterRelease ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          {t("admin.paidAfterRelease")}
        </p>
      ) : null}

      <section aria-labelledby="buyer" className="grid gap-6 sm:grid-cols-3">
        <div>
          <h2 id="buyer" className="font-semibold">
            {t("admin.buyer")}
          </h2>
          <p>{order.buyer.name}</p>
          <p className="break-all">{order.buyer.email}</p>
          {order.buyer.phone ? <p>{order.buyer.phone}</p> : null}
        </div>
        <div>
          <h2 className="font-semibold">{t("admin.shippingAddress")}</h2>
          <Address address={order.shippingAddress} />
        </div>
        <div>
          <h2 className="font-semibold">{t("admin.billingAddress")}</h2>
          <Address address={order.billingAddress} />
        </div>
      </section>

      <section aria-labelledby="lines" className="space-y-3">
        <h2 id="lines" className="text-xl font-semibold">
          {t("admin.lines")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <thead className="border-b border-stone-300">
              <tr>
                <th scope="col" className="p-2">{t("admin.fields.items")}</th>
                <th scope="col" className="p-2">{t("admin.sku")}</th>
                <th scope="col" className="p-2">{t("admin.maker")}</th>
                <th scope="col" className="p-2 text-right">{t("admin.quantity")}</th>
                <th scope="col" className="p-2 text-right">{t("admin.unitPrice")}</th>
                <th scope="col" className="p-2 text-right">{t("admin.lineTotal")}</th>
                <th scope="col" className="p-2">{t("admin.lineStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((line) => (
                <tr key={line.id} className="border-b border-stone-200">
                  <th scope="row" className="p-2 font-normal">
                    {line.title} <span className="text-stone-700">({line.option})</span>
                  </th>
                  <td className="p-2 font-mono text-xs">{line.sku}</td>
                  <td className="p-2">{line.maker}</td>
                  <td className="p-2 text-right tabular-nums">{line.quantity}</td>
                  <td className="p-2 text-right tabular-nums">{money(line.unitPriceMinor)}</td>
                  <td className="p-2 text-right tabular-nums">{money(line.totalMinor)}</td>
                  <td className="p-2">{t(`lineStatus.${line.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {order.hiddenLineCount > 0 ? <p className="text-sm text-stone-700">{t("admin.otherLines", { count: order.hiddenLineCount })}</p> : null}
        <dl className="grid max-w-md grid-cols-[1fr_auto_auto] gap-x-6 gap-y-1 text-sm">
          <dt />
          <dd className="text-right font-semibold">{order.currency}</dd>
          <dd className="text-right font-semibold">{t("admin.inInr")}</dd>
          <dt>{t("admin.subtotal")}</dt>
          <dd className="text-right tabular-nums">{money(order.amounts.subtotalMinor)}</dd>
          <dd className="text-right tabular-nums">{rupees(order.amounts.subtotalInr)}</dd>
          <dt>{t("admin.shipping")}</dt>
          <dd className="text-right tabular-nums">{money(order.amounts.shippingMinor)}</dd>
          <dd className="text-right tabular-nums">{rupees(order.amounts.shippingInr)}</dd>
          <dt className="font-bold">{t("admin.total")}</dt>
          <dd className="text-right font-bold tabular-nums">{money(order.amounts.totalMinor)}</dd>
          <dd className="text-right font-bold tabular-nums">{rupees(order.amounts.totalInr)}</dd>
        </dl>
      </section>

      <section aria-labelledby="payment" className="space-y-2">
        <h2 id="payment" className="text-xl font-semibold">
          {t("admin.payment")}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[14rem_1fr]">
          <dt className="font-semibold">{t("admin.provider")}</dt>
          <dd>{order.paymentProvider}</dd>
          {order.providerRef ? (
            <>
              <dt className="font-semibold">{t("admin.providerRef")}</dt>
              <dd className="break-all font-mono text-sm">{order.providerRef}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("admin.rate")}</dt>
          <dd>{t("admin.rateValue", { currency: order.currency, rate: order.rate })}</dd>
          {order.paidAt ? (
            <>
              <dt className="font-semibold">{t("admin.paidAt")}</dt>
              <dd>{formatDateTime(order.paidAt, i18n.language)}</dd>
            </>
          ) : null}
          {order.cancelledAt ? (
            <>
              <dt className="font-semibold">{t("admin.cancelledAt")}</dt>
              <dd>{formatDateTime(order.cancelledAt, i18n.language)}</dd>
            </>
          ) : null}
        </dl>
        <h3 className="pt-2 font-semibold">{t("admin.events")}</h3>
        {order.events.length === 0 ? (
          <p className="text-stone-700">{t("admin.noEvents")}</p>
        ) : (
          <ul className="text-sm">
            {order.events.map((event) => (
              <li key={event.id}>
                {formatDateTime(event.receivedAt, i18n.language)} · <code>{event.type}</code> · <code className="break-all">{event.id}</code>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ShipmentsAndRefunds order={order} />

      {can.cancel && order.canCancel ? <CancelForm /> : null}
      {can.refund && (order.canRefundWhole || order.lines.some((line) => line.refundable)) ? <RefundForm order={order} /> : null}
    </div>
  );
}

function ShipmentsAndRefunds({ order }: { order: AdminOrder }) {
  const { t, i18n } = useTranslation("checkout");
  return (
    <div className="grid gap-8 sm:grid-cols-2">
      <section aria-labelledby="shipments">
        <h2 id="shipments" className="text-xl font-semibold">
          {t("admin.shipments")}
        </h2>
        {order.shipments.length === 0 ? (
          <p className="text-stone-700">{t("admin.noShipments")}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {order.shipments.map((shipment) => (
              <li key={shipment.id}>
                {shipment.carrier} · <span className="font-mono">{shipment.trackingNumber}</span> · {formatDateTime(shipment.shippedAt, i18n.language)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {order.refunds.length > 0 ? (
        <section aria-labelledby="refunds">
          <h2 id="refunds" className="text-xl font-semibold">
            {t("admin.refunds")}
          </h2>
          <ul className="mt-2 space-y-1">
            {order.refunds.map((refund) => (
              <li key={refund.id}>
                {refund.lineTitle ?? t("admin.wholeOrder")}: {formatMoney(refund.amountMinor, order.currency, i18n.language)} · {t(`admin.refundStatus.${refund.status}`)}
                {refund.restock ? ` · ${t("admin.restocked")}` : null}
                {refund.reason ? <span className="block text-sm text-stone-700">{refund.reason}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function CancelForm() {
  const { t } = useTranslation("checkout");
  const [form, fields] = useForm({
    id: "cancel-order",
    lastResult: useLastResult("cancel"),
    constraint: getZodConstraint(CancelOrderSchema),
    onValidate: ({ formData }) => parseForm(formData, CancelOrderSchema),
  });
  return (
    <section aria-labelledby="cancel" className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
      <h2 id="cancel" className="text-xl font-semibold">
        {t("admin.cancel.title")}
      </h2>
      <p className="text-stone-700">{t("admin.cancel.explain")}</p>
      <Form method="post" className="space-y-3" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="cancel" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <CheckboxField label={t("admin.cancel.confirm")} errors={fields.confirm.errors} inputProps={getInputProps(fields.confirm, { type: "checkbox" })} />
        <SubmitButton variant="danger">
          {t("admin.cancel.submit")}
        </SubmitButton>
      </Form>
    </section>
  );
}

function RefundForm({ order }: { order: AdminOrder }) {
  const { t, i18n } = useTranslation("checkout");
  const [form, fields] = useForm({
    id: "refund-order",
    lastResult: useLastResult("refund"),
    constraint: getZodConstraint(RefundOrderSchema),
    onValidate: ({ formData }) => parseForm(formData, RefundOrderSchema),
  });
  const money = (amount: number) => formatMoney(amount, order.currency, i18n.language);
  const options = [
    ...(order.canRefundWhole ? [{ value: "order", label: t("admin.refund.whole", { amount: money(order.amounts.totalMinor) }) }] : []),
    ...order.lines
      .filter((line) => line.refundable)
      .map((line) => ({ value: line.id, label: t("admin.refund.line", { title: line.title, option: line.option, quantity: line.quantity, amount: money(line.totalMinor) }) })),
  ];
  return (
    <section aria-labelledby="refund" className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
      <h2 id="refund" className="text-xl font-semibold">
        {t("admin.refund.title")}
      </h2>
      <p className="text-stone-700">{t("admin.refund.explain", { provider: order.paymentProvider })}</p>
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="refund" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <fieldset aria-describedby={fields.target.errors?.length ? `${fields.target.id}-error` : undefined}>
          <legend className="text-sm font-semibold">{t("admin.refund.scope")}</legend>
          {options.map((option, index) => (
            <div key={option.value} className="flex min-h-11 items-center gap-3">
              <input type="radio" id={`refund-target-${index}`} name={fields.target.name} value={option.value} defaultChecked={index === 0} className="size-5 accent-brand-800" />
              <label htmlFor={`refund-target-${index}`}>{option.label}</label>
            </div>
          ))}
          <FormErrors id={`${fields.target.id}-error`} errors={fields.target.errors} />
        </fieldset>
        <CheckboxField label={t("admin.refund.restock")} inputProps={getInputProps(fields.restock, { type: "checkbox" })} />
        <Field label={t("admin.refund.reason")} errors={fields.reason.errors} inputProps={getInputProps(fields.reason, { type: "text" })} />
        <SubmitButton variant="danger">
          {t("admin.refund.submit")}
        </SubmitButton>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
