package dev.fsbench.harness.scenario;

import dev.fsbench.api.knobs.HarnessSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a scenario's {@code rateProfile:} becomes the workload's {@code harness.rateProfile} knob, checked before
 * anything starts. A profile fixes its steps on the schedule's clock, so the warm-up cannot end early
 * ({@code harness.warmupUntilSteady} is set to false; asking for true with a profile is refused).
 */
final class RateProfileSetting {

    private RateProfileSetting() {}

    /** {@code properties} with the profile (the scenario's list, or the knob as given) checked and in force. */
    static Map<String, String> apply(List<String> scenarioSteps, Map<String, String> properties, long baseRate) {
        Map<String, String> props = new LinkedHashMap<>(properties == null ? Map.of() : properties);
        if (scenarioSteps != null) {
            for (int i = 0; i < scenarioSteps.size(); i++) {
                RateStepText.parse(i + 1, scenarioSteps.get(i));
            }
            props.put(HarnessSettings.RATE_PROFILE.key(), String.join(RateStepText.SEPARATOR + " ", scenarioSteps));
        }
        String profile = props.get(HarnessSettings.RATE_PROFILE.key());
        if (profile == null || profile.isBlank()) {
            return props;
        }
        RateStepText.parseAll(profile).forEach(step -> step.rate(baseRate)); // a multiple must give >= 1 ev/s
        String steady = props.get(HarnessSettings.WARMUP_UNTIL_STEADY.key());
        if (steady != null && Boolean.parseBoolean(steady.trim())) {
            throw new IllegalArgumentException("a rate profile runs on a fixed warm-up: "
                    + HarnessSettings.WARMUP_UNTIL_STEADY.key() + "=true cannot be combined with it");
        }
        props.put(HarnessSettings.WARMUP_UNTIL_STEADY.key(), "false");
        return props;
    }

    /** The profile's length in ms (the measured phase), or null without a profile. */
    static Long durationMs(Map<String, String> props) {
        String profile = props.get(HarnessSettings.RATE_PROFILE.key());
        if (profile == null || profile.isBlank()) {
            return null;
        }
        return RateStepText.parseAll(profile).stream()
                .mapToLong(RateStepText.Step::durationMs)
                .sum();
    }
}
