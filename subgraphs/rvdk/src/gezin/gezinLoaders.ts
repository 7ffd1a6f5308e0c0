import { defineLoader, isUuid, loadManyBy, loadOneBy, Medewerker } from "@gezinsbeeld/shared-schema";
import { Beschermingsonderzoek } from "../onderzoek/Beschermingsonderzoek";
import { VerzoekTotOnderzoek } from "../verzoek/VerzoekTotOnderzoek";
import { Verzoekschrift } from "../verzoekschrift/Verzoekschrift";

/**
 * The investigations that name any of the children, one statement per batch.
 * Children are kept as a uuid[] on the investigation, so the match is an
 * array overlap rather than the `IN` of {@link loadManyBy}.
 */
const beschermingsonderzoekenVanPersoon = defineLoader<string, Beschermingsonderzoek[]>(
  "Beschermingsonderzoek[betreftPersoonIds]",
  async (keys, { db }) => {
    const ids = keys.filter(isUuid);
    const rows = ids.length
      ? await db
          .getRepository(Beschermingsonderzoek)
          .createQueryBuilder("row")
          .where(`row."betreftPersoonIds" && ARRAY[:...ids]::uuid[]`, { ids })
          .orderBy("row.startdatum", "ASC")
          .addOrderBy("row.id", "ASC")
          .getMany()
      : [];
    return keys.map((key) => rows.filter((row) => row.betreftPersoonIds.includes(key.toLowerCase())));
  },
);

/** Every access path of the raadsdossier, one batched loader each. */
export const loaders = {
  medewerker: loadOneBy(Medewerker),
  verzoek: loadOneBy(VerzoekTotOnderzoek),
  verzoekenVanGezin: loadManyBy(VerzoekTotOnderzoek, "gezinId", { by: "ontvangenOp" }),
  beschermingsonderzoek: loadOneBy(Beschermingsonderzoek),
  beschermingsonderzoekVanVerzoek: loadOneBy(Beschermingsonderzoek, "verzoekId"),
  beschermingsonderzoekenVanGezin: loadManyBy(Beschermingsonderzoek, "gezinId", { by: "startdatum" }),
  beschermingsonderzoekenVanPersoon,
  verzoekschriftenVanGezin: loadManyBy(Verzoekschrift, "gezinId", { by: "ingediendOp" }),
  verzoekschriftenVanOnderzoek: loadManyBy(Verzoekschrift, "beschermingsonderzoekId", { by: "ingediendOp" }),
};
