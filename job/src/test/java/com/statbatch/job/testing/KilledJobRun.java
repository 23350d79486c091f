package com.statbatch.job.testing;

import com.statbatch.job.StatBatchJob;
import java.time.Clock;
import java.util.Arrays;
import org.apache.spark.sql.SparkSession;

/**
 * The job in a JVM of its own that kills itself with SIGKILL at a boundary: {@code KilledJobRun
 * <boundary> <s3 endpoint> <job arguments...>}. Exits with the job's code if it gets through.
 */
public final class KilledJobRun {

    private KilledJobRun() {}

    public static void main(String[] args) {
        InjectedFault.Boundary boundary = InjectedFault.Boundary.valueOf(args[0]);
        SparkSession spark = LocalSpark.session();
        S3Server.s3aSettings(args[1]).forEach(spark.sparkContext().hadoopConfiguration()::set);
        int code =
                StatBatchJob.run(
                        Arrays.copyOfRange(args, 2, args.length),
                        spark,
                        Clock.systemUTC(),
                        System.out,
                        System.err,
                        InjectedFault.at(boundary, InjectedFault::killThisJvm, false));
        System.exit(code);
    }
}
