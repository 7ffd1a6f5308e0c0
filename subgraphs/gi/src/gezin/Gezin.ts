import { Gegeven, Gegevenscategorie, GeenPersoonsgegeven, Medewerker } from "@gezinsbeeld/shared-schema";
import { Directive, ID, ObjectType } from "type-graphql";
import { GiInzet } from "../inzet/GiInzet";
import { JeugdbeschermerToewijzing } from "../jeugdbeschermer/JeugdbeschermerToewijzing";
import { Jeugdreclassering } from "../jeugdreclassering/Jeugdreclassering";
import { Maatregel } from "../maatregel/Maatregel";
import { Borgingsplan, Veranderplan } from "../plannen/Plannen";

/**
 * The household, owned by lokaal-team. The GI adds its own part of the
 * gezinsbeeld; no table here: the household lives in the local team's database.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class Gezin {
  @GeenPersoonsgegeven(() => ID)
  id!: string;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => [GiInzet], { description: "Inzet van de GI (product 1, 2a, 2b), oudste eerst." })
  giInzet?: GiInzet[];

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => [Maatregel], { description: "Maatregelen voor de kinderen van dit huishouden, oudste eerst." })
  maatregelen?: Maatregel[];

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => [Jeugdreclassering], { description: "Jeugdreclassering van jongeren in dit huishouden, oudste eerst." })
  jeugdreclassering?: Jeugdreclassering[];

  // The household's designated contact at the GI: HULPVERLENING, which the household reads, not MEDEWERKER.
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Medewerker, { nullable: true, description: "De jeugdbeschermer die nu is toegewezen." })
  jeugdbeschermer?: Medewerker | null;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => [JeugdbeschermerToewijzing], { description: "Wie wanneer jeugdbeschermer was, oudste eerst." })
  jeugdbeschermerhistorie?: JeugdbeschermerToewijzing[];

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Veranderplan, { nullable: true, description: "Geldende versie van het veranderplan." })
  veranderplan?: Veranderplan | null;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Borgingsplan, { nullable: true, description: "Laatst vastgestelde borgingsplan." })
  borgingsplan?: Borgingsplan | null;
}
