import "reflect-metadata";
import { DemoOrganisatie, gezinReferentie, Medewerker, persoonReferentie, type SubgraphDefinition, TOEGANGSLOG_TOEZICHTTYPEN, toegangslogResolver } from "@gezinsbeeld/shared-schema";
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
export const rvdk: SubgraphDefinition = {
  name: "rvdk",
  organisatie: DemoOrganisatie.RVDK,
  defaultPort: 4003,
  databaseName: "gezinsbeeld_rvdk",
  resolvers: [GezinResolver, PersoonResolver, VerzoekTotOnderzoekResolver, BeschermingsonderzoekResolver, VerzoekschriftResolver, toegangslogResolver("toegangslogRvdk", DemoOrganisatie.RVDK)],
  // These start an involvement (a report, a request, a court decision): the owner may record them before the register shows it.
  // registreerGezinGeinformeerd records the RvdK's own fact; for access the local team's register counts.
  referenceResolvers: { Gezin: gezinReferentie, Persoon: persoonReferentie },
  entities: [Medewerker, VerzoekTotOnderzoek, Beschermingsonderzoek, Verzoekschrift],
  migrations,
  // Privacy officers read the access log whole (issue 4).
  toezichtTypen: [...TOEGANGSLOG_TOEZICHTTYPEN],
  seed,
};
