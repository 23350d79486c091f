package com.statbatch.launcher;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.statbatch.launcher.LaunchRequest.Trigger;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lambda entry point. A stream handler, so that one function accepts EventBridge scheduled
 * events, manual invocations and API Gateway proxy events alike.
 *
 * <p>API Gateway callers get HTTP answers: 200 with the outcomes, 400 naming the bad field, 500
 * with the failed stage. Everyone else gets the outcomes as JSON, or an exception: an asynchronous
 * invocation must fail for Lambda to retry it and finally send it to the dead-letter queue.
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
        boolean http = envelope.trigger() == Trigger.API_GATEWAY;
        try {
            LaunchRequest request = parse(envelope);
            List<LaunchOutcome> outcomes = configuredLauncher().launch(request.periods());
            outcomes.forEach(
                    outcome -> LOG.info("{} [{}]: {}", request.trigger(), requestId, outcome));
            Responses.Launched launched =
                    new Responses.Launched(request.trigger().name(), outcomes);
            output.write(http ? Responses.apiGateway(200, launched) : Responses.direct(launched));
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
        alerter.alert(safe.period(), safe.stage(), safe.reason(), safe.handledBefore(), requestId);
        if (!http) {
            throw safe;
        }
        output.write(Responses.apiGateway(500, Responses.Failure.of(safe)));
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
