import { KeyConfigurationError, OrganisatieRegisterFout } from "@gezinsbeeld/shared-schema";
import { EXAMPLE_QUERY } from "./exampleQuery";
import { startGateway } from "./startGateway";

// Started by `npm start` with an IPC channel: stop when that launcher dies, even by SIGKILL, and even mid-start.
let running: { stop(): Promise<void> } | undefined;
if (process.connected) process.once("disconnect", () => (running ? void running.stop().finally(() => process.exit(0)) : process.exit(0)));

startGateway({ exampleQuery: EXAMPLE_QUERY }).then(
  (gateway) => {
    running = gateway;
    console.log(`gezinsbeeld gateway ready at ${gateway.url}`);
    if (gateway.appUrl) console.log(`gezinsbeeld app at ${gateway.appUrl}`);
    const stop = (): void => {
      gateway.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  },
  (error: unknown) => {
    // A key problem is configuration: its message says what to set, a stack would only bury it.
    console.error("gateway failed to start:", error instanceof KeyConfigurationError || error instanceof OrganisatieRegisterFout ? error.message : error);
    process.exit(1);
  },
);
