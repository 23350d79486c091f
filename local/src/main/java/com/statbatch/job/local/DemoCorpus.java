package com.statbatch.job.local;

import com.statbatch.common.period.StatPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Demo buildings and their residents' texts for one period, the same for the same seed. Each
 * building has two topics its residents write about most, so the buildings' keywords differ; busier
 * buildings get more texts. Besides ordinary texts there are empty ones, a few about {@value
 * #LONG_TEXT_CHARS} characters long, a few for a building that is not registered, and texts at the
 * first instant and at the last millisecond of the period.
 */
public final class DemoCorpus {

    public static final long FIRST_BUILDING_ID = 1001;

    /** A building id no demo building has: the job counts its texts as unknown buildings. */
    public static final long UNREGISTERED_BUILDING_ID = 999_999;

    /**
     * Text ids are unique per period start (start day × this + n), so demo months can share a
     * database.
     */
    public static final long MAX_TEXTS = 10_000_000;

    static final int LONG_TEXT_CHARS = 20_000;

    private static final int FAVOURITE_TOPICS = 2;
    private static final int FAVOURITE_WEIGHT = 6;
    private static final double EMPTY_SHARE = 0.015;
    private static final double UNREGISTERED_SHARE = 0.005;
    private static final List<String> EMPTY_BODIES = List.of("", " ", "\n", "   ");

    private final long seed;
    private final DemoSentences sentences = new DemoSentences();

    public DemoCorpus(long seed) {
        this.seed = seed;
    }

    /** Rejects counts the demo cannot generate, naming the flag. */
    public static void checkCounts(int buildings, int texts) {
        if (buildings < 1) {
            throw new IllegalArgumentException(
                    "--buildings " + buildings + ": the demo needs at least one building");
        }
        if (texts < 0 || texts > MAX_TEXTS) {
            throw new IllegalArgumentException(
                    "--docs " + texts + ": choose between 0 and " + MAX_TEXTS);
        }
    }

    public List<DemoBuilding> buildings(int count) {
        checkCounts(count, 0);
        DemoNames names = new DemoNames(new Random(seed));
        List<DemoBuilding> buildings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            buildings.add(
                    new DemoBuilding(FIRST_BUILDING_ID + i, names.nextName(), names.nextAddress()));
        }
        return buildings;
    }

    /** How the month's topics lean, so two demo months differ the way real months do. */
    public enum TopicMix {
        /** Every building writes about its two favourite topics and everything else. */
        USUAL,
        /** The month before a leak wave: the wave's buildings write nothing about leaks. */
        BEFORE_LEAK_WAVE,
        /** Leaks: the wave's buildings (the first and the third) write about them a lot. */
        LEAK_WAVE
    }

    /** The topic {@link TopicMix#LEAK_WAVE} is about (누수). */
    static final int LEAK_TOPIC = 0;

    private static final double LEAK_WAVE_SHARE = 0.4;

    /**
     * {@code count} texts inside the period, ordered by time, with ids increasing in that order.
     */
    public List<DemoText> texts(List<DemoBuilding> buildings, StatPeriod period, int count) {
        return texts(buildings, period, count, TopicMix.USUAL);
    }

    /** The same, with the month's topics leaning as {@code mix} says. */
    public List<DemoText> texts(
            List<DemoBuilding> buildings, StatPeriod period, int count, TopicMix mix) {
        checkCounts(buildings.size(), count);
        // Each month its own draw of times and texts; the buildings' favourite topics stay.
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<BuildingTopics> writers = new ArrayList<>();
        for (int i = 0; i < buildings.size(); i++) {
            writers.add(
                    BuildingTopics.pick(
                            buildings.get(i).id(),
                            random,
                            i % 2 == 0 && i <= 2 ? mix : TopicMix.USUAL));
        }
        if (mix != TopicMix.USUAL) {
            random.setSeed(seed ^ period.start().toEpochDay());
        }
        double[] cumulative = busyness(buildings.size());
        int longTexts = Math.min(3, count / 500);
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant at = timestamp(i, period, random);
            BuildingTopics writer = writers.get(pickIndex(cumulative, random));
            long building =
                    random.nextDouble() < UNREGISTERED_SHARE
                            ? UNREGISTERED_BUILDING_ID
                            : writer.buildingId();
            drafts.add(new Draft(at, building, body(i, count, longTexts, writer, random)));
        }
        drafts.sort(Comparator.comparing(Draft::createdAt));
        long firstId = period.start().toEpochDay() * MAX_TEXTS + 1;
        List<DemoText> texts = new ArrayList<>(count);
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            texts.add(new DemoText(firstId + i, d.buildingId(), d.createdAt(), d.body()));
        }
        return texts;
    }

    /** The first two texts sit exactly on the period's edges; the rest anywhere inside it. */
    private static Instant timestamp(int index, StatPeriod period, Random random) {
        Instant start = period.startInstant();
        Instant end = period.endInstant();
        if (index == 0) {
            return start;
        }
        if (index == 1) {
            return end.minusMillis(1);
        }
        long millis = Duration.between(start, end).toMillis();
        return start.plusMillis((long) (random.nextDouble() * millis));
    }

    private String body(int index, int count, int longTexts, BuildingTopics writer, Random random) {
        // Spread the long texts out rather than bunching them at the start.
        if (longTexts > 0 && index % (count / longTexts) == 2) {
            return sentences.longText(LONG_TEXT_CHARS, random);
        }
        if (random.nextDouble() < EMPTY_SHARE) {
            return EMPTY_BODIES.get(random.nextInt(EMPTY_BODIES.size()));
        }
        return sentences.text(writer.topic(random), random);
    }

    /**
     * Cumulative weights 1, 1/1.3, 1/1.6 …: the first buildings are several times busier than the
     * last.
     */
    private static double[] busyness(int buildings) {
        double[] cumulative = new double[buildings];
        double sum = 0;
        for (int i = 0; i < buildings; i++) {
            sum += 1.0 / (1 + 0.3 * i);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static int pickIndex(double[] cumulative, Random random) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private record Draft(Instant createdAt, long buildingId, String body) {}

    /** A building, the topics its residents write about most, and how this month leans. */
    private record BuildingTopics(long buildingId, int[] favourites, TopicMix mix) {

        static BuildingTopics pick(long buildingId, Random random, TopicMix mix) {
            int[] favourites =
                    random.ints(0, DemoSentences.topicCount())
                            .distinct()
                            .limit(FAVOURITE_TOPICS)
                            .toArray();
            return new BuildingTopics(buildingId, favourites, mix);
        }

        int topic(Random random) {
            if (mix == TopicMix.LEAK_WAVE && random.nextDouble() < LEAK_WAVE_SHARE) {
                return LEAK_TOPIC;
            }
            int all = DemoSentences.topicCount();
            while (true) {
                int r = random.nextInt(all + favourites.length * (FAVOURITE_WEIGHT - 1));
                int topic = r < all ? r : favourites[(r - all) / (FAVOURITE_WEIGHT - 1)];
                if (mix != TopicMix.BEFORE_LEAK_WAVE || topic != LEAK_TOPIC) {
                    return topic;
                }
            }
        }
    }
}
