import { runFromEnvironment } from "@gezinsbeeld/shared-schema";
import { rvdk } from "./index";

void runFromEnvironment(rvdk);
