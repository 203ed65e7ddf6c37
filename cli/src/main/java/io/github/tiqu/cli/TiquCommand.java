package io.github.tiqu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tiqu} command: {@code extract} and {@code eval}. */
@Command(name = "tiqu", mixinStandardHelpOptions = true, version = "tiqu 0.1.0",
        description = "Extracts dates, durations, quantities, percentages, ordinals, numbers and named "
                + "projects from Chinese text, with exact offsets and normalized values.",
        subcommands = {ExtractCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class TiquCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new TiquCommand()).execute(args));
    }
}
