export * from "./demoOrganisaties";
export * from "./scenario";
