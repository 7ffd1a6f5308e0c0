import "reflect-metadata";
import { Organisatie, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";

/** Placeholder until this subgraph is built. */
export const ervaringsdeskundigen: SubgraphDefinition = {
  name: "ervaringsdeskundigen",
  organisatie: Organisatie.ERVARINGSDESKUNDIGEN,
  defaultPort: 4005,
  databaseName: "gezinsbeeld_ervaringsdeskundigen",
  resolvers: [class Placeholder {}],
  referenceResolvers: {},
  entities: [],
  migrations: [],
  seed: async () => {},
};
