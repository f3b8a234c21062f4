package org.vigie.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigie} command: a dispatcher with one class per subcommand. */
@Command(name = "vigie", mixinStandardHelpOptions = true, versionProvider = VigieCli.Version.class,
        description = "Vigie: an open news-intelligence engine. Clean text, entities, quotes, figures, dates, events and stories from multilingual news.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, ServeCommand.class, DemoCommand.class, MonitorCommand.class, ImportCommand.class, KbCommand.class,
                EvalCommand.class, TrainCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class VigieCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs a command with its output and errors sent to the given writers (used by tests). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new VigieCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("vigie: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("VIGIE_DEBUG") != null) e.printStackTrace(cmd.getErr());
            return 1;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = VigieCli.class.getPackage().getImplementationVersion();
            return new String[]{"vigie " + (v == null ? "development build" : v)};
        }
    }
}
