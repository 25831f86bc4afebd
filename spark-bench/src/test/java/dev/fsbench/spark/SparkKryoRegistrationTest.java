package dev.fsbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fsbench.api.JobSpec;
import dev.fsbench.api.WindowSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/** spark.kryoRegistration: what Kryo writes for the job's own class, registered or not. */
class SparkKryoRegistrationTest {

    @TempDir
    Path workDir;

    @Test
    void registeredTheJobsKeyIsWrittenAsAnIdUnregisteredByItsName() throws Exception {
        String unregistered = kryoText(Map.of("spark.serializer", "kryo"));
        String registered = kryoText(Map.of("spark.serializer", "kryo", "spark.kryoRegistration", "true"));

        // Kryo ends an ASCII string by setting the high bit of its last character: compare all but that one
        String className = SaltedWord.class.getName();
        String nameAsWritten = className.substring(0, className.length() - 1);
        assertThat(unregistered).contains(nameAsWritten);
        assertThat(registered).doesNotContain(nameAsWritten);
        assertThat(unregistered.length() - registered.length())
                .isGreaterThanOrEqualTo(SaltedWord.class.getName().length() - 2);
    }

    @Test
    void registrationIsOffByDefaultAndOnlyAppliesWithKryo() throws Exception {
        SparkConf kryoDefault = conf(Map.of("spark.serializer", "kryo"));
        assertThat(kryoDefault.contains("spark.kryo.registrationRequired")).isFalse();
        assertThat(kryoDefault.contains("spark.kryo.classesToRegister")).isFalse();

        SparkConf java = conf(Map.of("spark.kryoRegistration", "true"));
        assertThat(java.contains("spark.kryo.classesToRegister")).isFalse();
    }

    private String kryoText(Map<String, String> properties) throws Exception {
        ClassTag<SaltedWord> tag = ClassTag$.MODULE$.apply(SaltedWord.class);
        ByteBuffer bytes = new KryoSerializer(conf(properties)).newInstance().serialize(new SaltedWord("hot", 3), tag);
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        return new String(copy, StandardCharsets.ISO_8859_1);
    }

    private SparkConf conf(Map<String, String> properties) throws Exception {
        JobSpec job =
                TestJobs.job("spark-dstream", workDir, TestJobs.workload(WindowSpec.tumbling(1000), 0, properties));
        return SparkConfFactory.create(job, new SparkKnobs(job.workload()));
    }
}
