import { writeFileSync } from "node:fs";
import path from "node:path";
import { generateSchemas } from "./schemas";

/** `npm run compose`: regenerate the subgraph SDL files and gateway/supergraph.graphql. */
generateSchemas().then(
  ({ files }) => {
    for (const [file, content] of files) {
      writeFileSync(file, content);
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
