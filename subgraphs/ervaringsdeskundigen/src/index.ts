import "reflect-metadata";
import { gezinReferentie, Medewerker, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";
import type { DemoScenario } from "@gezinsbeeld/demo";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { Contactregistratie } from "./contacten/Contactregistratie";
import { ContactregistratieResolver } from "./contacten/ContactregistratieResolver";
import { Gezin } from "./gezin/Gezin";
import { GezinResolver } from "./gezin/GezinResolver";
import { ErvaringsdeskundigeKoppeling } from "./koppeling/ErvaringsdeskundigeKoppeling";
import { KoppelingResolver } from "./koppeling/KoppelingResolver";
import { migrations } from "./migrations";
import { PoolResolver } from "./pool/PoolResolver";
import { seed } from "./seed";

/**
 * The pool of experts by experience: who is linked to which household, and
 * the number of contacts per period. Never the content of a conversation.
 */
export const ervaringsdeskundigen: SubgraphDefinition<DemoScenario> = {
  name: "ervaringsdeskundigen",
  organisatie: DemoOrganisatie.ERVARINGSDESKUNDIGEN,
  defaultPort: 4005,
  databaseName: "gezinsbeeld_ervaringsdeskundigen",
  resolvers: [GezinResolver, KoppelingResolver, ContactregistratieResolver, PoolResolver],
  // Gezin is reached only through `_entities`, never from a root field of this subgraph.
  orphanedTypes: [Gezin],
  // No exceptions: the local team adds the pool to the household (an involvement in its register) before an expert is linked.
  referenceResolvers: { Gezin: gezinReferentie },
  entities: [Medewerker, ErvaringsdeskundigeKoppeling, Contactregistratie],
  migrations,
  seed,
};
