package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code ./census} in-process and keeps its exit code, standard output and standard error. */
record Cli(int code, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Census.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }
}
