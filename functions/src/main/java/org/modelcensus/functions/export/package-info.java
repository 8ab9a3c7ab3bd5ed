/**
 * CSV for spreadsheets and pandas: the normalized long tables and any other CSV the census writes,
 * through one cell writer that keeps numbers as numbers, leaves blanks empty and neutralizes text a
 * spreadsheet would run as a formula.
 *
 * <p>Example: {@code CsvExport.write(data.table("Countries"), writer);}
 */
package org.modelcensus.functions.export;
