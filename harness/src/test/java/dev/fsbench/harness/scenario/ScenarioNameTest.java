package dev.fsbench.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioNameTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tumbling-uniform",
                "a",
                "7",
                "Sliding_Zipf.v2",
                "a_b",
                "x123456789012345678901234567890123456789012345678901234567890123" // 64 characters
            })
    void namesOfTheAllowedSetPass(String name) {
        assertThat(ScenarioName.check(name, "scenario s.yaml")).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "a b",
                "a/b",
                "../x",
                ".hidden",
                "-x",
                "_x",
                "x@20000",
                "tumbling</script><img src=x onerror=alert(1)>",
                "a\nb",
                "caf\u00e9",
                "x1234567890123456789012345678901234567890123456789012345678901234" // 65 characters
            })
    void namesOutsideTheSetAreRejectedNamingOriginNameAndTheSet(String name) {
        assertThatThrownBy(() -> ScenarioName.check(name, "scenario scenarios/s.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scenario scenarios/s.yaml")
                .hasMessageContaining("scenario name '")
                .hasMessageContaining(ScenarioName.ALLOWED_TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a/b", "a:b", "a*b", "a\tb"})
    void onlyOneOfTwoNamesThatAFileNameWouldMakeEqualCanExist(String other) {
        // a workload label replaces every character outside [A-Za-z0-9._-] by '_': "a b" and "a_b" would collide
        assertThat(ScenarioName.check("a_b", "x")).isEqualTo("a_b");
        assertThatThrownBy(() -> ScenarioName.check(other, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\u202eb"})
    void invisibleCharactersAreShownEscaped(String name) {
        assertThatThrownBy(() -> ScenarioName.check(name, "x"))
                .message()
                .doesNotContain(name)
                .containsPattern("a\\\\u[0-9a-f]{4}b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my scenario.yaml", "a b.yml", "<b>.yaml", "-x.yaml"})
    void aFileNameThatIsNoAllowedNameIsRejectedNamingTheFile(String file) {
        assertThatThrownBy(() -> ScenarioName.fromFileName(Path.of("/tmp", file)))
                .hasMessageContaining(file)
                .hasMessageContaining("no name: key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"smoke.yaml", "1-tumbling-uniform.yml"})
    void aFileNameGivesTheNameWithoutItsExtension(String file) {
        assertThat(ScenarioName.fromFileName(Path.of("scenarios", file))).isEqualTo(file.replaceFirst("\\.ya?ml$", ""));
    }
}
