import "reflect-metadata";
import { Organisatie, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";

/** Placeholder until this subgraph is built. */
export const veiligThuis: SubgraphDefinition = {
  name: "veilig-thuis",
  organisatie: Organisatie.VEILIG_THUIS,
  defaultPort: 4002,
  databaseName: "gezinsbeeld_veilig_thuis",
  resolvers: [class Placeholder {}],
  referenceResolvers: {},
  entities: [],
  migrations: [],
  seed: async () => {},
};
