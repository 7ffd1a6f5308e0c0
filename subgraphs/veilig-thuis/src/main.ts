import { runFromEnvironment } from "@gezinsbeeld/shared-schema";
import { veiligThuis } from "./index";

void runFromEnvironment(veiligThuis);
