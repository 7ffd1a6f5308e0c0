import { loadManyBy, loadOneBy, Medewerker } from "@gezinsbeeld/shared-schema";
import { GiInzet } from "../inzet/GiInzet";
import { JeugdbeschermerToewijzing } from "../jeugdbeschermer/JeugdbeschermerToewijzing";
import { Jeugdreclassering } from "../jeugdreclassering/Jeugdreclassering";
import { Maatregel, MaatregelVerlenging } from "../maatregel/Maatregel";
import { Borgingsplan, Veranderplan } from "../plannen/Plannen";

/** Every access path of the GI's dossier, one batched loader each. */
export const loaders = {
  medewerker: loadOneBy(Medewerker),
  inzetVanGezin: loadManyBy(GiInzet, "gezinId", { by: "startdatum" }),
  maatregelenVanGezin: loadManyBy(Maatregel, "gezinId", { by: "startdatum" }),
  maatregelenVanPersoon: loadManyBy(Maatregel, "persoonId", { by: "startdatum" }),
  verlengingenVanMaatregel: loadManyBy(MaatregelVerlenging, "maatregelId", { by: "datum" }),
  jeugdreclasseringVanGezin: loadManyBy(Jeugdreclassering, "gezinId", { by: "startdatum" }),
  jeugdreclasseringVanPersoon: loadManyBy(Jeugdreclassering, "persoonId", { by: "startdatum" }),
  jeugdbeschermersVanGezin: loadManyBy(JeugdbeschermerToewijzing, "gezinId", { by: "vanaf" }),
  veranderplannenVanGezin: loadManyBy(Veranderplan, "gezinId", { by: "versie", direction: "DESC" }),
  borgingsplannenVanGezin: loadManyBy(Borgingsplan, "gezinId", { by: "vastgesteldOp", direction: "DESC" }),
};
