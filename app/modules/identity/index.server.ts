/** The identity module's public surface for routes and other modules. */
export { login, type LoginResult } from "./login.server";
export {
  getSessionUser,
  revokeSession,
  revokeAllSessions,
  commitSessionCookie,
  destroySessionCookie,
  deleteExpiredSessions,
  type SessionUser,
} from "./sessions.server";
export {
  getOptionalUser,
  requireUser,
  requireUserWithPermission,
  organisationScope,
  forbidden,
  mustEnrolTwoFactor,
  twoFactorRequired,
  TWO_FACTOR_LOGIN_PATH,
  TWO_FACTOR_SETUP_PATH,
} from "./guards.server";
export { requestPasswordReset, resetPassword, isPasswordTokenUsable, sendInvitation } from "./password-reset.server";
export {
  startTwoFactorEnrolment,
  pendingEnrolment,
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  verifySecondFactor,
} from "./two-factor.server";
export { getAccount, updateProfile, setPreferredLanguage, changePassword } from "./account.server";
export * from "./organisations.server";
export * from "./users.server";
export { hashPassword, passwordProblem } from "./passwords.server";
