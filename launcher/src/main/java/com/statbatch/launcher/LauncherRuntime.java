package com.statbatch.launcher;

import com.statbatch.common.aws.AwsSettings;
import com.statbatch.common.aws.NotifySettings;
import com.statbatch.common.aws.SnsPublisher;
import com.statbatch.common.config.StatBatchConfig;
import com.statbatch.common.db.DbConfiguration;
import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.DbSettingsResolver;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.master.MasterSync;
import com.statbatch.common.run.JobRunStore;
import com.typesafe.config.Config;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.emr.EmrClient;

/**
 * What a warm Lambda container keeps between invocations: the settings, the database settings (a
 * Secrets Manager call and the migrations happen once), the EMR and SNS clients. Each is built on
 * first use, so a cold start pays only for what the invocation needs. The configuration is read
 * here and nowhere else: everything below gets typed settings.
 */
final class LauncherRuntime {

    private static final int EMR_ATTEMPTS = 4;
    private static final Duration EMR_CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, String> env;
    private final Lazy<Config> config;
    private final Lazy<AwsSettings> aws;
    private final Lazy<DbConfiguration> dbConfiguration;
    private final Lazy<LauncherSettings> settings;
    private final Lazy<DbSettings> db;
    private final Lazy<EmrClient> emr;
    private final Lazy<Optional<SnsPublisher>> sns;
    private final Lazy<MonthLauncher> launcher;
    private final Lazy<StepFailureRecorder> stepFailures;
    private final Lazy<FreshnessCheck> freshness;

    LauncherRuntime(Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.config = new Lazy<>(() -> StatBatchConfig.load(Optional.empty(), this.env, Map.of()));
        this.aws = new Lazy<>(() -> AwsSettings.fromConfig(config.get()));
        this.dbConfiguration = new Lazy<>(() -> DbConfiguration.fromConfig(config.get()));
        // Each section apart: a bad launcher or master value must not keep the alert topic, or the
        // database that step events and freshness checks need, from working.
        this.settings = new Lazy<>(() -> LauncherSettings.fromConfig(config.get()));
        this.sns =
                new Lazy<>(
                        () ->
                                NotifySettings.fromConfig(config.get())
                                        .publisher(AwsSettings.snsOnly(config.get())));
        this.db = new Lazy<>(this::migratedDatabase);
        this.emr = new Lazy<>(this::emrClient);
        this.launcher = new Lazy<>(this::monthLauncher);
        AlertTopic alerts = new AlertTopic(sns);
        this.stepFailures =
                new Lazy<>(
                        () ->
                                new StepFailureRecorder(
                                        db, new JobRunStore(), new EmrSteps(emr.get()), alerts));
        this.freshness = new Lazy<>(() -> new FreshnessCheck(db, new JobRunStore(), alerts));
    }

    /**
     * The settings of a launch, after every section a launch reads has been checked: a bad value in
     * any of them is a configuration error before anything is synced or submitted.
     */
    LauncherSettings settings() {
        aws.get();
        dbConfiguration.get();
        return settings.get();
    }

    MonthLauncher launcher() {
        return launcher.get();
    }

    StepFailureRecorder stepFailures() {
        return stepFailures.get();
    }

    FreshnessCheck freshness() {
        return freshness.get();
    }

    Optional<SnsPublisher> sns() {
        return sns.get();
    }

    /** The password to keep out of every text, as far as it is known yet. */
    String databasePassword() {
        return db.isBuilt() ? db.get().password() : env.get("DB_PASSWORD");
    }

    /**
     * Retries only what EMR refused for throttling. AddJobFlowSteps and RunJobFlow are not
     * idempotent: a retry after a timeout or a server error could add a second step, so such a
     * failure ends the invocation instead, and the next one adopts the step or submits once.
     */
    private EmrClient emrClient() {
        return aws.get()
                .configure(
                        EmrClient.builder()
                                .httpClientBuilder(UrlConnectionHttpClient.builder())
                                .overrideConfiguration(
                                        o ->
                                                o.retryStrategy(retryThrottlingOnly())
                                                        .apiCallAttemptTimeout(EMR_CALL_TIMEOUT)),
                        aws.get().emrEndpoint())
                .build();
    }

    private static StandardRetryStrategy retryThrottlingOnly() {
        return StandardRetryStrategy.builder()
                .maxAttempts(EMR_ATTEMPTS)
                .retryOnException(LauncherRuntime::throttled)
                .backoffStrategy(
                        BackoffStrategy.exponentialDelay(
                                Duration.ofMillis(200), Duration.ofSeconds(5)))
                .build();
    }

    private static boolean throttled(Throwable e) {
        return e instanceof AwsServiceException refused && refused.isThrottlingException();
    }

    private DbSettings migratedDatabase() {
        DbSettings resolved = DbSettingsResolver.resolve(dbConfiguration.get(), aws.get());
        if (dbConfiguration.get().migrate()) {
            SchemaMigrator.migrateStatTables(resolved);
        }
        return resolved;
    }

    private MonthLauncher monthLauncher() {
        LauncherSettings launcherSettings = settings.get();
        EmrSteps steps = new EmrSteps(emr.get());
        StepSubmitter submitter =
                launcherSettings
                        .transientCluster()
                        .<StepSubmitter>map(
                                cluster -> new TransientClusterSubmitter(emr.get(), cluster))
                        .orElseGet(
                                () ->
                                        new RunningClusterSubmitter(
                                                steps, launcherSettings.clusterId()));
        ExactlyOnceGuard guard =
                new ExactlyOnceGuard(
                        new JobRunStore(),
                        steps,
                        submitter,
                        launcherSettings.command(),
                        new StepLookup(launcherSettings.stepLookupWait()));
        return new MonthLauncher(db, new MasterSync(launcherSettings.master()), guard);
    }
}
