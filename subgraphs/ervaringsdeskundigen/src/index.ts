import "reflect-metadata";
import { DemoOrganisatie, gezinReferentie, Medewerker, type SubgraphDefinition, TOEGANGSLOG_TOEZICHTTYPEN, toegangslogResolver } from "@gezinsbeeld/shared-schema";
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
export const ervaringsdeskundigen: SubgraphDefinition = {
  name: "ervaringsdeskundigen",
  organisatie: DemoOrganisatie.ERVARINGSDESKUNDIGEN,
  defaultPort: 4005,
  databaseName: "gezinsbeeld_ervaringsdeskundigen",
  resolvers: [GezinResolver, KoppelingResolver, ContactregistratieResolver, PoolResolver, toegangslogResolver("toegangslogErvaringsdeskundigen", DemoOrganisatie.ERVARINGSDESKUNDIGEN)],
  // Gezin is reached only through `_entities`, never from a root field of this subgraph.
  orphanedTypes: [Gezin],
  // No exceptions: the local team adds the pool to the household (an involvement in its register) before an expert is linked.
  referenceResolvers: { Gezin: gezinReferentie },
  entities: [Medewerker, ErvaringsdeskundigeKoppeling, Contactregistratie],
  migrations,
  // Privacy officers read the access log whole (issue 4).
  toezichtTypen: [...TOEGANGSLOG_TOEZICHTTYPEN],
  seed,
};
