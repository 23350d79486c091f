package com.statbatch.udf.tools;

import picocli.CommandLine;

/**
 * picocli set up for the scripts' mains: a configuration mistake prints its message, not a stack
 * trace.
 */
final class ToolCommandLine {

    /** Exit code of a run stopped by bad configuration or input files. */
    static final int CONFIGURATION_ERROR = 2;

    private ToolCommandLine() {}

    static CommandLine of(Object command) {
        return new CommandLine(command)
                .setExecutionExceptionHandler(
                        (e, commandLine, parseResult) -> {
                            if (e instanceof IllegalArgumentException
                                    || e instanceof IllegalStateException) {
                                commandLine
                                        .getErr()
                                        .println(
                                                commandLine.getCommandName()
                                                        + ": "
                                                        + e.getMessage());
                                return CONFIGURATION_ERROR;
                            }
                            throw e;
                        });
    }
}
