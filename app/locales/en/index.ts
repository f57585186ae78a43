import admin from "./admin.json";
import adminShop from "./adminShop.json";
import areas from "./areas.json";
import auth from "./auth.json";
import checkout from "./checkout.json";
import common from "./common.json";
import earnings from "./earnings.json";
import fulfilment from "./fulfilment.json";
import settings from "./settings.json";
import shop from "./shop.json";
import studio from "./studio.json";
import care from "./care.json";
import careBeneficiaries from "./careBeneficiaries.json";
import careCases from "./careCases.json";
import careReferrals from "./careReferrals.json";
import carePlans from "./carePlans.json";
import careTraining from "./careTraining.json";
import careClaims from "./careClaims.json";
import careAssessments from "./careAssessments.json";
import careAlerts from "./careAlerts.json";
import careOutcomes from "./careOutcomes.json";
import careExports from "./careExports.json";

/** English: the reference language. Every other language has exactly these keys. */
export default { common, auth, settings, areas, admin, shop, checkout, adminShop, studio, fulfilment, earnings, care, careBeneficiaries, careCases, careReferrals, carePlans, careTraining, careClaims, careAssessments, careAlerts, careOutcomes, careExports };
