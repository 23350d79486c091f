package com.statbatch.launcher;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.statbatch.launcher.LaunchRequest.Trigger;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The Lambda entry point. A stream handler, so that one function accepts EventBridge scheduled
 * events, manual invocations, API Gateway proxy events, EMR step state changes and the freshness
 * check alike.
 *
 * <p>API Gateway callers get HTTP answers: 202 with the run ids, 409 when every month asked for is
 * already running, 400 naming the bad field, 500 with the failed stage. Everyone else gets the
 * outcomes as JSON, or an exception: an asynchronous invocation must fail for Lambda to retry it
 * and finally send it to the dead-letter queue.
 */
public final class LauncherHandler implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LauncherHandler.class);
    private static final String UNKNOWN_PERIOD = "(month not known)";

    private final LauncherRuntime runtime;
    private final Clock clock;
    private final FailureAlerter alerter;
    private final SecretRedactor redactor;

    /** Used by the Lambda runtime: configuration from the function's environment variables. */
    public LauncherHandler() {
        this(System.getenv(), Clock.systemUTC());
    }

    /**
     * The clock decides which months have ended for manual requests; scheduled events carry their
     * own time.
     */
    public LauncherHandler(Map<String, String> env, Clock clock) {
        this.runtime = new LauncherRuntime(env);
        this.clock = clock;
        this.redactor = new SecretRedactor(runtime::databasePassword);
        this.alerter = new FailureAlerter(runtime::sns, redactor);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context)
            throws IOException {
        String requestId = context.getAwsRequestId();
        EventParser.Envelope envelope;
        try {
            envelope = EventParser.classify(input.readAllBytes());
        } catch (BadEventException e) {
            throw rejected(e, requestId);
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable("requestId", requestId)) {
            switch (envelope.trigger()) {
                case STEP_STATE_CHANGE ->
                        output.write(Responses.direct(stepStateChange(envelope, requestId)));
                case FRESHNESS_CHECK ->
                        output.write(Responses.direct(freshnessCheck(envelope, requestId)));
                default -> launch(envelope, requestId, output);
            }
        }
    }

    private void launch(EventParser.Envelope envelope, String requestId, OutputStream output)
            throws IOException {
        boolean http = envelope.trigger() == Trigger.API_GATEWAY;
        try {
            LaunchRequest request = parse(envelope);
            List<LaunchOutcome> outcomes = configuredLauncher().launch(request.periods());
            outcomes.forEach(outcome -> logLaunched(request.trigger(), outcome, requestId));
            Responses.Launched launched = Responses.Launched.of(request.trigger(), outcomes);
            output.write(
                    http
                            ? Responses.apiGateway(launched.httpStatus(), launched)
                            : Responses.direct(launched));
        } catch (BadEventException e) {
            if (!http) {
                throw rejected(e, requestId);
            }
            LOG.warn("API Gateway request [{}] rejected: {}", requestId, e.getMessage());
            output.write(Responses.apiGateway(400, Responses.Failure.of(e)));
        } catch (LaunchFailedException e) {
            failed(e, http, output, requestId);
        } catch (RuntimeException e) {
            // A defect, not a foreseen failure: it still owes the caller an alert and an answer.
            failed(
                    new LaunchFailedException(UNKNOWN_PERIOD, Stage.INTERNAL, e.toString(), e),
                    http,
                    output,
                    requestId);
        }
    }

    private void failed(
            LaunchFailedException e, boolean http, OutputStream output, String requestId)
            throws IOException {
        LaunchFailedException safe = e.redacted(redactor);
        LauncherMetrics.launchFailed(safe, requestId).emit();
        alerter.alert(safe.period(), safe.stage(), safe.reason(), safe.handledBefore(), requestId);
        if (!http) {
            throw safe;
        }
        output.write(Responses.apiGateway(500, Responses.Failure.of(safe)));
    }

    private static void logLaunched(Trigger trigger, LaunchOutcome outcome, String requestId) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable("runId", outcome.runId())) {
            LOG.info("{} [{}]: {}", trigger, requestId, outcome);
        }
        LauncherMetrics.launched(outcome, trigger, requestId).emit();
    }

    /**
     * A failed step event fails the invocation, so that Lambda retries it and finally parks it in
     * the dead-letter queue, whose alarm reaches the alert topic.
     */
    private StepFailureRecorder.Outcome stepStateChange(
            EventParser.Envelope envelope, String requestId) {
        StepStateChange change;
        try {
            change = StepStateChange.from(envelope.event());
        } catch (BadEventException e) {
            throw rejected(e, requestId);
        }
        try {
            StepFailureRecorder.Outcome outcome = runtime.stepFailures().record(change, requestId);
            LauncherMetrics.stepEvent(outcome, requestId).emit();
            return outcome;
        } catch (SQLException | RuntimeException e) {
            throw unhandled(
                    "Recording the end of EMR step "
                            + change.stepId()
                            + " ("
                            + change.name()
                            + ", "
                            + change.state()
                            + ")",
                    e);
        }
    }

    private FreshnessCheck.Outcome freshnessCheck(EventParser.Envelope envelope, String requestId) {
        Instant time;
        try {
            time = EventParser.freshnessCheckTime(envelope.event());
        } catch (BadEventException e) {
            throw rejected(e, requestId);
        }
        try {
            FreshnessCheck.Outcome outcome = runtime.freshness().check(time, requestId);
            LauncherMetrics.freshness(outcome, requestId).emit();
            return outcome;
        } catch (SQLException | RuntimeException e) {
            throw unhandled("The freshness check at " + time, e);
        }
    }

    /** The error to leave the function with: what was attempted and why, without secrets. */
    private IllegalStateException unhandled(String attempt, Exception e) {
        String reason = redactor.redact(e.getMessage());
        LOG.error("{} failed: {}", attempt, reason);
        IllegalStateException safe =
                new IllegalStateException(
                        attempt
                                + " failed: "
                                + reason
                                + "; Lambda retries the event, then sends it to the dead-letter"
                                + " queue");
        safe.setStackTrace(e.getStackTrace());
        return safe;
    }

    /** Every setting is checked here, before the event is read for months or anything is synced. */
    private LaunchRequest parse(EventParser.Envelope envelope) {
        LauncherSettings settings;
        try {
            settings = runtime.settings();
        } catch (RuntimeException e) {
            throw configurationError(e);
        }
        return new EventParser(settings.maxRangeMonths()).parse(envelope, clock.instant());
    }

    private MonthLauncher configuredLauncher() {
        try {
            return runtime.launcher();
        } catch (RuntimeException e) {
            throw configurationError(e);
        }
    }

    private static LaunchFailedException configurationError(RuntimeException e) {
        return new LaunchFailedException(UNKNOWN_PERIOD, Stage.CONFIGURATION, e.getMessage(), e);
    }

    /**
     * Malformed events are alerted too: a broken schedule or script would otherwise fail unseen.
     */
    private BadEventException rejected(BadEventException e, String requestId) {
        alerter.alert(UNKNOWN_PERIOD, Stage.EVENT, e.getMessage(), List.of(), requestId);
        return e;
    }
}
