import "reflect-metadata";
import { Organisatie, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";

/** Placeholder until this subgraph is built. */
export const rvdk: SubgraphDefinition = {
  name: "rvdk",
  organisatie: Organisatie.RVDK,
  defaultPort: 4003,
  databaseName: "gezinsbeeld_rvdk",
  resolvers: [class Placeholder {}],
  referenceResolvers: {},
  entities: [],
  migrations: [],
  seed: async () => {},
};
