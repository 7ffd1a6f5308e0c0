import "reflect-metadata";
import { Organisatie, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";

/** Placeholder until this subgraph is built. */
export const gi: SubgraphDefinition = {
  name: "gi",
  organisatie: Organisatie.GI,
  defaultPort: 4004,
  databaseName: "gezinsbeeld_gi",
  resolvers: [class Placeholder {}],
  referenceResolvers: {},
  entities: [],
  migrations: [],
  seed: async () => {},
};
