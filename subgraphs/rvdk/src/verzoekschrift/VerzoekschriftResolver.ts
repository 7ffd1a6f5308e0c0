import { bestaandRecord, DatumScalar, eisNietInToekomst, inTransaction, invoerFout, kondigAan, type RequestContext, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { Beschermingsonderzoek, BeschermingsonderzoekStatus, CONCLUSIES_MET_VERZOEKSCHRIFT } from "../onderzoek/Beschermingsonderzoek";
import { aankondigingVanVerzoekschrift } from "./aankondigingVanVerzoekschrift";
import { GevraagdeMaatregel, UitspraakKinderrechter, Verzoekschrift } from "./Verzoekschrift";

@InputType({ description: "Een verzoekschrift aan de kinderrechter." })
export class VerzoekschriftInvoer {
  @Field(() => DatumScalar)
  ingediendOp!: string;

  @Field(() => GevraagdeMaatregel)
  gevraagdeMaatregel!: GevraagdeMaatregel;
}

@InputType({ description: "De beslissing van de kinderrechter op een verzoekschrift." })
export class UitspraakKinderrechterInvoer {
  @Field(() => UitspraakKinderrechter)
  uitspraak!: UitspraakKinderrechter;

  @Field(() => DatumScalar)
  op!: string;
}

@Resolver(() => Verzoekschrift)
export class VerzoekschriftResolver {
  @Mutation(() => Verzoekschrift, {
    description: "Dien een verzoekschrift in bij de kinderrechter, na een afgerond onderzoek dat tot een maatregel concludeert.",
  })
  @Schrijft({ doet: "CREATE", gezin: { record: Beschermingsonderzoek, argument: "beschermingsonderzoekId", soort: "Beschermingsonderzoek" } })
  dienVerzoekschriftIn(
    @Ctx() context: RequestContext,
    @Arg("beschermingsonderzoekId", () => ID) beschermingsonderzoekId: string,
    @Arg("invoer", () => VerzoekschriftInvoer) invoer: VerzoekschriftInvoer,
  ): Promise<Verzoekschrift> {
    eisNietInToekomst(invoer.ingediendOp, "ingediendOp");
    return inTransaction(context, async (manager) => {
      const onderzoek = await bestaandRecord(manager, Beschermingsonderzoek, beschermingsonderzoekId, "Beschermingsonderzoek");
      if (onderzoek.status !== BeschermingsonderzoekStatus.AFGEROND || !onderzoek.einddatum || !onderzoek.conclusie) {
        throw invoerFout("Een verzoekschrift volgt op een afgerond beschermingsonderzoek; dit onderzoek loopt nog.", "beschermingsonderzoekId");
      }
      if (!CONCLUSIES_MET_VERZOEKSCHRIFT.includes(onderzoek.conclusie)) {
        throw invoerFout(
          `Het onderzoek concludeerde ${onderzoek.conclusie}; een verzoek om een maatregel past daar niet bij.`,
          "beschermingsonderzoekId",
        );
      }
      if (invoer.ingediendOp < onderzoek.einddatum) {
        throw invoerFout(`Het verzoekschrift kan niet zijn ingediend (${invoer.ingediendOp}) vóór het onderzoek is afgerond (${onderzoek.einddatum}).`, "ingediendOp");
      }
      const verzoekschrift = await manager.save(
        manager.create(Verzoekschrift, {
          gezinId: onderzoek.gezinId,
          beschermingsonderzoekId: onderzoek.id,
          ingediendOp: invoer.ingediendOp,
          gevraagdeMaatregel: invoer.gevraagdeMaatregel,
          uitspraak: null,
          uitspraakOp: null,
          vastgelegdDoor: context.principal?.userId ?? null,
        }),
      );
      await kondigAan(manager, aankondigingVanVerzoekschrift(verzoekschrift));
      return verzoekschrift;
    });
  }

  @Mutation(() => Verzoekschrift, { description: "Leg de uitspraak van de kinderrechter vast; een uitspraak wordt één keer vastgelegd." })
  @Schrijft({ doet: "UPDATE", gezin: { record: Verzoekschrift, argument: "verzoekschriftId", soort: "Verzoekschrift" } })
  registreerUitspraakKinderrechter(
    @Ctx() context: RequestContext,
    @Arg("verzoekschriftId", () => ID) verzoekschriftId: string,
    @Arg("invoer", () => UitspraakKinderrechterInvoer) invoer: UitspraakKinderrechterInvoer,
  ): Promise<Verzoekschrift> {
    eisNietInToekomst(invoer.op, "op");
    return inTransaction(context, async (manager) => {
      const verzoekschrift = await bestaandRecord(manager, Verzoekschrift, verzoekschriftId, "Verzoekschrift");
      if (verzoekschrift.uitspraak) {
        throw invoerFout(`De kinderrechter heeft al uitspraak gedaan op ${verzoekschrift.uitspraakOp} (${verzoekschrift.uitspraak}).`, "verzoekschriftId");
      }
      if (invoer.op < verzoekschrift.ingediendOp) {
        throw invoerFout(`De uitspraak (${invoer.op}) kan niet vóór de indiening van het verzoekschrift (${verzoekschrift.ingediendOp}) liggen.`, "op");
      }
      verzoekschrift.uitspraak = invoer.uitspraak;
      verzoekschrift.uitspraakOp = invoer.op;
      const beslist = await manager.save(verzoekschrift);
      await kondigAan(manager, aankondigingVanVerzoekschrift(beslist));
      return beslist;
    });
  }

  /** Never null: a foreign key ties every request to the court to its investigation. */
  @FieldResolver(() => Beschermingsonderzoek)
  async beschermingsonderzoek(@Root() verzoekschrift: Verzoekschrift, @Ctx() { loaders: l }: RequestContext): Promise<Beschermingsonderzoek> {
    return (await l.get(loaders.beschermingsonderzoek).load(verzoekschrift.beschermingsonderzoekId)) as Beschermingsonderzoek;
  }
}
