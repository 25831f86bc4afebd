package dev.fsbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordFormatTest {

    @Test
    void eventRoundTrips() {
        assertThat(RecordFormat.decodeEvent(RecordFormat.encodeEvent(1_700_000_000_123L, "w42")))
                .isEqualTo(new WordEvent(1_700_000_000_123L, "w42"));
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
        assertThatThrownBy(() -> RecordFormat.parseWindowResult("1,2,w"))
                .hasMessageContaining("malformed window result");
    }
}
