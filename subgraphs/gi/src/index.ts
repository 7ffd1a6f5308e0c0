import "reflect-metadata";
import { gezinReferentie, Medewerker, persoonReferentie, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";
import type { DemoScenario } from "@gezinsbeeld/demo";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { GezinResolver } from "./gezin/GezinResolver";
import { GiInzet } from "./inzet/GiInzet";
import { GiInzetResolver } from "./inzet/GiInzetResolver";
import { JeugdbeschermerResolver } from "./jeugdbeschermer/JeugdbeschermerResolver";
import { JeugdbeschermerToewijzing } from "./jeugdbeschermer/JeugdbeschermerToewijzing";
import { Jeugdreclassering } from "./jeugdreclassering/Jeugdreclassering";
import { JeugdreclasseringResolver } from "./jeugdreclassering/JeugdreclasseringResolver";
import { Maatregel, MaatregelVerlenging } from "./maatregel/Maatregel";
import { MaatregelResolver } from "./maatregel/MaatregelResolver";
import { migrations } from "./migrations";
import { PersoonResolver } from "./persoon/PersoonResolver";
import { PlanResolver } from "./plannen/PlanResolver";
import { Borgingsplan, Veranderplan } from "./plannen/Plannen";
import { RegieTeruggave } from "./regie/RegieTeruggave";
import { RegieTeruggaveResolver } from "./regie/RegieTeruggaveResolver";
import { seed } from "./seed";

/** The Gecertificeerde Instelling's subgraph: involvement products, measures, youth probation, jeugdbeschermer, plans, regie handed back. */
export const gi: SubgraphDefinition<DemoScenario> = {
  name: "gi",
  organisatie: DemoOrganisatie.GI,
  defaultPort: 4004,
  databaseName: "gezinsbeeld_gi",
  resolvers: [
    GezinResolver,
    PersoonResolver,
    GiInzetResolver,
    MaatregelResolver,
    JeugdreclasseringResolver,
    JeugdbeschermerResolver,
    PlanResolver,
    RegieTeruggaveResolver,
  ],
  // These start an involvement (a report, a request, a court decision): the owner may record them before the register shows it.
  referenceResolvers: { Gezin: gezinReferentie, Persoon: persoonReferentie },
  entities: [
    Medewerker,
    GiInzet,
    Maatregel,
    MaatregelVerlenging,
    Jeugdreclassering,
    JeugdbeschermerToewijzing,
    Veranderplan,
    Borgingsplan,
    RegieTeruggave,
  ],
  migrations,
  seed,
};
