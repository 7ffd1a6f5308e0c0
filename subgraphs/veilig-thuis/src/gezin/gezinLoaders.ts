import { loadManyBy, loadOneBy, Medewerker } from "@gezinsbeeld/shared-schema";
import { AdviesConsult } from "../advies/AdviesConsult";
import { Melding } from "../melding/Melding";
import { VeiligThuisOnderzoek } from "../onderzoek/VeiligThuisOnderzoek";
import { Veiligheidstaxatie } from "../veiligheidstaxatie/Veiligheidstaxatie";
import { VertrouwensartsAdvies } from "../vertrouwensarts/VertrouwensartsAdvies";

/** Every access path of Veilig Thuis' part of the dossier, one batched loader each. */
export const loaders = {
  medewerker: loadOneBy(Medewerker),
  melding: loadOneBy(Melding),
  meldingenVanGezin: loadManyBy(Melding, "gezinId", { by: "datum" }),
  veiligheidstaxatiesVanGezin: loadManyBy(Veiligheidstaxatie, "gezinId", { by: "datum" }),
  veiligheidstaxatiesVanMelding: loadManyBy(Veiligheidstaxatie, "meldingId", { by: "datum" }),
  onderzoekenVanGezin: loadManyBy(VeiligThuisOnderzoek, "gezinId", { by: "startdatum" }),
  onderzoekVanMelding: loadOneBy(VeiligThuisOnderzoek, "meldingId"),
  vertrouwensartsAdviezenVanGezin: loadManyBy(VertrouwensartsAdvies, "gezinId", { by: "datum" }),
  adviezenVanGezin: loadManyBy(AdviesConsult, "gezinId", { by: "datum" }),
};
