import { useTranslation } from "react-i18next";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "~/lib/demo-accounts";

/** On demo installations only: the accounts a visitor can try. */
export function DemoAccounts() {
  const { t } = useTranslation(["auth", "common"]);
  return (
    <section aria-labelledby="demo-accounts" className="mt-10 rounded-md border border-stone-300 bg-white p-4 text-sm">
      <h2 id="demo-accounts" className="font-semibold">
        {t("auth:demo.title")}
      </h2>
      <p className="mt-1 text-stone-700">{t("auth:demo.password", { password: DEMO_PASSWORD })}</p>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.email}>
            <span className="font-mono">{account.email}</span> <span className="text-stone-700">({t(`common:roles.${account.role}`)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
