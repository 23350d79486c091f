package com.statbatch.udf.resource;

/** One entry of a word list and where it is: its 1-based line number in the file. */
public record NumberedLine(int number, String text) {}
