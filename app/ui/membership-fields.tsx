import { getSelectProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { ROLES } from "~/modules/identity/roles";
import { SelectField } from "./forms";

/** The organisation and role pickers of a membership, shared by the new-person and the edit-person forms. */
export function MembershipFields({
  organisations,
  organisationId,
  role,
}: {
  organisations: readonly { id: string; name: string }[];
  organisationId: FieldMetadata<string | undefined>;
  role: FieldMetadata<string | undefined>;
}) {
  const { t } = useTranslation(["admin", "common"]);
  return (
    <>
      <SelectField label={t("admin:users.fields.organisation")} errors={organisationId.errors} selectProps={getSelectProps(organisationId)}>
        <option value="">{t("admin:choose")}</option>
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("admin:users.fields.role")} errors={role.errors} selectProps={getSelectProps(role)}>
        <option value="">{t("admin:choose")}</option>
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {t(`common:roles.${value}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
