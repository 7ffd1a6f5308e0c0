import { runFromEnvironment } from "@gezinsbeeld/shared-schema";
import { lokaalTeam } from "./index";

void runFromEnvironment(lokaalTeam);
