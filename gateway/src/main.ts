import { KeyConfigurationError } from "@gezinsbeeld/shared-schema";
import { EXAMPLE_QUERY } from "./exampleQuery";
import { startGateway } from "./startGateway";

startGateway({ exampleQuery: EXAMPLE_QUERY }).then(
  (gateway) => {
    console.log(`gezinsbeeld gateway ready at ${gateway.url}`);
    const stop = (): void => {
      gateway.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    // Started by `npm start` with an IPC channel: stop when that launcher dies, even by SIGKILL.
    if (process.connected) process.once("disconnect", stop);
  },
  (error: unknown) => {
    // A key problem is configuration: its message says what to set, a stack would only bury it.
    console.error("gateway failed to start:", error instanceof KeyConfigurationError ? error.message : error);
    process.exit(1);
  },
);
