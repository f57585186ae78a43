import { getFormProps, useForm } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getEnv } from "~/lib/env.server";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { StartConnectSchema } from "~/modules/orders/fulfilment-schemas";
import { makerConnectView, refreshConnectState, startConnectOnboarding } from "~/modules/orders/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { FormErrors, SubmitButton } from "~/ui/forms";
import { Notice, PageHeader } from "~/ui/page";
import { loadNamespacesFirst } from "~/lib/route-namespaces";

export const handle = { i18n: ["fulfilment"] };

export const clientLoader = loadNamespacesFirst(handle.i18n);

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

async function connectActor(request: Request) {
  const user = await requireUserWithPermission(request, "manage:maker:own");
  return { userId: user.id, organisationIds: organisationScope(user, "manage:maker:org"), ip: clientIp(request) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await connectActor(request);
  const makerId = params.makerId ?? "";
  // Back from Stripe's pages: her account's state now, rather than waiting for the webhook.
  if (new URL(request.url).searchParams.has("returned")) await refreshConnectState(actor, makerId);
  const maker = await makerConnectView(actor, makerId);
  if (!maker) throw notFound();
  const t = await getTranslator(await getLanguage(request));
  return { title: t("fulfilment:connect.title", { name: maker.displayName }), maker };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await connectActor(request);
  const makerId = params.makerId ?? "";
  const submission = parseForm(await request.formData(), StartConnectSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const page = `${getEnv().APP_URL}/studio/makers/${makerId}/connect`;
  const outcome = await startConnectOnboarding(actor, makerId, { refreshUrl: `${page}?expired=1`, returnUrl: `${page}?returned=1` });
  if (!outcome) throw notFound();
  if (!outcome.ok) return data({ result: submission.reply(outcome) }, { status: 400 });
  return redirect(outcome.url);
}

export default function ConnectMaker() {
  const { t } = useTranslation("fulfilment");
  const { maker } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const [form] = useForm({ id: "connect", lastResult: useActionData<typeof action>()?.result });
  const notice = searchParams.has("returned") ? "returned" : searchParams.has("expired") ? "expired" : null;
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6">
      <p>
        <Link to="/studio/connect" className="inline-flex min-h-11 items-center">
          {t("connect.back")}
        </Link>
      </p>
      <PageHeader title={t("connect.title", { name: maker.displayName })} description={maker.organisationName} />
      {notice ? <Notice>{t(`connect.notice.${notice}`)}</Notice> : null}
      {maker.onBehalf ? <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">{t("connect.onBehalf", { name: maker.displayName })}</p> : null}
      <section aria-labelledby="connect-state" className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
        <h2 id="connect-state" className="text-xl font-semibold">
          {t(`connect.state.${maker.state}`)}
        </h2>
        <p>{t(`connect.explain.${maker.state}`)}</p>
        {maker.stripeConfigured ? (
          <Form method="post" className="space-y-3" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="start" />
            <FormErrors id={form.errorId} errors={form.errors} />
            <SubmitButton pendingLabel={t("connect.opening")}>{t(`connect.start.${maker.state}`)}</SubmitButton>
          </Form>
        ) : (
          <p className="text-stone-700">{t("connect.notConfigured")}</p>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
