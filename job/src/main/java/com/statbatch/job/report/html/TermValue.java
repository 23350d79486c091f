package com.statbatch.job.report.html;

/** One bar of a keyword chart: a term and its value (mentions, or a distinctiveness score). */
public record TermValue(String term, double value) {}
