/**
 * Evaluating a workbook someone uploaded, within limits: a streaming pre-pass that counts cells
 * before POI builds its model ({@link org.modelcensus.workbook.evaluate.UploadScan}), a deadline
 * that reaches inside one formula ({@link org.modelcensus.workbook.evaluate.Deadline}), one formula
 * cell's outcome as Excel would show it ({@link org.modelcensus.workbook.evaluate.FormulaOutcome}),
 * and the spreadsheet functions as POI user-defined functions
 * ({@link org.modelcensus.workbook.evaluate.PoiFunctions}). Knows nothing of HTTP.
 */
package org.modelcensus.workbook.evaluate;
