export * from "./composeSupergraph";
export * from "./exampleQuery";
export * from "./startGateway";
export * from "./subgraphConfig";
export * from "./SubgraphDataSource";
export * from "./useGegevensFilter";
export * from "./useLocalQueryUi";
export * from "./useUserToken";
