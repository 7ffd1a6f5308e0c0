-- The transactional outbox of announcements to the register: written in the transaction of the record, delivered by the relay.
CREATE TABLE aankondiging_uit (
  volgnummer bigserial PRIMARY KEY,
  gezin_id uuid NOT NULL,
  inhoud jsonb NOT NULL,
  aangemaakt timestamptz NOT NULL DEFAULT now(),
  afgeleverd timestamptz,
  pogingen integer NOT NULL DEFAULT 0,
  laatste_fout text
);
CREATE INDEX aankondiging_uit_open ON aankondiging_uit (volgnummer) WHERE afgeleverd IS NULL;
CREATE FUNCTION aankondiging_uit_meld() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('aankondiging_uit', '');
    RETURN NULL;
  END $$;
CREATE TRIGGER aankondiging_uit_meld AFTER INSERT ON aankondiging_uit FOR EACH STATEMENT EXECUTE FUNCTION aankondiging_uit_meld();
