package dev.fsbench.reports.html;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A piece of tuning advice that a JMH claim and an end-to-end experiment can both test, so the experiments page
 * can put the microbenchmark's answer beside the running job's. A claim's topic is chosen by words of its text
 * (an experiment's main claim, a JMH claim's sentence), the first topic that matches winning: the shipped claims
 * name their advice plainly ("Registering classes ...", "object reuse", "POJO, Tuple ... Kryo fallback", "Kryo
 * ... Java serialization"). A claim no topic matches is still listed, only not paired.
 */
enum AdviceTopic {
    // before the serializer topics: "registering classes with Kryo" also names Kryo and its fallback
    KRYO_REGISTRATION("Registering classes with Kryo", "regist"),
    OBJECT_REUSE("Object reuse", "reus"),
    FLINK_SERIALIZERS("Flink's own serializers (POJO, Tuple) against its Kryo fallback", "pojo", "tuple", "fallback"),
    KRYO_VS_JAVA("Kryo against Java serialization", "kryo+java"),
    BINARY_SORT("Sorting binary keys against objects", "sort");

    private final String label;
    /** Any one of these matches; "a+b" needs both words. */
    private final String[] anyOf;

    AdviceTopic(String label, String... anyOf) {
        this.label = label;
        this.anyOf = anyOf;
    }

    String label() {
        return label;
    }

    /** The topic of a claim's text, if any. */
    static Optional<AdviceTopic> of(String claim) {
        if (claim == null) {
            return Optional.empty();
        }
        String text = claim.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(topic -> Arrays.stream(topic.anyOf)
                        .anyMatch(words -> Arrays.stream(words.split("\\+")).allMatch(text::contains)))
                .findFirst();
    }
}
