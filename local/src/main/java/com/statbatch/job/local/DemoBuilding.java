package com.statbatch.job.local;

/** A generated row of the application's building table. */
public record DemoBuilding(long id, String name, String address) {}
