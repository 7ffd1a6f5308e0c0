import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initieel1795345321648 implements MigrationInterface {
  name = "Initieel1795345321648";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"medewerker\" (\"id\" text NOT NULL, \"naam\" text NOT NULL, \"organisatie\" text NOT NULL, \"rol\" text NOT NULL, \"functie\" text, CONSTRAINT \"PK_6422865be3752c1042fb1e8fb6e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"betrokkenheid\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"organisatie\" text NOT NULL, \"regime\" text NOT NULL, \"intensiteit\" text NOT NULL, \"anoniem\" boolean NOT NULL DEFAULT false, \"startdatum\" date NOT NULL, \"einddatum\" date, \"geinformeerdOp\" date, \"medewerkerId\" text, \"toelichting\" text, CONSTRAINT \"betrokkenheid_geinformeerd\" CHECK (\"geinformeerdOp\" IS NULL OR \"geinformeerdOp\" >= \"startdatum\"), CONSTRAINT \"betrokkenheid_periode\" CHECK (\"einddatum\" IS NULL OR \"einddatum\" >= \"startdatum\"), CONSTRAINT \"PK_0a3a91d45baac4564c1f27d683f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c84629f94143c830e4e192067f\" ON \"betrokkenheid\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"doel\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"wat\" text NOT NULL, \"wie\" text NOT NULL, \"wanneer\" date NOT NULL, \"status\" text NOT NULL DEFAULT 'LOPEND', CONSTRAINT \"PK_762fe513820fc54e1d3d381f55a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0694d5e2e9ff9784674449d7d1\" ON \"doel\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"doel_voortgang\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"doelId\" uuid NOT NULL, \"datum\" date NOT NULL, \"percentage\" integer NOT NULL, \"toelichting\" text, CONSTRAINT \"doel_voortgang_percentage\" CHECK (\"percentage\" BETWEEN 0 AND 100), CONSTRAINT \"PK_cf8167142fb6d0afe35232b2fba\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ebd607223076882c9cf028793a\" ON \"doel_voortgang\"  (\"gezinId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5995dd50123c089354c37a3c6f\" ON \"doel_voortgang\"  (\"doelId\") ");
    await queryRunner.query("CREATE TABLE \"persoon\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"bsn\" character(9) NOT NULL, \"voornamen\" text NOT NULL, \"achternaam\" text NOT NULL, \"geboortedatum\" date NOT NULL, \"gezinsrol\" text NOT NULL, \"telefoon\" text, CONSTRAINT \"PK_698e6aa2b869a540528164bb47c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_38be4d3e4fceee78949ccf24c0\" ON \"persoon\"  (\"gezinId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8afc1e7ed9e3c7a8f9700db98e\" ON \"persoon\"  (\"gezinId\", \"bsn\") ");
    await queryRunner.query("CREATE TABLE \"relatie\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"vanPersoonId\" uuid NOT NULL, \"naarPersoonId\" uuid NOT NULL, \"soort\" text NOT NULL, \"toelichting\" text, CONSTRAINT \"PK_2d2508e15f4c5381a160e91a0b9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d8a37eb5317dacd91c844770ba\" ON \"relatie\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"kernbesluit\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"datum\" date NOT NULL, \"besluit\" text NOT NULL, \"onderbouwing\" text NOT NULL, \"gedragswetenschapperId\" text NOT NULL, CONSTRAINT \"PK_4e6316d678ce91c721c6d7e9ca2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_90ddc8a171bb4d35b7db31522e\" ON \"kernbesluit\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"netwerkberaad\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"datum\" date NOT NULL, \"deelnemers\" text array NOT NULL, \"verslag\" text NOT NULL, \"afspraken\" text array NOT NULL DEFAULT '{}', CONSTRAINT \"PK_648ec8e0b061b928f43382b1be4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_89b640691be6385e88414a1532\" ON \"netwerkberaad\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"noodtoegang\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"userId\" text NOT NULL, \"organisatie\" text NOT NULL, \"rol\" text NOT NULL, \"rechtvaardiging\" text NOT NULL, \"wettelijkeGrondslag\" text NOT NULL, \"vanaf\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"tot\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"beoordeeldDoor\" text, \"beoordeeldOp\" TIMESTAMP WITH TIME ZONE, \"beoordeling\" text, CONSTRAINT \"noodtoegang_beoordeling\" CHECK ((\"beoordeeldDoor\" IS NULL) = (\"beoordeeldOp\" IS NULL) AND (\"beoordeeldOp\" IS NULL) = (\"beoordeling\" IS NULL)), CONSTRAINT \"noodtoegang_rechtvaardiging\" CHECK (char_length(\"rechtvaardiging\") >= 20), CONSTRAINT \"noodtoegang_periode\" CHECK (\"tot\" > \"vanaf\" AND \"tot\" <= \"vanaf\" + interval '72 hours'), CONSTRAINT \"PK_9e0855b4f851590a4f6a50f2bc6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f56988722c3441392555f99a1b\" ON \"noodtoegang\"  (\"gezinId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_61a31a1c195d8b15dbfc644b40\" ON \"noodtoegang\"  (\"vanaf\") ");
    await queryRunner.query("CREATE TABLE \"regieperiode\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"organisatie\" text NOT NULL, \"vanaf\" date NOT NULL, \"tot\" date, \"reden\" text NOT NULL, CONSTRAINT \"regieperiode_periode\" CHECK (\"tot\" IS NULL OR \"tot\" >= \"vanaf\"), CONSTRAINT \"PK_c96b13f3433e82edd19a5f40855\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_14565bc362deedd8bdeab57dff\" ON \"regieperiode\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"tijdslijn_gebeurtenis\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"datum\" date NOT NULL, \"organisatie\" text NOT NULL, \"soort\" text NOT NULL, \"omschrijving\" text NOT NULL, \"resultaat\" text, CONSTRAINT \"PK_901d7ac3c9c877b8740a989b937\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fd453e52ff6700b5a3a254d67e\" ON \"tijdslijn_gebeurtenis\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"toestemming\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"gegevenDoorPersoonId\" uuid, \"partner\" text NOT NULL, \"doel\" text NOT NULL, \"categorieen\" text array NOT NULL, \"vorm\" text NOT NULL, \"gegevenOp\" date NOT NULL, \"ingetrokkenOp\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"toestemming_periode\" CHECK (\"ingetrokkenOp\" IS NULL OR \"ingetrokkenOp\" >= \"gegevenOp\"), CONSTRAINT \"PK_03fe053569c447d42fa68a9e724\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3c3380b6571bb77373b482b795\" ON \"toestemming\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"verstrekking_zonder_toestemming\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"datum\" date NOT NULL, \"grondslag\" text NOT NULL, \"waaromGeenToestemming\" text NOT NULL, \"afweging\" text NOT NULL, \"geraadpleegd\" text NOT NULL, \"ontvanger\" text NOT NULL, \"categorieen\" text array NOT NULL, \"doel\" text NOT NULL, CONSTRAINT \"PK_913098e4be87678178f48b44bae\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_676c151040f6a70bd3e4eb3cfd\" ON \"verstrekking_zonder_toestemming\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"gevaarsoordeel\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"omschrijving\" text NOT NULL, \"opgesteldOp\" date NOT NULL, CONSTRAINT \"PK_d9b4ccaec285531a5b432bdae29\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_94dc01942a771f9906e82d1fc3\" ON \"gevaarsoordeel\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"veiligheidsplan\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"versie\" integer NOT NULL, \"vastgesteldOp\" date NOT NULL, \"veiligheidsdoel\" text NOT NULL, CONSTRAINT \"PK_cd921e7da3b4c3a090b7e45e726\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_39fb64563fdcad92247650a184\" ON \"veiligheidsplan\"  (\"gezinId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_22d272a8d32c2c6d54ccea8c89\" ON \"veiligheidsplan\"  (\"gezinId\", \"versie\") ");
    await queryRunner.query("CREATE TABLE \"veiligheidsafspraak\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"veiligheidsplanId\" uuid NOT NULL, \"afspraak\" text NOT NULL, \"wie\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'ACTIEF', CONSTRAINT \"PK_843bd9fd7893edbf7ad4c9eaf10\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_7d952abbf230fa9713e91d43ae\" ON \"veiligheidsafspraak\"  (\"gezinId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7c59779124f2fefcf30291d49b\" ON \"veiligheidsafspraak\"  (\"veiligheidsplanId\") ");
    await queryRunner.query("CREATE TABLE \"zorg_of_kracht\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"soort\" text NOT NULL, \"omschrijving\" text NOT NULL, \"vastgesteldOp\" date NOT NULL, \"opgelostOp\" date, CONSTRAINT \"PK_93045cf51f41f4938a39b5cb925\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_acf322760f5ddca2066bc62b60\" ON \"zorg_of_kracht\"  (\"gezinId\") ");
    await queryRunner.query("CREATE TABLE \"gezin\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"naam\" text NOT NULL, \"aangemeldOp\" date NOT NULL, \"afgeslotenOp\" date, \"postcode\" text NOT NULL, \"huisnummer\" text NOT NULL, \"woonplaats\" text NOT NULL, \"aanleiding\" text NOT NULL, \"patroon\" text, \"haalbareEindsituatie\" text, \"vasteContactpersoonId\" text NOT NULL, \"geregistreerdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_91433cc9b1bd83e05b48c7f3c4b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_13c920f251349dc291e8a25cb4\" ON \"gezin\"  (\"naam\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_13c920f251349dc291e8a25cb4\"");
    await queryRunner.query("DROP TABLE \"gezin\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_acf322760f5ddca2066bc62b60\"");
    await queryRunner.query("DROP TABLE \"zorg_of_kracht\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7c59779124f2fefcf30291d49b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7d952abbf230fa9713e91d43ae\"");
    await queryRunner.query("DROP TABLE \"veiligheidsafspraak\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_22d272a8d32c2c6d54ccea8c89\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_39fb64563fdcad92247650a184\"");
    await queryRunner.query("DROP TABLE \"veiligheidsplan\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_94dc01942a771f9906e82d1fc3\"");
    await queryRunner.query("DROP TABLE \"gevaarsoordeel\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_676c151040f6a70bd3e4eb3cfd\"");
    await queryRunner.query("DROP TABLE \"verstrekking_zonder_toestemming\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3c3380b6571bb77373b482b795\"");
    await queryRunner.query("DROP TABLE \"toestemming\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fd453e52ff6700b5a3a254d67e\"");
    await queryRunner.query("DROP TABLE \"tijdslijn_gebeurtenis\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_14565bc362deedd8bdeab57dff\"");
    await queryRunner.query("DROP TABLE \"regieperiode\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_61a31a1c195d8b15dbfc644b40\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f56988722c3441392555f99a1b\"");
    await queryRunner.query("DROP TABLE \"noodtoegang\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_89b640691be6385e88414a1532\"");
    await queryRunner.query("DROP TABLE \"netwerkberaad\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_90ddc8a171bb4d35b7db31522e\"");
    await queryRunner.query("DROP TABLE \"kernbesluit\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d8a37eb5317dacd91c844770ba\"");
    await queryRunner.query("DROP TABLE \"relatie\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8afc1e7ed9e3c7a8f9700db98e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_38be4d3e4fceee78949ccf24c0\"");
    await queryRunner.query("DROP TABLE \"persoon\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5995dd50123c089354c37a3c6f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ebd607223076882c9cf028793a\"");
    await queryRunner.query("DROP TABLE \"doel_voortgang\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0694d5e2e9ff9784674449d7d1\"");
    await queryRunner.query("DROP TABLE \"doel\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c84629f94143c830e4e192067f\"");
    await queryRunner.query("DROP TABLE \"betrokkenheid\"");
    await queryRunner.query("DROP TABLE \"medewerker\"");
  }
}
