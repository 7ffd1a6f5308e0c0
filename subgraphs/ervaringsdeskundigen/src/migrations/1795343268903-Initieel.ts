import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initieel1795343268903 implements MigrationInterface {
  name = "Initieel1795343268903";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"medewerker\" (\"id\" text NOT NULL, \"naam\" text NOT NULL, \"organisatie\" text NOT NULL, \"rol\" text NOT NULL, \"functie\" text, CONSTRAINT \"PK_6422865be3752c1042fb1e8fb6e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"contactregistratie\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"koppelingId\" uuid NOT NULL, \"periodeVan\" date NOT NULL, \"periodeTot\" date NOT NULL, \"aantalContacten\" integer NOT NULL, CONSTRAINT \"contactregistratie_aantal\" CHECK (\"aantalContacten\" >= 0), CONSTRAINT \"contactregistratie_periode\" CHECK (\"periodeTot\" >= \"periodeVan\"), CONSTRAINT \"PK_76ad690dc719544db97760e0993\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_985aedb654ef33c0b9de7bfb16\" ON \"contactregistratie\"  (\"gezinId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e0ce030576bff5994b194a2d15\" ON \"contactregistratie\"  (\"koppelingId\") ");
    await queryRunner.query("CREATE TABLE \"koppeling\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"ervaringsdeskundigeId\" text NOT NULL, \"vanaf\" date NOT NULL, \"tot\" date, CONSTRAINT \"koppeling_periode\" CHECK (\"tot\" IS NULL OR \"tot\" >= \"vanaf\"), CONSTRAINT \"PK_d56e1822a0153a6b894a238b65d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e2713628c78a9b6c8ccd4a04e1\" ON \"koppeling\"  (\"gezinId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5318285a52cf71f9a0e5e11d78\" ON \"koppeling\"  (\"ervaringsdeskundigeId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"koppeling_een_lopende_per_gezin\" ON \"koppeling\"  (\"gezinId\", \"ervaringsdeskundigeId\") WHERE \"tot\" IS NULL");
    await queryRunner.query("ALTER TABLE \"contactregistratie\" ADD CONSTRAINT \"FK_e0ce030576bff5994b194a2d159\" FOREIGN KEY (\"koppelingId\") REFERENCES \"koppeling\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"koppeling\" ADD CONSTRAINT \"FK_5318285a52cf71f9a0e5e11d78d\" FOREIGN KEY (\"ervaringsdeskundigeId\") REFERENCES \"medewerker\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"koppeling\" DROP CONSTRAINT \"FK_5318285a52cf71f9a0e5e11d78d\"");
    await queryRunner.query("ALTER TABLE \"contactregistratie\" DROP CONSTRAINT \"FK_e0ce030576bff5994b194a2d159\"");
    await queryRunner.query("DROP INDEX \"public\".\"koppeling_een_lopende_per_gezin\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5318285a52cf71f9a0e5e11d78\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e2713628c78a9b6c8ccd4a04e1\"");
    await queryRunner.query("DROP TABLE \"koppeling\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e0ce030576bff5994b194a2d15\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_985aedb654ef33c0b9de7bfb16\"");
    await queryRunner.query("DROP TABLE \"contactregistratie\"");
    await queryRunner.query("DROP TABLE \"medewerker\"");
  }
}
