import "reflect-metadata";
import { gezinReferentie, Medewerker, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";
import type { DemoScenario } from "@gezinsbeeld/demo";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { AdviesConsult } from "./advies/AdviesConsult";
import { AdviesConsultResolver } from "./advies/AdviesConsultResolver";
import { Gezin } from "./gezin/Gezin";
import { GezinResolver } from "./gezin/GezinResolver";
import { Melding } from "./melding/Melding";
import { MeldingResolver } from "./melding/MeldingResolver";
import { MedewerkerResolver } from "./medewerker/MedewerkerResolver";
import { migrations } from "./migrations";
import { OnderzoekResolver } from "./onderzoek/OnderzoekResolver";
import { VeiligThuisOnderzoek } from "./onderzoek/VeiligThuisOnderzoek";
import { seed } from "./seed";
import { Veiligheidstaxatie } from "./veiligheidstaxatie/Veiligheidstaxatie";
import { VeiligheidstaxatieResolver } from "./veiligheidstaxatie/VeiligheidstaxatieResolver";
import { VertrouwensartsAdvies } from "./vertrouwensarts/VertrouwensartsAdvies";
import { VertrouwensartsAdviesResolver } from "./vertrouwensarts/VertrouwensartsAdviesResolver";

/** Veilig Thuis' subgraph: meldingen, safety assessments, investigations, medical and consult advice. */
export const veiligThuis: SubgraphDefinition<DemoScenario> = {
  name: "veilig-thuis",
  organisatie: DemoOrganisatie.VEILIG_THUIS,
  defaultPort: 4002,
  databaseName: "gezinsbeeld_veilig_thuis",
  resolvers: [
    GezinResolver,
    MeldingResolver,
    VeiligheidstaxatieResolver,
    OnderzoekResolver,
    VertrouwensartsAdviesResolver,
    AdviesConsultResolver,
    MedewerkerResolver,
  ],
  // Gezin is reached only through `_entities`, never from a root field of this subgraph.
  orphanedTypes: [Gezin],
  // These start an involvement (a report, a request, a court decision): the owner may record them before the register shows it.
  referenceResolvers: { Gezin: gezinReferentie },
  entities: [Medewerker, Melding, Veiligheidstaxatie, VeiligThuisOnderzoek, VertrouwensartsAdvies, AdviesConsult],
  migrations,
  seed,
};
