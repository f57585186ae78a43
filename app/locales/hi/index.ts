import type { Resources } from "../index";
import admin from "./admin.json";
import areas from "./areas.json";
import auth from "./auth.json";
import common from "./common.json";
import settings from "./settings.json";

/** Hindi. `satisfies` makes the build fail when a key of English is missing here. */
export default { common, auth, settings, areas, admin } satisfies Resources;
