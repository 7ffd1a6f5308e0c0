import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initieel1795343393458 implements MigrationInterface {
  name = "Initieel1795343393458";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"medewerker\" (\"id\" text NOT NULL, \"naam\" text NOT NULL, \"organisatie\" text NOT NULL, \"rol\" text NOT NULL, \"functie\" text, CONSTRAINT \"PK_6422865be3752c1042fb1e8fb6e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"advies_consult\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"datum\" date NOT NULL, \"anoniem\" boolean NOT NULL DEFAULT false, \"vraag\" text NOT NULL, \"advies\" text NOT NULL, \"adviseurId\" text NOT NULL, CONSTRAINT \"PK_e8cf36fc2454f73e95ce77d573a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fde7ff1ec8ef153d5698485405\" ON \"advies_consult\"  (\"gezinId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b61a4eb682ab9ee06c124f7d0d\" ON \"advies_consult\"  (\"gezinId\", \"adviseurId\") ");
    await queryRunner.query("CREATE TABLE \"veilig_thuis_onderzoek\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"meldingId\" uuid NOT NULL, \"startdatum\" date NOT NULL, \"einddatum\" date, \"status\" text NOT NULL DEFAULT 'LOPEND', \"conclusie\" text, \"vervolg\" text, \"onderzoekerId\" text NOT NULL, CONSTRAINT \"veilig_thuis_onderzoek_afronding\" CHECK ((\"status\" = 'LOPEND' AND \"einddatum\" IS NULL AND \"conclusie\" IS NULL AND \"vervolg\" IS NULL) OR (\"status\" = 'AFGEROND' AND \"einddatum\" IS NOT NULL AND \"conclusie\" IS NOT NULL AND \"vervolg\" IS NOT NULL)), CONSTRAINT \"veilig_thuis_onderzoek_periode\" CHECK (\"einddatum\" IS NULL OR \"einddatum\" >= \"startdatum\"), CONSTRAINT \"PK_6063ee9c50744bd36305378fd7a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b412db24aa80ee26243a2c78c6\" ON \"veilig_thuis_onderzoek\"  (\"gezinId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"veilig_thuis_onderzoek_per_melding\" ON \"veilig_thuis_onderzoek\"  (\"meldingId\") ");
    await queryRunner.query("CREATE TABLE \"veiligheidstaxatie\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"meldingId\" uuid NOT NULL, \"datum\" date NOT NULL, \"directeVeiligheid\" text NOT NULL, \"stabieleVeiligheid\" text NOT NULL, \"toelichting\" text NOT NULL, CONSTRAINT \"PK_5c1643465ded81309853ecb30d7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d58a636a078ba79b9c2e4fe047\" ON \"veiligheidstaxatie\"  (\"gezinId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cf96bf069ca8f4d32b1b1883f7\" ON \"veiligheidstaxatie\"  (\"meldingId\") ");
    await queryRunner.query("CREATE TABLE \"melding\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"datum\" date NOT NULL, \"aard\" text NOT NULL, \"omschrijving\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'ONTVANGEN', \"melderNaam\" text, \"melderRelatie\" text, \"melderFunctie\" text, \"melderTelefoon\" text, CONSTRAINT \"melding_melder\" CHECK ((\"melderNaam\" IS NULL) = (\"melderRelatie\" IS NULL) AND (\"melderNaam\" IS NOT NULL OR (\"melderFunctie\" IS NULL AND \"melderTelefoon\" IS NULL))), CONSTRAINT \"PK_80a7932bdc791a25732613fb586\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a957122d93e42b1a1840c9d4c8\" ON \"melding\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"vertrouwensarts_advies\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"datum\" date NOT NULL, \"advies\" text NOT NULL, \"vertrouwensartsId\" text NOT NULL, CONSTRAINT \"PK_2010fd7be0508f1e9546d3a6c8c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_663f69ba5b516c752ea02bcd07\" ON \"vertrouwensarts_advies\"  (\"gezinId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_663f69ba5b516c752ea02bcd07\"");
    await queryRunner.query("DROP TABLE \"vertrouwensarts_advies\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a957122d93e42b1a1840c9d4c8\"");
    await queryRunner.query("DROP TABLE \"melding\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cf96bf069ca8f4d32b1b1883f7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d58a636a078ba79b9c2e4fe047\"");
    await queryRunner.query("DROP TABLE \"veiligheidstaxatie\"");
    await queryRunner.query("DROP INDEX \"public\".\"veilig_thuis_onderzoek_per_melding\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b412db24aa80ee26243a2c78c6\"");
    await queryRunner.query("DROP TABLE \"veilig_thuis_onderzoek\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b61a4eb682ab9ee06c124f7d0d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fde7ff1ec8ef153d5698485405\"");
    await queryRunner.query("DROP TABLE \"advies_consult\"");
    await queryRunner.query("DROP TABLE \"medewerker\"");
  }
}
