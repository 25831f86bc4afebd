package dev.fsbench.results;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The one verdict vocabulary for every claim the harness judges (JMH claims, end-to-end experiments), as
 * result.json and the reports write it. {@link ClaimedEffect#judge} decides which applies.
 */
public enum ClaimVerdict {
    /** The measured interval lies inside the band stated around the claimed size. */
    @JsonProperty("confirmed")
    CONFIRMED("confirmed"),
    /** The whole interval lies above the band: the effect is larger than claimed. */
    @JsonProperty("stronger-than-claimed")
    STRONGER_THAN_CLAIMED("stronger-than-claimed"),
    /** An effect in the claimed direction, but the whole interval lies below the band. */
    @JsonProperty("weaker-than-claimed")
    WEAKER_THAN_CLAIMED("weaker-than-claimed"),
    /** The interval excludes any effect larger than the stated minimum, either way. */
    @JsonProperty("no-effect")
    NO_EFFECT("no-effect"),
    /** The interval lies entirely on the other side of "no change": an effect opposite to the claim. */
    @JsonProperty("refuted")
    REFUTED("refuted"),
    /** The interval straddles a boundary, or the figures are missing or too noisy to judge. */
    @JsonProperty("inconclusive")
    INCONCLUSIVE("inconclusive");

    private final String label;

    ClaimVerdict(String label) {
        this.label = label;
    }

    /** The vocabulary's string, as in result.json. */
    public String label() {
        return label;
    }

    /** The label, so templates and messages print the vocabulary's string. */
    @Override
    public String toString() {
        return label;
    }
}
