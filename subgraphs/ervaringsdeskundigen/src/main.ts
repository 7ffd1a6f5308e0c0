import { runFromEnvironment } from "@gezinsbeeld/shared-schema";
import { ervaringsdeskundigen } from "./index";

void runFromEnvironment(ervaringsdeskundigen);
