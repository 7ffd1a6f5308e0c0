import "reflect-metadata";
import { gezinReferentie, Medewerker, persoonReferentie, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";
import type { DemoScenario } from "@gezinsbeeld/demo";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { GezinResolver } from "./gezin/GezinResolver";
import { migrations } from "./migrations";
import { Beschermingsonderzoek } from "./onderzoek/Beschermingsonderzoek";
import { BeschermingsonderzoekResolver } from "./onderzoek/BeschermingsonderzoekResolver";
import { PersoonResolver } from "./persoon/PersoonResolver";
import { seed } from "./seed";
import { VerzoekTotOnderzoek } from "./verzoek/VerzoekTotOnderzoek";
import { VerzoekTotOnderzoekResolver } from "./verzoek/VerzoekTotOnderzoekResolver";
import { Verzoekschrift } from "./verzoekschrift/Verzoekschrift";
import { VerzoekschriftResolver } from "./verzoekschrift/VerzoekschriftResolver";

/** The Raad voor de Kinderbescherming's subgraph: requests to investigate, investigations, requests to the court. */
export const rvdk: SubgraphDefinition<DemoScenario> = {
  name: "rvdk",
  organisatie: DemoOrganisatie.RVDK,
  defaultPort: 4003,
  databaseName: "gezinsbeeld_rvdk",
  resolvers: [GezinResolver, PersoonResolver, VerzoekTotOnderzoekResolver, BeschermingsonderzoekResolver, VerzoekschriftResolver],
  // These start an involvement (a report, a request, a court decision): the owner may record them before the register shows it.
  // registreerGezinGeinformeerd records the RvdK's own fact; for access the local team's register counts.
  referenceResolvers: { Gezin: gezinReferentie, Persoon: persoonReferentie },
  entities: [Medewerker, VerzoekTotOnderzoek, Beschermingsonderzoek, Verzoekschrift],
  migrations,
  seed,
};
