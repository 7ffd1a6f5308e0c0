import { ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Index, PrimaryGeneratedColumn } from "typeorm";
import { Gegeven, GeenPersoonsgegeven } from "../classification/gegevens";
import { Gegevenscategorie } from "../classification/Gegevenscategorie";

/**
 * The columns every record about a household has, in every subgraph: its id,
 * the household it belongs to, and who recorded it when. Extend it for each
 * dossier entity (`class Melding extends DossierRecord`).
 */
@ObjectType()
export abstract class DossierRecord {
  @PrimaryGeneratedColumn("uuid")
  @GeenPersoonsgegeven(() => ID)
  id!: string;

  /** The household (`Gezin.id`, owned by lokaal-team). Not a foreign key: it lives in another database. */
  @Index()
  @Column("uuid")
  gezinId!: string;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String, { nullable: true, description: "Gebruikers-id van wie dit vastlegde." })
  vastgelegdDoor!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  @GeenPersoonsgegeven(() => Date, { description: "Moment van vastleggen." })
  vastgelegdOp!: Date;
}
