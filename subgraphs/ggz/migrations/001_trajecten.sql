-- The GGZ's own records: its professionals and the care trajectories it runs for households referred to it.
CREATE TABLE ggz_medewerker (
  id text PRIMARY KEY,
  naam text NOT NULL,
  functie text NOT NULL
);

CREATE TABLE ggz_traject (
  id uuid PRIMARY KEY,
  gezin_id uuid NOT NULL,
  soort text NOT NULL CHECK (length(soort) BETWEEN 1 AND 100),
  startdatum date NOT NULL,
  einddatum date,
  intensiteit text NOT NULL DEFAULT 'MIDDEL' CHECK (intensiteit IN ('LICHT', 'MIDDEL', 'ZWAAR')),
  behandelaar_id text NOT NULL REFERENCES ggz_medewerker (id),
  doel text CHECK (length(doel) <= 300),
  diagnose text CHECK (length(diagnose) <= 100),
  vastgelegd_door text NOT NULL,
  vastgelegd_op timestamptz NOT NULL DEFAULT now(),
  CHECK (einddatum IS NULL OR einddatum >= startdatum)
);
CREATE INDEX ggz_traject_gezin ON ggz_traject (gezin_id, startdatum);
