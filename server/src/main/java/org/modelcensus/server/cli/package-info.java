/** The {@code ./census} command line: one picocli subcommand per verb, errors mapped to exit code 2. */
package org.modelcensus.server.cli;
