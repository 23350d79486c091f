package com.statbatch.udf.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local[2] SparkSession for all of the module's tests (starting Spark costs seconds), handed to
 * test methods and constructors that ask for it, and stopped when the test run ends.
 */
public final class LocalSpark implements ParameterResolver {

    private static final String KEY = LocalSpark.class.getName();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> new Session(), Session.class)
                .spark;
    }

    private static final class Session implements ExtensionContext.Store.CloseableResource {
        private final SparkSession spark =
                SparkSession.builder()
                        .master("local[2]")
                        .appName("stat-batch-udf-tests")
                        .config("spark.ui.enabled", "false")
                        .config("spark.sql.shuffle.partitions", "2")
                        .config("spark.driver.host", "127.0.0.1")
                        .config("spark.sql.session.timeZone", "Asia/Seoul")
                        .getOrCreate();

        @Override
        public void close() {
            spark.stop();
        }
    }
}
