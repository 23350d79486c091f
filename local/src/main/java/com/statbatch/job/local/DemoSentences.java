package com.statbatch.job.local;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Complaints and remarks residents write about their building, one topic at a time, with the
 * spelling variety real input has: 엘리베이터/엘레베이터/엘베, 주차장/주차 공간, 층간소음/층간 소음, polite and informal
 * endings, dropped spaces, emoji, Latin words.
 */
final class DemoSentences {

    /** The topics, in the order {@link #topicCount()} indexes them. */
    private static final List<List<String>> TOPICS =
            List.of(
                    List.of( // 누수
                            "[욕실|안방|베란다|주방] 천장에서 물이 [새요|샙니다|새고 있어요|뚝뚝 떨어져요]",
                            "윗집 누수 때문에 벽지에 곰팡이가 [생겼어요|폈네요|생겼습니다]",
                            "누수 [점검|수리] [언제 해주시나요?|부탁드립니다|빨리 해주세요]",
                            "비만 오면 [{주차장}|복도|계단] 벽에서 물이 [새요|샘|스며 나옵니다]"),
                    List.of( // 엘리베이터
                            "{엘베}가 또 [고장났어요|고장 났네요|멈췄습니다|고장남]",
                            "{엘베} 점검 [중이라|때문에] [계단으로 다녔어요|한참 기다렸네요|출근이 늦었습니다]",
                            "{엘베} 안에서 [이상한 소리가 나요|덜컹거려요|문이 잘 안 닫혀요]",
                            "{엘베} 고장 [신고했는데 아직이에요|벌써 세 번째예요|좀 고쳐주세요]"),
                    List.of( // 주차
                            "{주차장}이 [너무 부족해요|항상 꽉 차 있어요|모자랍니다]",
                            "[외부 차량|방문 차량]이 {주차장}에 [무단 주차를|불법 주차를] [해요|합니다|하네요]",
                            "이중 주차 때문에 [아침마다 차를 못 빼요|출근이 늦어요|너무 불편합니다]",
                            "주차 [스티커|등록] [발급은 어디서 하나요?|언제 되나요?|확인 부탁드려요]"),
                    List.of( // 관리비
                            "이번 달 {관리비가} [너무 많이 나왔어요|갑자기 올랐네요|작년보다 두 배예요]",
                            "관리비 내역 [공개해 주세요|확인하고 싶어요|이해가 안 됩니다]",
                            "[공용 전기료|수도 요금|장기수선충당금]이 관리비에 [왜 이렇게 많죠?|포함된 게 맞나요?|과하게 붙었어요]"),
                    List.of( // 층간소음
                            "[윗집|위층] {층간소음} [때문에 잠을 못 자요|너무 심해요|참기 힘들어요|진짜 미치겠다]",
                            "[밤늦게|새벽에] [쿵쿵거리는|뛰는|망치] 소리가 [나요|들려요|계속됩니다]",
                            "{층간소음} 민원 [넣었는데 해결이 안 돼요|어떻게 하나요?|접수 부탁드립니다]"),
                    List.of( // 청소
                            "[복도|계단|로비|엘리베이터 앞] 청소가 [안 돼 있어요|잘 안 되네요|엉망입니다]",
                            "[음식물 쓰레기|쓰레기장] 냄새가 [너무 나요|심해요|올라와요]",
                            "청소 [아주머니|담당자]분께 [감사드려요|고맙습니다]"),
                    List.of( // 보안
                            "[공동현관|현관] 문이 [고장 나서|잘 안 닫혀서] [외부인이 막 들어와요|불안해요]",
                            "CCTV가 [작동을 안 해요|꺼져 있어요|고장 났대요]",
                            "[경비실|보안 요원]이 [밤에 안 계세요|자리를 자주 비워요]",
                            "도어락 [비밀번호가|카드키가] [유출된 것 같아요|안 먹혀요]"),
                    List.of( // 난방
                            "난방이 [안 돼요|잘 안 들어와요|너무 약해요] [추워 죽겠어요|ㅠㅠ|]",
                            "[보일러|온수]가 [고장났어요|안 나와요|미지근해요]",
                            "[겨울인데|아침마다] 난방 [온도가 너무 낮아요|배관에서 소리가 나요]"),
                    List.of( // 분리수거
                            "{분리수거} [날짜가 언제예요?|규칙 좀 지켜주세요|장소가 너무 지저분해요]",
                            "[재활용품|스티로폼|플라스틱]을 [아무 데나 버려요|분리 안 하고 버려요]"),
                    List.of( // 택배
                            "{택배가} [자꾸 없어져요|분실됐어요|현관 앞에 쌓여 있어요]",
                            "택배 기사님이 {엘베를} [잡아 두셔서 불편해요|오래 쓰세요]",
                            "무인 택배함이 [꽉 찼어요|고장 났어요|부족해요]"),
                    List.of( // 관리사무소, mostly praise
                            "{관리사무소} [대응이 빨라서 좋아요|직원분들 친절해요|덕분에 해결됐어요 감사합니다]",
                            "{관리사무소}에 [전화했는데 안 받아요|여러 번 말씀드렸어요]"));

    private static final Map<String, List<String>> SPELLINGS =
            Map.of(
                    "엘베", List.of("엘리베이터", "엘레베이터", "승강기", "엘베"),
                    "엘베를", List.of("엘리베이터를", "엘레베이터를", "승강기를", "엘베를"),
                    "주차장", List.of("주차장", "주차 공간", "지하주차장", "지하 주차장"),
                    "관리비가", List.of("관리비가", "관리 비용이"),
                    "층간소음", List.of("층간소음", "층간 소음"),
                    "분리수거", List.of("분리수거", "분리 수거", "재활용 분리배출"),
                    "택배가", List.of("택배가", "택배 상자가", "택배 물건이"),
                    "관리사무소", List.of("관리사무소", "관리실", "관리 사무소"));

    private static final List<String> CLOSINGS =
            List.of("빠른 조치 부탁드립니다.", "확인 부탁드려요.", "언제 고쳐지나요?", "진짜 너무하네요", "ㅠㅠ", "");
    private static final List<String> EMOJI =
            List.of("😡", "😭", "👍", "🙏", "😤", "🤬", "ㅠㅠ", "ㅋㅋㅋ", "!!!");
    private static final List<String> LATIN =
            List.of("AS 요청합니다.", "please fix it", "OK?", "wifi도 안 돼요.", "LED 조명도 나갔어요.");

    private final Template template = new Template(SPELLINGS);

    static int topicCount() {
        return TOPICS.size();
    }

    /** One to three sentences on the topic, sometimes a closing remark, sometimes noise. */
    String text(int topic, Random random) {
        StringBuilder text = new StringBuilder(sentence(topic, random));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            text.append(random.nextBoolean() ? ". " : " ").append(sentence(topic, random));
        }
        String closing = CLOSINGS.get(random.nextInt(CLOSINGS.size()));
        if (!closing.isEmpty()) {
            text.append(' ').append(closing);
        }
        return addNoise(text.toString(), random);
    }

    /** Sentences on every topic in turn until the text is at least {@code chars} long. */
    String longText(int chars, Random random) {
        StringBuilder text = new StringBuilder(chars + 200);
        for (int topic = 0; text.length() < chars; topic = (topic + 1) % TOPICS.size()) {
            text.append(sentence(topic, random)).append(". ");
        }
        return text.toString().trim();
    }

    private String sentence(int topic, Random random) {
        List<String> templates = TOPICS.get(topic);
        return template.expand(templates.get(random.nextInt(templates.size())), random).trim();
    }

    private static String addNoise(String text, Random random) {
        String noisy = text;
        if (random.nextDouble() < 0.10) {
            noisy = dropOneSpace(noisy, random);
        }
        if (random.nextDouble() < 0.04) {
            noisy = noisy + " " + LATIN.get(random.nextInt(LATIN.size()));
        }
        if (random.nextDouble() < 0.08) {
            noisy = noisy + " " + EMOJI.get(random.nextInt(EMOJI.size()));
        }
        return noisy;
    }

    /** People type 엘리베이터가또 고장났어요: the analyser has to cope with missing spaces. */
    private static String dropOneSpace(String text, Random random) {
        int spaces = (int) text.chars().filter(c -> c == ' ').count();
        if (spaces == 0) {
            return text;
        }
        int drop = random.nextInt(spaces);
        int at = -1;
        for (int i = 0; i <= drop; i++) {
            at = text.indexOf(' ', at + 1);
        }
        return text.substring(0, at) + text.substring(at + 1);
    }
}
