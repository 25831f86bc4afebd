package dev.fsbench.flink;

import java.io.Serializable;

/**
 * Where a function's emitted {@link WindowCount}s come from: a new object per result, or one object per function
 * instance, filled again for every result ({@code flink.reuseResultObject}).
 *
 * <p>Why reusing is safe here, with {@code pipeline.object-reuse} off or on: a collector is done with a record
 * when {@code collect} returns. Off, a chained successor receives a deep copy made by the serializer; on, it
 * receives this very object, and the successors here never keep one: the Kafka sink's writer serializes it
 * inside {@code write}, and a keyBy (the skew mitigations' merge) serializes it into a network buffer at once.
 * It would stop being safe with object reuse on if a chained successor held on to its inputs (buffered them
 * in a list, or kept them in heap state), because the next result would overwrite what it holds.
 */
final class ResultObjects implements Serializable {

    private final boolean reuse;
    private transient WindowCount reused;

    ResultObjects(boolean reuse) {
        this.reuse = reuse;
    }

    WindowCount next(long windowStartMs, long windowEndMs, String word, long count) {
        if (!reuse) {
            return new WindowCount(windowStartMs, windowEndMs, word, count);
        }
        if (reused == null) {
            reused = new WindowCount();
        }
        return reused.set(windowStartMs, windowEndMs, word, count);
    }
}
