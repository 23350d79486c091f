package com.statbatch.job.local;

import java.time.Instant;

/** A generated row of the application's building_text table. */
public record DemoText(long id, long buildingId, Instant createdAt, String body) {}
