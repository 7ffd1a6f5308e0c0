import { DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie } from "@gezinsbeeld/shared-schema";
import { ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { Persoon } from "../persoon/Persoon";

export enum Relatiesoort {
  OUDER_VAN = "OUDER_VAN",
  PARTNER_VAN = "PARTNER_VAN",
  EX_PARTNER_VAN = "EX_PARTNER_VAN",
  BROER_OF_ZUS_VAN = "BROER_OF_ZUS_VAN",
  GROOTOUDER_VAN = "GROOTOUDER_VAN",
  VERZORGER_VAN = "VERZORGER_VAN",
  NETWERK = "NETWERK",
}
registerEnumType(Relatiesoort, { name: "Relatiesoort", description: "Soort relatie in het genogram." });

/** One line of the genogram: how two members relate. */
@Entity("relatie")
@Dossierstuk(Gegevenscategorie.GEZINSSAMENSTELLING)
@ObjectType({ description: "Relatie tussen twee leden (genogram)." })
export class Relatie extends DossierRecord {
  @Column("uuid")
  vanPersoonId!: string;

  @Column("uuid")
  naarPersoonId!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.GEZINSSAMENSTELLING, () => Relatiesoort)
  soort!: Relatiesoort;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.GEZINSSAMENSTELLING, () => String, { nullable: true })
  toelichting!: string | null;

  @Gegeven(Gegevenscategorie.GEZINSSAMENSTELLING, () => Persoon, { nullable: true })
  van?: Persoon | null;

  @Gegeven(Gegevenscategorie.GEZINSSAMENSTELLING, () => Persoon, { nullable: true })
  naar?: Persoon | null;
}
