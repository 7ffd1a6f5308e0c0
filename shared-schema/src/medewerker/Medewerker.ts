import { Directive, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { Gegeven, GeenPersoonsgegeven } from "../classification/gegevens";
import { Gegevenscategorie } from "../classification/Gegevenscategorie";
import { Organisatie, OrganisatieScalar } from "../enums/Organisatie";
import { Rol } from "../enums/Rol";

/**
 * A professional of one organisation. Every subgraph keeps its own staff in its
 * own `medewerker` table (the organisation is responsible for its own data), and
 * all publish the same shareable GraphQL shape.
 */
@Entity("medewerker")
@ObjectType({ description: "Professional van een organisatie." })
@Directive("@shareable")
export class Medewerker {
  /** The user id in tokens, e.g. `lt-fatima-bakker`. */
  @PrimaryColumn("text")
  @GeenPersoonsgegeven(() => ID)
  id!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.MEDEWERKER, () => String, { description: "Naam van de professional." })
  naam!: string;

  @Column("text")
  @GeenPersoonsgegeven(() => OrganisatieScalar)
  organisatie!: Organisatie;

  @Column("text")
  @GeenPersoonsgegeven(() => Rol)
  rol!: Rol;

  @Column("text", { nullable: true })
  @GeenPersoonsgegeven(() => String, { nullable: true, description: "Functie, bijvoorbeeld 'raadsonderzoeker' of 'jeugdbeschermer'." })
  functie!: string | null;
}
