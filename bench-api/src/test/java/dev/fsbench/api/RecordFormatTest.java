package dev.fsbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordFormatTest {

    @Test
    void eventRoundTrips() {
        assertThat(RecordFormat.decodeEvent(RecordFormat.encodeEvent(1_700_000_000_123L, "w42")))
                .isEqualTo(new WordEvent(1_700_000_000_123L, "w42"));
    }

    @Test
    void paddedEventGrowsByExactlyThePayloadAndDecodesToTheSameEvent() {
        byte[] plain = RecordFormat.encodeEvent(1_700_000_000_123L, "w42");
        for (int payload : new int[] {1, 2, 1000}) {
            byte[] padded = RecordFormat.encodeEvent(1_700_000_000_123L, "w42", payload);

            assertThat(padded).hasSize(plain.length + payload).startsWith(plain);
            assertThat(RecordFormat.decodeEvent(padded)).isEqualTo(new WordEvent(1_700_000_000_123L, "w42"));
            // the Spark DStream engine parses the value as a string
            assertThat(RecordFormat.parseEvent(new String(padded, StandardCharsets.UTF_8)))
                    .isEqualTo(new WordEvent(1_700_000_000_123L, "w42"));
        }
        assertThat(RecordFormat.encodeEvent(1_700_000_000_123L, "w42", 0)).isEqualTo(plain);
    }

    @Test
    void paddingIsTheSeparatorThenFillerBytes() {
        assertThat(new String(RecordFormat.encodeEvent(5, "w1", 4), StandardCharsets.UTF_8))
                .isEqualTo("5,w1,...");
    }

    @Test
    void windowResultRoundTrips() {
        WindowResult result = new WindowResult(1000, 2000, "w7", 31);
        assertThat(RecordFormat.decodeWindowResult(RecordFormat.encodeWindowResult(result)))
                .isEqualTo(result);
    }

    @Test
    void malformedRecordsNameTheProblem() {
        assertThatThrownBy(() -> RecordFormat.parseEvent("abc,w1")).hasMessageContaining("event time");
        assertThatThrownBy(() -> RecordFormat.parseEvent("123")).hasMessageContaining("malformed input event");
        assertThatThrownBy(() -> RecordFormat.parseEvent("123,,padding")).hasMessageContaining("malformed input event");
        assertThatThrownBy(() -> RecordFormat.parseEvent("x".repeat(5000) + ",w1"))
                .hasMessageContaining("malformed event time")
                .hasMessageContaining("(5003 chars)");
        assertThatThrownBy(() -> RecordFormat.parseWindowResult("1,2,w"))
                .hasMessageContaining("malformed window result");
    }
}
