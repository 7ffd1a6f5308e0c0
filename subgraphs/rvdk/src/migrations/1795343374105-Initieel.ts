import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initieel1795343374105 implements MigrationInterface {
  name = "Initieel1795343374105";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"medewerker\" (\"id\" text NOT NULL, \"naam\" text NOT NULL, \"organisatie\" text NOT NULL, \"rol\" text NOT NULL, \"functie\" text, CONSTRAINT \"PK_6422865be3752c1042fb1e8fb6e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"verzoek_tot_onderzoek\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"ontvangenOp\" date NOT NULL, \"verzoeker\" text NOT NULL, \"reden\" text NOT NULL, \"gezinGeinformeerdOp\" date, \"status\" text NOT NULL DEFAULT 'ONTVANGEN', \"beoordeeldOp\" date, \"beoordelingToelichting\" text, CONSTRAINT \"verzoek_tot_onderzoek_beoordeeld_na_ontvangst\" CHECK (\"beoordeeldOp\" IS NULL OR \"beoordeeldOp\" >= \"ontvangenOp\"), CONSTRAINT \"verzoek_tot_onderzoek_beoordeling\" CHECK ((\"status\" = 'ONTVANGEN') = (\"beoordeeldOp\" IS NULL)), CONSTRAINT \"PK_f64bf2944bdf30039cc3bf57fff\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_335c5d3ef2012e607e2a94aa42\" ON \"verzoek_tot_onderzoek\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"verzoekschrift\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"beschermingsonderzoekId\" uuid NOT NULL, \"ingediendOp\" date NOT NULL, \"gevraagdeMaatregel\" text NOT NULL, \"uitspraak\" text, \"uitspraakOp\" date, CONSTRAINT \"verzoekschrift_uitspraak_na_indiening\" CHECK (\"uitspraakOp\" IS NULL OR \"uitspraakOp\" >= \"ingediendOp\"), CONSTRAINT \"verzoekschrift_uitspraak_compleet\" CHECK ((\"uitspraak\" IS NULL) = (\"uitspraakOp\" IS NULL)), CONSTRAINT \"PK_53d98c2a9b064f80259817a7a82\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0fc4758a8ea36d471bdb157204\" ON \"verzoekschrift\"  (\"gezinId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_3150a55dfa9674661515f72a1b\" ON \"verzoekschrift\"  (\"beschermingsonderzoekId\") ");
    await queryRunner.query("CREATE TABLE \"beschermingsonderzoek\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"verzoekId\" uuid NOT NULL, \"startdatum\" date NOT NULL, \"einddatum\" date, \"status\" text NOT NULL DEFAULT 'LOPEND', \"raadsonderzoekerId\" text NOT NULL, \"betreftPersoonIds\" uuid array NOT NULL, \"conclusie\" text, \"conclusieToelichting\" text, CONSTRAINT \"beschermingsonderzoek_afronding\" CHECK ((\"status\" = 'AFGEROND') = (\"einddatum\" IS NOT NULL AND \"conclusie\" IS NOT NULL)), CONSTRAINT \"beschermingsonderzoek_periode\" CHECK (\"einddatum\" IS NULL OR \"einddatum\" >= \"startdatum\"), CONSTRAINT \"PK_2cdfb55ce50ecef12df574e7468\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e20cc817ca051a1203e9746eaf\" ON \"beschermingsonderzoek\"  (\"gezinId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"beschermingsonderzoek_een_per_verzoek\" ON \"beschermingsonderzoek\"  (\"verzoekId\") ");
    await queryRunner.query("ALTER TABLE \"verzoekschrift\" ADD CONSTRAINT \"FK_3150a55dfa9674661515f72a1b4\" FOREIGN KEY (\"beschermingsonderzoekId\") REFERENCES \"beschermingsonderzoek\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"beschermingsonderzoek\" ADD CONSTRAINT \"FK_492fe78520ed864b89c645b355c\" FOREIGN KEY (\"verzoekId\") REFERENCES \"verzoek_tot_onderzoek\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"beschermingsonderzoek\" DROP CONSTRAINT \"FK_492fe78520ed864b89c645b355c\"");
    await queryRunner.query("ALTER TABLE \"verzoekschrift\" DROP CONSTRAINT \"FK_3150a55dfa9674661515f72a1b4\"");
    await queryRunner.query("DROP INDEX \"public\".\"beschermingsonderzoek_een_per_verzoek\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e20cc817ca051a1203e9746eaf\"");
    await queryRunner.query("DROP TABLE \"beschermingsonderzoek\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3150a55dfa9674661515f72a1b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0fc4758a8ea36d471bdb157204\"");
    await queryRunner.query("DROP TABLE \"verzoekschrift\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_335c5d3ef2012e607e2a94aa42\"");
    await queryRunner.query("DROP TABLE \"verzoek_tot_onderzoek\"");
    await queryRunner.query("DROP TABLE \"medewerker\"");
  }
}
