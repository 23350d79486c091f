package com.statbatch.launcher.testing;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.testing.SnsStub;
import java.util.HashMap;
import java.util.Map;

/** The environment variables of a launcher whose database, EMR and SNS are local. */
public final class LauncherTestEnv {

    public static final String JOB_JAR = "s3://stat-batch-artifacts/jars/stat-batch-job.jar";
    public static final String JOB_CONFIG = "s3://stat-batch-artifacts/conf/stat-batch-prod.conf";

    private LauncherTestEnv() {}

    /** A mutable map, so that a test can add or override a variable. */
    public static Map<String, String> of(DbSettings db, String emrEndpoint, String snsEndpoint) {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", db.url());
        env.put("DB_USER", db.user());
        env.put("DB_PASSWORD", db.password());
        env.put("AWS_REGION", "ap-northeast-2");
        env.put("EMR_ENDPOINT", emrEndpoint);
        env.put("SNS_ENDPOINT", snsEndpoint);
        env.put("SNS_TOPIC_ARN", SnsStub.TOPIC);
        env.put("EMR_CLUSTER_ID", EmrStub.CLUSTER);
        env.put("JOB_JAR_URI", JOB_JAR);
        env.put("JOB_CONFIG_URI", JOB_CONFIG);
        return env;
    }
}
