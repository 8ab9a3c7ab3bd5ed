/**
 * The census's spreadsheet functions as plain Java: one {@link
 * org.modelcensus.functions.spreadsheet.FunctionCatalog} per normalized dataset lists every
 * {@link org.modelcensus.functions.spreadsheet.SpreadsheetFunction} (CAGR, COUNT, COUNTRY_RANK,
 * TOP_DEVELOPERS, ...) with its parameters, so that the REST API, the Office add-in metadata and
 * the POI user-defined functions all expose the same registry.
 *
 * <p>Arguments are Excel-like values ({@link java.lang.Double}, {@link java.lang.String},
 * {@link java.lang.Boolean}, null for blank or omitted); a call never throws on bad arguments but
 * answers the Excel error a user expects, with a message saying why:
 * <pre>{@code
 * FunctionCatalog catalog = FunctionCatalog.of(NormalizedDataset.of(snapshot, Edition.of("spri-2025")));
 * FunctionResult r = catalog.find("COUNT").orElseThrow().call(Arrays.asList(2024.0, 2024.0, "KR"));
 * }</pre>
 */
package org.modelcensus.functions.spreadsheet;
