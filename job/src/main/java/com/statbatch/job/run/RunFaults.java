package com.statbatch.job.run;

import com.statbatch.job.report.ReportFileWriter;
import com.statbatch.job.sink.WriteFault;

/**
 * Where a run can be broken on purpose: at its boundaries on the driver, per row copied on the
 * executors, and after each report file. Production runs with {@link #NONE}.
 */
public record RunFaults(RunFault run, WriteFault copy, ReportFileWriter.FileWritten fileWritten) {

    public static final RunFaults NONE =
            new RunFaults(RunFault.NONE, WriteFault.NONE, ReportFileWriter.FileWritten.NONE);
}
