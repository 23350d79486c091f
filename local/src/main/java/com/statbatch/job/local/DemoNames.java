package com.statbatch.job.local;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Korean building names ("한빛마을 3단지", "푸른숲오피스텔") and Seoul street addresses, all distinct. */
final class DemoNames {

    private static final List<String> PLACES =
            List.of(
                    "한빛마을", "푸른숲", "해오름", "새솔", "은하수", "별빛", "늘푸른", "한강뷰", "솔내음", "햇살", "미래", "청솔",
                    "가람", "누리", "다온", "라온");
    private static final List<String> KINDS =
            List.of("단지", "오피스텔", "아파트", "타워", "빌라", "상가", "캐슬", "파크뷰");
    private static final List<String> DISTRICTS =
            List.of(
                    "마포구 월드컵로",
                    "성동구 왕십리로",
                    "송파구 올림픽로",
                    "강서구 공항대로",
                    "노원구 동일로",
                    "은평구 통일로",
                    "관악구 관악로",
                    "동작구 상도로");

    private final Random random;
    private final Set<String> used = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    String nextName() {
        for (int generation = 1; ; generation++) {
            for (int attempt = 0; attempt < 50; attempt++) {
                String name = name() + (generation > 1 ? " " + generation + "차" : "");
                if (used.add(name)) {
                    return name;
                }
            }
        }
    }

    String nextAddress() {
        return "서울특별시 "
                + DISTRICTS.get(random.nextInt(DISTRICTS.size()))
                + " "
                + (1 + random.nextInt(300));
    }

    private String name() {
        String place = PLACES.get(random.nextInt(PLACES.size()));
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        return kind.equals("단지") ? place + " " + (1 + random.nextInt(9)) + kind : place + kind;
    }
}
