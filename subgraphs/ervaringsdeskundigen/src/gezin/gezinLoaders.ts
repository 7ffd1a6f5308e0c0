import { loadManyBy, loadOneBy, Medewerker } from "@gezinsbeeld/shared-schema";
import { Contactregistratie } from "../contacten/Contactregistratie";
import { ErvaringsdeskundigeKoppeling } from "../koppeling/ErvaringsdeskundigeKoppeling";

/** Every access path of the pool's registration, one batched loader each. */
export const loaders = {
  medewerker: loadOneBy(Medewerker),
  koppelingenVanGezin: loadManyBy(ErvaringsdeskundigeKoppeling, "gezinId", { by: "vanaf" }),
  koppelingenVanErvaringsdeskundige: loadManyBy(ErvaringsdeskundigeKoppeling, "ervaringsdeskundigeId", { by: "vanaf" }),
  contactregistratiesVanKoppeling: loadManyBy(Contactregistratie, "koppelingId", { by: "periodeVan" }),
  contactregistratiesVanGezin: loadManyBy(Contactregistratie, "gezinId", { by: "periodeVan" }),
};
