import "reflect-metadata";
import { Medewerker, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";
import type { DemoScenario } from "@gezinsbeeld/demo";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { Betrokkenheid } from "./betrokkenheid/Betrokkenheid";
import { BetrokkenheidResolver } from "./betrokkenheid/BetrokkenheidResolver";
import { Doel, DoelVoortgang } from "./doelen/Doel";
import { DoelResolver } from "./doelen/DoelResolver";
import { Relatie } from "./genogram/Relatie";
import { RelatieResolver } from "./genogram/RelatieResolver";
import { Gezin } from "./gezin/Gezin";
import { GezinResolver, resolveGezinReference } from "./gezin/GezinResolver";
import { Kernbesluit } from "./kernbesluit/Kernbesluit";
import { KernbesluitResolver } from "./kernbesluit/KernbesluitResolver";
import { migrations } from "./migrations";
import { Netwerkberaad } from "./netwerkberaad/Netwerkberaad";
import { NetwerkberaadResolver } from "./netwerkberaad/NetwerkberaadResolver";
import { Noodtoegang } from "./noodtoegang/Noodtoegang";
import { NoodtoegangResolver } from "./noodtoegang/NoodtoegangResolver";
import { Persoon } from "./persoon/Persoon";
import { PersoonResolver, resolvePersoonReference } from "./persoon/PersoonResolver";
import { Regieperiode } from "./regie/Regieperiode";
import { RegiePerKindResolver } from "./regie/RegiePerKindResolver";
import { RegieResolver } from "./regie/RegieResolver";
import { UitzonderingScheidingVanTaken } from "./scheiding/UitzonderingScheidingVanTaken";
import { UitzonderingScheidingVanTakenResolver } from "./scheiding/UitzonderingScheidingVanTakenResolver";
import { seed } from "./seed";
import { Signaal, SignaalGelezen } from "./register/Signaal";
import { GezinSignaalResolver, SignaalResolver } from "./register/SignaalResolver";
import { GezinstijdlijnResolver, TijdlijnregelResolver } from "./register/GezinstijdlijnResolver";
import { Tijdlijnregel } from "./register/Tijdlijnregel";
import { TijdslijnGebeurtenis } from "./tijdslijn/TijdslijnGebeurtenis";
import { TijdslijnResolver } from "./tijdslijn/TijdslijnResolver";
import { laadToegangsbases, toegangsregister } from "./toegang/toegangsregister";
import { Toestemming, VerstrekkingZonderToestemming } from "./toestemming/Toestemming";
import { ToestemmingResolver } from "./toestemming/ToestemmingResolver";
import { Gevaarsoordeel, Veiligheidsafspraak, Veiligheidsplan } from "./veiligheid/Veiligheid";
import { VeiligheidResolver } from "./veiligheid/VeiligheidResolver";
import { ZorgOfKracht } from "./zorgen/ZorgOfKracht";
import { ZorgOfKrachtResolver } from "./zorgen/ZorgOfKrachtResolver";

/** The access register of households, read from this subgraph's database (see `toegangsbases`). */
export { laadToegangsbases };

/** The local team's subgraph: owner of `Gezin`, `Persoon` and the dossier. */
export const lokaalTeam: SubgraphDefinition<DemoScenario> = {
  name: "lokaal-team",
  organisatie: DemoOrganisatie.LOKAAL_TEAM,
  defaultPort: 4001,
  databaseName: "gezinsbeeld_lokaal_team",
  resolvers: [
    GezinResolver,
    PersoonResolver,
    RelatieResolver,
    TijdslijnResolver,
    ZorgOfKrachtResolver,
    VeiligheidResolver,
    DoelResolver,
    NetwerkberaadResolver,
    KernbesluitResolver,
    ToestemmingResolver,
    BetrokkenheidResolver,
    RegieResolver,
    RegiePerKindResolver,
    NoodtoegangResolver,
    UitzonderingScheidingVanTakenResolver,
    SignaalResolver,
    GezinSignaalResolver,
    GezinstijdlijnResolver,
    TijdlijnregelResolver,
  ],
  referenceResolvers: { Gezin: resolveGezinReference, Persoon: resolvePersoonReference },
  entities: [
    Medewerker,
    Gezin,
    Persoon,
    Relatie,
    TijdslijnGebeurtenis,
    ZorgOfKracht,
    Gevaarsoordeel,
    Veiligheidsplan,
    Veiligheidsafspraak,
    Doel,
    DoelVoortgang,
    Netwerkberaad,
    Kernbesluit,
    Toestemming,
    VerstrekkingZonderToestemming,
    Betrokkenheid,
    Regieperiode,
    Noodtoegang,
    UitzonderingScheidingVanTaken,
    Signaal,
    SignaalGelezen,
    Tijdlijnregel,
  ],
  migrations,
  // The local team keeps the access register: it decides in-process and serves the decision service to the others.
  toegangsregister,
  // Privacy officers review break-glass claims (issue 3), exceptions to the separation of duties (rule 5) and read the access log (issue 4): they read these whole.
  toezichtTypen: ["Noodtoegang", "UitzonderingScheidingVanTaken"],
  seed,
};
