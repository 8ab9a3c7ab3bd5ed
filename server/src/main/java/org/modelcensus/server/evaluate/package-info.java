/**
 * Server-side re-evaluation of an uploaded workbook: {@code POST /api/v1/evaluate} with an .xlsx,
 * its formulas (the {@code CENSUS.*} functions included) computed by Apache POI under explicit limits.
 */
package org.modelcensus.server.evaluate;
