import admin from "./admin.json";
import areas from "./areas.json";
import auth from "./auth.json";
import common from "./common.json";
import settings from "./settings.json";

/** English: the reference language. Every other language has exactly these keys. */
export default { common, auth, settings, areas, admin };
