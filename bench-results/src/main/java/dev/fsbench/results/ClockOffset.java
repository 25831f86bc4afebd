package dev.fsbench.results;

/**
 * How far the Kafka broker's clock is from the harness's, measured with probe records stamped by the broker
 * (LogAppendTime). Latency is the harness's receive time minus a broker timestamp, so an offset makes every
 * latency wrong by that much.
 *
 * @param offsetMs      broker time minus harness time, from the sample with the shortest round trip
 * @param uncertaintyMs half that sample's round trip: the true offset lies within offsetMs plus or minus this
 * @param samples       probe records sent
 * @param reliable      false when |offsetMs| exceeds the harness's limit (10 ms): latencies are then unreliable
 */
public record ClockOffset(double offsetMs, double uncertaintyMs, int samples, boolean reliable) {

    /** Above this, latency figures are off by more than a typical engine's jitter. */
    public static final double LIMIT_MS = 10.0;

    public static ClockOffset of(double offsetMs, double uncertaintyMs, int samples) {
        return new ClockOffset(offsetMs, uncertaintyMs, samples, Math.abs(offsetMs) <= LIMIT_MS);
    }
}
