import type { DataSource } from "typeorm";
import type { DemoScenario } from "@gezinsbeeld/shared-schema";

export async function seed(_db: DataSource, _scenario: DemoScenario): Promise<void> {}
