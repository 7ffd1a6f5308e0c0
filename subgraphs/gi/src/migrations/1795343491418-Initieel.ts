import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initieel1795343491418 implements MigrationInterface {
  name = "Initieel1795343491418";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"medewerker\" (\"id\" text NOT NULL, \"naam\" text NOT NULL, \"organisatie\" text NOT NULL, \"rol\" text NOT NULL, \"functie\" text, CONSTRAINT \"PK_6422865be3752c1042fb1e8fb6e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"gi_inzet\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"product\" text NOT NULL, \"startdatum\" date NOT NULL, \"einddatum\" date, \"anoniem\" boolean NOT NULL DEFAULT false, \"medewerkerId\" text NOT NULL, \"toelichting\" text, CONSTRAINT \"gi_inzet_anoniem_alleen_advies\" CHECK (NOT \"anoniem\" OR \"product\" = 'PRODUCT_1'), CONSTRAINT \"gi_inzet_periode\" CHECK (\"einddatum\" IS NULL OR \"einddatum\" >= \"startdatum\"), CONSTRAINT \"PK_21924b31f155da46a0988d719b1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_560e200a64d474892ae88c9547\" ON \"gi_inzet\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"jeugdbeschermer_toewijzing\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"medewerkerId\" text NOT NULL, \"vanaf\" date NOT NULL, \"tot\" date, CONSTRAINT \"jeugdbeschermer_toewijzing_periode\" CHECK (\"tot\" IS NULL OR \"tot\" >= \"vanaf\"), CONSTRAINT \"PK_40194bf84c97f7a0698b569f41a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b70a5cb370af310b9de02c7cbe\" ON \"jeugdbeschermer_toewijzing\"  (\"gezinId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"jeugdbeschermer_toewijzing_een_lopend\" ON \"jeugdbeschermer_toewijzing\"  (\"gezinId\") WHERE \"tot\" IS NULL");
    await queryRunner.query("CREATE TABLE \"maatregel\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"persoonId\" uuid NOT NULL, \"soort\" text NOT NULL, \"startdatum\" date NOT NULL, \"einddatum\" date, \"beschikkingsnummer\" text NOT NULL, \"beeindigingsreden\" text, CONSTRAINT \"maatregel_einddatum_verplicht\" CHECK (\"soort\" = 'VOOGDIJ' OR \"einddatum\" IS NOT NULL), CONSTRAINT \"maatregel_periode\" CHECK (\"einddatum\" IS NULL OR \"einddatum\" >= \"startdatum\"), CONSTRAINT \"PK_cbbc3991d2b5292ab17c47dbec2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f432c24238b34fad0b17821a5f\" ON \"maatregel\"  (\"gezinId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9c6a54e5d262df1428edc16326\" ON \"maatregel\"  (\"persoonId\") ");
    await queryRunner.query("CREATE TABLE \"maatregel_verlenging\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"maatregelId\" uuid NOT NULL, \"datum\" date NOT NULL, \"vorigeEinddatum\" date NOT NULL, \"nieuweEinddatum\" date NOT NULL, \"beschikkingsnummer\" text NOT NULL, CONSTRAINT \"maatregel_verlenging_later\" CHECK (\"nieuweEinddatum\" > \"vorigeEinddatum\"), CONSTRAINT \"PK_15dcd4e976abfdc221395ea6726\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_7f23f859dada377d53c37b2551\" ON \"maatregel_verlenging\"  (\"gezinId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_765afea8fc75d86d4ee7f6dab3\" ON \"maatregel_verlenging\"  (\"maatregelId\") ");
    await queryRunner.query("CREATE TABLE \"jeugdreclassering\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"persoonId\" uuid NOT NULL, \"kader\" text NOT NULL, \"startdatum\" date NOT NULL, \"einddatum\" date, \"medewerkerId\" text NOT NULL, \"toelichting\" text, CONSTRAINT \"jeugdreclassering_periode\" CHECK (\"einddatum\" IS NULL OR \"einddatum\" >= \"startdatum\"), CONSTRAINT \"PK_b24f4110ca5b6cd8e6725a6a75d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_5c44eb0f0560b82afa5bb73909\" ON \"jeugdreclassering\"  (\"gezinId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ea7acee90a9ed9867e53f5439d\" ON \"jeugdreclassering\"  (\"persoonId\") ");
    await queryRunner.query("CREATE TABLE \"veranderplan\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"versie\" integer NOT NULL, \"vastgesteldOp\" date NOT NULL, \"doelen\" text array NOT NULL, \"toelichting\" text, CONSTRAINT \"PK_b37eb9915b019ce3f2d1b4b918a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_bad52e776827707b55bbecc7f8\" ON \"veranderplan\"  (\"gezinId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"veranderplan_versie_uniek\" ON \"veranderplan\"  (\"gezinId\", \"versie\") ");
    await queryRunner.query("CREATE TABLE \"borgingsplan\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"vastgesteldOp\" date NOT NULL, \"afspraken\" text array NOT NULL, CONSTRAINT \"PK_bfc41c55bb442418c1c443cbd3b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_7265e00d245e717775aac80593\" ON \"borgingsplan\"  (\"gezinId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7265e00d245e717775aac80593\"");
    await queryRunner.query("DROP TABLE \"borgingsplan\"");
    await queryRunner.query("DROP INDEX \"public\".\"veranderplan_versie_uniek\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bad52e776827707b55bbecc7f8\"");
    await queryRunner.query("DROP TABLE \"veranderplan\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ea7acee90a9ed9867e53f5439d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5c44eb0f0560b82afa5bb73909\"");
    await queryRunner.query("DROP TABLE \"jeugdreclassering\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_765afea8fc75d86d4ee7f6dab3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7f23f859dada377d53c37b2551\"");
    await queryRunner.query("DROP TABLE \"maatregel_verlenging\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9c6a54e5d262df1428edc16326\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f432c24238b34fad0b17821a5f\"");
    await queryRunner.query("DROP TABLE \"maatregel\"");
    await queryRunner.query("DROP INDEX \"public\".\"jeugdbeschermer_toewijzing_een_lopend\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b70a5cb370af310b9de02c7cbe\"");
    await queryRunner.query("DROP TABLE \"jeugdbeschermer_toewijzing\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_560e200a64d474892ae88c9547\"");
    await queryRunner.query("DROP TABLE \"gi_inzet\"");
    await queryRunner.query("DROP TABLE \"medewerker\"");
  }
}
