package dev.fsbench.serialization.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A ten-field business event (ids, money, an enum, a list and a nested POJO): the shape real pipelines carry,
 * where serializer differences (class names, per-field headers, generic fallbacks) add up.
 */
public class RichEvent implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public long eventId;
    public long timestampMs;
    public int userId;
    public double amount;
    public String currency;
    public EventType type;
    public List<String> tags;
    public Address shippingAddress;
    public boolean priority;
    public String sessionId;

    public RichEvent() {}

    @Override
    public boolean equals(Object o) {
        return o instanceof RichEvent other
                && eventId == other.eventId
                && timestampMs == other.timestampMs
                && userId == other.userId
                && Double.compare(amount, other.amount) == 0
                && priority == other.priority
                && type == other.type
                && Objects.equals(currency, other.currency)
                && Objects.equals(tags, other.tags)
                && Objects.equals(shippingAddress, other.shippingAddress)
                && Objects.equals(sessionId, other.sessionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                eventId, timestampMs, userId, amount, currency, type, tags, shippingAddress, priority, sessionId);
    }

    @Override
    public String toString() {
        return "RichEvent{" + eventId + "," + type + "," + userId + "," + amount + " " + currency + "}";
    }
}
