/**
 * The spreadsheet functions as a service: {@link org.modelcensus.server.functions.FunctionRegistry}
 * (the one registry behind the REST API, the Office add-in metadata, the POI user-defined functions
 * and the function reference), {@link org.modelcensus.server.functions.FunctionRoutes}
 * ({@code /api/v1/functions...}) and {@link org.modelcensus.server.functions.AddinRoutes}
 * ({@code /addin/...}: manifest, functions.json, functions.js, task pane) with
 * {@link org.modelcensus.server.functions.AddinHelpPage} (the help page of every function's {@code helpUrl}).
 */
package org.modelcensus.server.functions;
