import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { TimelineEntry } from "~/modules/cases/case-timeline-entry";
import { formatDate } from "./format";

/** What happened on a case, newest first. Notes appear only when the server decrypted them for this reader. */
export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation(["careCases", "care", "careAlerts"]);
  if (!entries.length) return <p>{t("careCases:timeline.empty")}</p>;
  const someone = t("careCases:timeline.someone");
  const stage = (value: TimelineEntry["fromStage"]) => (value ? t(`care:stages.${value}`) : "—");

  function headline(entry: TimelineEntry): string {
    const actor = entry.actorName ?? someone;
    const organisation = entry.organisationName ?? "—";
    switch (entry.kind) {
      case "opened":
        return t("careCases:timeline.opened", { actor, organisation });
      case "stage_changed":
        return t("careCases:timeline.stageChanged", { from: stage(entry.fromStage), to: stage(entry.toStage), actor });
      case "service":
        return t("careCases:timeline.service", { service: entry.service ? t(`care:services.${entry.service}`) : "—", organisation });
      case "note":
        return entry.contactMethod
          ? t("careCases:timeline.contact", { actor, method: t(`careAlerts:contact.methods.${entry.contactMethod}`) })
          : t("careCases:timeline.note", { actor });
      case "assigned":
        return t("careCases:timeline.assigned", { name: entry.assignedToName ?? someone, actor });
      case "close_requested":
        return t("careCases:timeline.closeRequested", { actor });
      case "close_approved":
        return t("careCases:timeline.closeApproved", { actor });
      case "close_rejected":
        return t("careCases:timeline.closeRejected", { actor });
      case "referral_sent":
        return t("careCases:timeline.referralSent", { from: entry.referral?.from ?? organisation, to: entry.referral?.to ?? "—" });
      case "referral_answered":
        return t("careCases:timeline.referralAnswered", {
          organisation: entry.referral?.to ?? organisation,
          status: entry.referral ? t(`care:referralStatuses.${entry.referral.status}`) : "—",
        });
      case "transferred":
        return t("careCases:timeline.transferred", { organisation: entry.referral?.to ?? organisation });
    }
  }

  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-md border border-stone-300 bg-white p-3">
          <p className="text-sm text-stone-700">
            <time dateTime={entry.occurredOn}>{formatDate(entry.occurredOn, i18n.language)}</time>
          </p>
          <p className="font-semibold">{headline(entry)}</p>
          {entry.kind === "service" && entry.actorName ? <p className="text-sm text-stone-700">{t("careCases:timeline.recordedBy", { actor: entry.actorName })}</p> : null}
          {entry.checklist && (entry.checklist.checked.length > 0 || entry.checklist.unchecked.length > 0) ? (
            <div className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <p className="font-semibold">{t("careCases:timeline.checked")}</p>
                {entry.checklist.checked.length ? (
                  <ul className="list-disc pl-5">
                    {entry.checklist.checked.map((label) => (
                      <li key={label}>{label}</li>
                    ))}
                  </ul>
                ) : (
                  <p>{t("careCases:timeline.none")}</p>
                )}
              </div>
              <div>
                <p className="font-semibold">{t("careCases:timeline.unchecked")}</p>
                {entry.checklist.unchecked.length ? (
                  <ul className="list-disc pl-5">
                    {entry.checklist.unchecked.map((label) => (
                      <li key={label}>{label}</li>
                    ))}
                  </ul>
                ) : (
                  <p>{t("careCases:timeline.none")}</p>
                )}
              </div>
            </div>
          ) : null}
          {entry.notes ? (
            <div className="mt-2 text-sm">
              <p className="font-semibold">{entry.kind === "service" || entry.kind === "note" ? t("careCases:timeline.notes") : t("careCases:timeline.reason")}</p>
              <p className="whitespace-pre-line">{entry.notes}</p>
            </div>
          ) : entry.notesWithheld ? (
            <p className="mt-2 text-sm italic text-stone-700">{t("careCases:timeline.notesWithheld")}</p>
          ) : null}
          {entry.referral ? (
            <p className="mt-2 text-sm">
              <Link to={`/care/referrals/${entry.referral.id}`}>{t("careCases:timeline.openReferral")}</Link>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
