import { loadManyBy, loadOneBy, Medewerker } from "@gezinsbeeld/shared-schema";
import { Betrokkenheid } from "../betrokkenheid/Betrokkenheid";
import { Doel, DoelVoortgang } from "../doelen/Doel";
import { Relatie } from "../genogram/Relatie";
import { Kernbesluit } from "../kernbesluit/Kernbesluit";
import { Netwerkberaad } from "../netwerkberaad/Netwerkberaad";
import { Noodtoegang } from "../noodtoegang/Noodtoegang";
import { Persoon } from "../persoon/Persoon";
import { Regieperiode } from "../regie/Regieperiode";
import { TijdslijnGebeurtenis } from "../tijdslijn/TijdslijnGebeurtenis";
import { Toestemming, VerstrekkingZonderToestemming } from "../toestemming/Toestemming";
import { Gevaarsoordeel, Veiligheidsafspraak, Veiligheidsplan } from "../veiligheid/Veiligheid";
import { ZorgOfKracht } from "../zorgen/ZorgOfKracht";
import { Gezin } from "./Gezin";

/** Every access path of the local team's dossier, one batched loader each. */
export const loaders = {
  gezin: loadOneBy(Gezin),
  persoon: loadOneBy(Persoon),
  medewerker: loadOneBy(Medewerker),
  ledenVanGezin: loadManyBy(Persoon, "gezinId", { by: "geboortedatum" }),
  relatiesVanGezin: loadManyBy(Relatie, "gezinId", { by: "vastgelegdOp" }),
  tijdslijnVanGezin: loadManyBy(TijdslijnGebeurtenis, "gezinId", { by: "datum" }),
  zorgenEnKrachtenVanGezin: loadManyBy(ZorgOfKracht, "gezinId", { by: "vastgesteldOp" }),
  gevaarsoordelenVanGezin: loadManyBy(Gevaarsoordeel, "gezinId", { by: "opgesteldOp" }),
  veiligheidsplannenVanGezin: loadManyBy(Veiligheidsplan, "gezinId", { by: "versie", direction: "DESC" }),
  afsprakenVanPlan: loadManyBy(Veiligheidsafspraak, "veiligheidsplanId", { by: "vastgelegdOp" }),
  doelenVanGezin: loadManyBy(Doel, "gezinId", { by: "wanneer" }),
  voortgangVanDoel: loadManyBy(DoelVoortgang, "doelId", { by: "datum" }),
  netwerkberadenVanGezin: loadManyBy(Netwerkberaad, "gezinId", { by: "datum" }),
  kernbesluitenVanGezin: loadManyBy(Kernbesluit, "gezinId", { by: "datum" }),
  toestemmingenVanGezin: loadManyBy(Toestemming, "gezinId", { by: "gegevenOp" }),
  verstrekkingenVanGezin: loadManyBy(VerstrekkingZonderToestemming, "gezinId", { by: "datum" }),
  betrokkenhedenVanGezin: loadManyBy(Betrokkenheid, "gezinId", { by: "startdatum" }),
  regieVanGezin: loadManyBy(Regieperiode, "gezinId", { by: "vanaf" }),
  noodtoegangenVanGezin: loadManyBy(Noodtoegang, "gezinId", { by: "vanaf" }),
};
