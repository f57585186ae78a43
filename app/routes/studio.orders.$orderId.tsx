import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { COMMON_CARRIERS, MarkDeliveredSchema, ShipLinesSchema } from "~/modules/orders/fulfilment-schemas";
import { makerOrderView, markShipmentDelivered, recordShipment, type MakerOrderView } from "~/modules/orders/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ErrorList, Field, FormErrors, SubmitButton } from "~/ui/forms";
import { formatDate } from "~/ui/format";
import { Notice, PageHeader } from "~/ui/page";
import { PostalAddressBlock } from "~/ui/postal-address";
import { loadNamespacesFirst } from "~/lib/route-namespaces";

export const handle = { i18n: ["fulfilment"] };

export const clientLoader = loadNamespacesFirst(handle.i18n);

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const NOTICES = ["shipped", "delivered", "released"] as const;

async function studioActor(request: Request) {
  const user = await requireUserWithPermission(request, "fulfil:order-line:own");
  return { userId: user.id, organisationIds: organisationScope(user, "fulfil:order-line:org"), ip: clientIp(request) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await studioActor(request);
  const language = await getLanguage(request);
  const order = await makerOrderView(actor, params.orderId ?? "", language);
  if (!order) throw notFound();
  const t = await getTranslator(language);
  return { title: t("fulfilment:order.title", { number: order.number }), order, carriers: COMMON_CARRIERS };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await studioActor(request);
  const orderId = params.orderId ?? "";
  const formData = await request.formData();
  if (formData.get("intent") === "delivered") {
    const submission = parseForm(formData, MarkDeliveredSchema);
    if (submission.status !== "success") return data({ intent: "delivered" as const, shipmentId: null, result: submission.reply() }, { status: 400 });
    const outcome = await markShipmentDelivered(actor, { orderId, shipmentId: submission.value.shipmentId });
    if (!outcome) throw notFound();
    if (!outcome.ok) return data({ intent: "delivered" as const, shipmentId: submission.value.shipmentId, result: submission.reply(outcome) }, { status: 400 });
    return redirect(`/studio/orders/${orderId}?saved=${outcome.releasedInr > 0 ? "released" : "delivered"}`);
  }
  const submission = parseForm(formData, ShipLinesSchema);
  if (submission.status !== "success") return data({ intent: "ship" as const, shipmentId: null, result: submission.reply() }, { status: 400 });
  const outcome = await recordShipment(actor, { orderId, ...submission.value });
  if (!outcome) throw notFound();
  if (!outcome.ok) return data({ intent: "ship" as const, shipmentId: null, result: submission.reply(outcome), values: outcome.values }, { status: 400 });
  return redirect(`/studio/orders/${orderId}?saved=shipped`);
}

export default function StudioOrder() {
  const { t, i18n } = useTranslation("fulfilment");
  const { order } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((kind) => kind === searchParams.get("saved"));
  const others = order.makers.filter((maker) => maker.onBehalf).map((maker) => maker.name);
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6">
      <p>
        <Link to="/studio/orders" className="inline-flex min-h-11 items-center">
          {t("order.back")}
        </Link>
      </p>
      <PageHeader
        title={t("order.title", { number: order.number })}
        description={t("order.dates", { ordered: formatDate(order.orderedAt, i18n.language), paid: order.paidAt ? formatDate(order.paidAt, i18n.language) : "—" })}
      />
      {notice ? <Notice>{t(`order.saved.${notice}`)}</Notice> : null}
      {others.length > 0 ? <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">{t("order.onBehalf", { names: others.join(", ") })}</p> : null}

      {order.shipTo ? (
        <section aria-labelledby="send-to" className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
          <h2 id="send-to" className="text-xl font-semibold">
            {t("order.sendTo")}
          </h2>
          <PostalAddressBlock address={order.shipTo} className="text-lg" />
          <Link to={`/studio/orders/${order.id}/slip`} className={`${buttonClass.secondary} w-full sm:w-auto`}>
            {t("order.printSlip")}
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="pieces" className="space-y-3">
        <h2 id="pieces" className="text-xl font-semibold">
          {t("order.pieces")}
        </h2>
        <ul className="divide-y divide-stone-200 rounded-md border border-stone-300 bg-white">
          {order.lines.map((line) => (
            <li key={line.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
              <span>
                <span className="block font-semibold">{t("line.what", { quantity: line.quantity, title: line.title, option: line.option })}</span>
                <span className="block text-sm text-stone-700">
                  {t("line.sku", { sku: line.sku })}
                  {line.onBehalf ? ` · ${t("line.madeBy", { name: line.makerName })}` : null}
                </span>
              </span>
              <span className="rounded bg-stone-100 px-2 py-1 text-sm font-semibold">{t(`status.${line.status}`)}</span>
            </li>
          ))}
        </ul>
      </section>

      {order.toShip.length > 0 ? <ShipForm order={order} /> : null}
      {order.shipments.length > 0 ? <Parcels order={order} /> : null}
    </div>
  );
}

function useLastResult(intent: "ship" | "delivered", shipmentId: string | null = null): SubmissionResult<string[]> | undefined {
  const actionData = useActionData<typeof action>();
  return actionData?.intent === intent && (intent === "ship" || actionData.shipmentId === shipmentId) ? actionData.result : undefined;
}

function ShipForm({ order }: { order: MakerOrderView }) {
  const { t } = useTranslation("fulfilment");
  const { carriers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "ship",
    lastResult: useLastResult("ship"),
    constraint: getZodConstraint(ShipLinesSchema),
    onValidate: ({ formData }) => parseForm(formData, ShipLinesSchema),
    shouldRevalidate: "onInput",
  });
  const values = actionData?.intent === "ship" && "values" in actionData ? (actionData.values as Record<string, string> | undefined) : undefined;
  const lineErrorId = fields.lineIds.errors?.length ? `${fields.lineIds.id}-error` : undefined;
  return (
    <section aria-labelledby="ship-title" className="space-y-4 rounded-md border-2 border-brand-700 bg-white p-4">
      <h2 id="ship-title" className="text-xl font-semibold">
        {t("ship.title")}
      </h2>
      <p className="text-stone-700">{t("ship.explain")}</p>
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="ship" />
        <FormErrors id={form.errorId} errors={form.errors} values={values} />
        <fieldset aria-describedby={lineErrorId}>
          <legend className="text-sm font-semibold">{t("ship.which")}</legend>
          {order.toShip.map((line) => (
            <div key={line.id} className="flex min-h-12 items-center gap-3">
              <input type="checkbox" id={`ship-${line.id}`} name={fields.lineIds.name} value={line.id} defaultChecked className="size-6 accent-brand-800" />
              <label htmlFor={`ship-${line.id}`} className="text-base">
                {t("line.what", { quantity: line.quantity, title: line.title, option: line.option })}
              </label>
            </div>
          ))}
          <ErrorList id={lineErrorId} errors={fields.lineIds.errors} />
        </fieldset>
        <Field
          label={t("ship.carrier")}
          hint={t("ship.carrierHint")}
          errors={fields.carrier.errors}
          inputProps={{ ...getInputProps(fields.carrier, { type: "text" }), list: "carriers", autoComplete: "off" }}
        />
        <datalist id="carriers">
          {carriers.map((carrier) => (
            <option key={carrier} value={carrier} />
          ))}
        </datalist>
        <Field
          label={t("ship.trackingNumber")}
          hint={t("ship.trackingHint")}
          errors={fields.trackingNumber.errors}
          inputProps={{ ...getInputProps(fields.trackingNumber, { type: "text" }), autoComplete: "off", autoCapitalize: "characters", spellCheck: false }}
        />
        <SubmitButton pendingLabel={t("ship.sending")}>{t("ship.submit")}</SubmitButton>
      </Form>
    </section>
  );
}

function Parcels({ order }: { order: MakerOrderView }) {
  const { t, i18n } = useTranslation("fulfilment");
  return (
    <section aria-labelledby="parcels" className="space-y-3">
      <h2 id="parcels" className="text-xl font-semibold">
        {t("parcels.title")}
      </h2>
      <ul className="space-y-3">
        {order.shipments.map((shipment) => (
          <li key={shipment.id} className="space-y-2 rounded-md border border-stone-300 bg-white p-4">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-semibold">{t("parcels.carrier")}</dt>
              <dd>{shipment.carrier}</dd>
              <dt className="font-semibold">{t("parcels.trackingNumber")}</dt>
              <dd className="break-all font-mono">{shipment.trackingNumber}</dd>
              <dt className="font-semibold">{t("parcels.sentOn")}</dt>
              <dd>{formatDate(shipment.shippedAt, i18n.language)}</dd>
              {shipment.deliveredAt ? (
                <>
                  <dt className="font-semibold">{t("parcels.deliveredOn")}</dt>
                  <dd>{formatDate(shipment.deliveredAt, i18n.language)}</dd>
                </>
              ) : null}
            </dl>
            <ul className="list-disc pl-6 text-stone-800">
              {shipment.lines.map((line) => (
                <li key={line.id}>{t("line.what", { quantity: line.quantity, title: line.title, option: line.option })}</li>
              ))}
            </ul>
            {shipment.canMarkDelivered ? <DeliveredForm shipmentId={shipment.id} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DeliveredForm({ shipmentId }: { shipmentId: string }) {
  const { t } = useTranslation("fulfilment");
  const [form] = useForm({ id: `delivered-${shipmentId}`, lastResult: useLastResult("delivered", shipmentId) });
  return (
    <Form method="post" className="space-y-2" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="delivered" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <p className="text-sm text-stone-700">{t("parcels.deliveredHint")}</p>
      <SubmitButton name="shipmentId" value={shipmentId} variant="secondary" pendingLabel={t("parcels.saving")}>
        {t("parcels.markDelivered")}
      </SubmitButton>
    </Form>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
