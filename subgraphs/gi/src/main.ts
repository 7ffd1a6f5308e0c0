import { runFromEnvironment } from "@gezinsbeeld/shared-schema";
import { gi } from "./index";

void runFromEnvironment(gi);
