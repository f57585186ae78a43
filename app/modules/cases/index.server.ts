/** The cases module's public surface: beneficiaries, consent, cases, referrals, the directory. */
export { accessToBeneficiary, accessToCase, visibleCasesWhere, activeReferralWhere, type CareAccess } from "./access.server";
export { consentsInForce, sharingPurposeFor } from "./consent-state.server";
export { encryptIdentity, decryptIdentity, encryptNote, decryptNote, matchKeyFor, birthYearOf, normaliseName, type Identity } from "./identity-codec.server";
export { nextBeneficiaryCode, BENEFICIARY_CODE } from "./codes.server";
export { recordBeneficiaryRead, recordBeneficiaryDenied } from "./read-audit.server";
export { notifyOrganisation, notifyUsers, staffOf, listNotifications, countUnread, markNotificationsRead, NOTIFICATION_KINDS, type NotificationKind } from "./notifications.server";
